import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

/** Every regular expression literal in src/, with where it stands. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const found: { where: string; source: string; flags: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(file);
            const end = text.lastIndexOf('/');
            const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
            found.push({
              where: `${relative(ROOT, path)}:${line + 1}`,
              source: text.slice(1, end),
              flags: text.slice(end + 1),
            });
          }
          ts.forEachChild(node, visit);
        };
        visit(file);
      }
    }
  };
  walk(join(ROOT, 'src'));
  return found;
}

const literals = regexLiterals();

describe('every regular expression in src/ runs in linear time (recheck)', () => {
  it('finds the literals', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it.each(literals.map((l) => [l.where, l.source, l.flags]))('%s /%s/%s is safe', (_where, source, flags) => {
    const result = checkSync(source, flags, { timeout: 10_000 });
    expect(result.status, `${source}: ${result.status === 'vulnerable' ? result.attack?.pattern : ''}`).toBe('safe');
  });

  it('the patterns built at run time are safe too', async () => {
    const built: RegExp[] = [];
    const quantities = await import('../../src/extract/extractQuantities.js');
    const attribution = await import('../../src/extract/extractAttribution.js');
    const times = await import('../../src/extract/extractTimes.js');
    built.push(
      quantities.NUMBER,
      attribution.SOURCE_PATTERN,
      quantities.countedPhrase(['armored', 'vehicles']),
      times.CLOCK,
      times.MILITARY,
      times.MILITARY_AFTER,
    );
    for (const r of built) {
      const result = checkSync(r.source, r.flags, { timeout: 20_000 });
      expect(result.status, r.source.slice(0, 80)).toBe('safe');
    }
  });
});
