import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

// Every export of both entry points is documented, and every function, class and constant has an @example:
// read from the declarations themselves with the TypeScript compiler, as typedoc reads them for `npm run docs`.
const ENTRIES = ['src/index.ts', 'src/vitest/index.ts'].map((f) => join(ROOT, f));
const program = ts.createProgram(ENTRIES, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
});
const checker = program.getTypeChecker();

interface Documented {
  name: string;
  entry: string;
  isValue: boolean;
  summary: string;
  examples: number;
}

function exportsOf(entry: string): Documented[] {
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const module = checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${entry} is not a module`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const examples = symbol.getJsDocTags(checker).filter((t) => t.name === 'example').length;
    return { name: exported.name, entry: entry.slice(ROOT.length + 1), isValue, summary, examples };
  });
}

const all = ENTRIES.flatMap(exportsOf);

describe('API docs', () => {
  it('reads the exports of both entry points', () => {
    expect(all.filter((e) => e.isValue).map((e) => e.name)).toEqual(
      expect.arrayContaining(['analyze', 'discoverTruth', 'formatReport', 'matchers', 'ReportSchema']),
    );
    expect(all.length).toBeGreaterThan(40);
  });

  it('gives every export a summary', () => {
    expect(all.filter((e) => e.summary.length < 10).map((e) => `${e.entry}: ${e.name}`)).toEqual([]);
  });

  it('gives every function, class and constant an @example', () => {
    expect(all.filter((e) => e.isValue && e.examples === 0).map((e) => `${e.entry}: ${e.name}`)).toEqual([]);
  });
});
