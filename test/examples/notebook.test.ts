import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

// The notebook is run top to bottom here by Deno (the devDependency), as its kernel would: cells share one scope,
// and a cell whose last line is an expression has that value shown through Symbol.for('Jupyter.display'), which
// this harness prints as the MIME types offered and their sizes. (With Jupyter installed, the Deno kernel runs it
// too: `npx deno jupyter --install && jupyter nbconvert --to notebook --execute examples/compare.ipynb`.)
const EXAMPLES = join(ROOT, 'examples');
const DENO = join(ROOT, 'node_modules', '.bin', 'deno');

interface Cell {
  cell_type: string;
  source: string[];
}

const DISPLAY = `const __show = (value) => {
  const show = value?.[Symbol.for("Jupyter.display")];
  if (typeof show !== "function") { console.log("[display] plain " + String(value)); return; }
  const bundle = show.call(value);
  for (const [type, data] of Object.entries(bundle)) console.log("[display] " + type + " " + String(data).length);
  if (bundle["text/markdown"]) console.log(bundle["text/markdown"]);
};`;

function script(cells: Cell[]): string {
  const parts = [DISPLAY];
  for (const cell of cells.filter((c) => c.cell_type === 'code')) {
    const lines = cell.source.join('').trimEnd().split('\n');
    const last = lines[lines.length - 1] ?? '';
    const isExpression =
      !/^(?:const|let|var|import|for|if|while|function|class|export|\}|\/\/)/.test(last.trim()) &&
      !last.trimEnd().endsWith(';');
    if (isExpression) lines[lines.length - 1] = `__show(${last});`;
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

describe('examples/compare.ipynb', () => {
  const notebook = JSON.parse(readFileSync(join(EXAMPLES, 'compare.ipynb'), 'utf8')) as {
    cells: Cell[];
    metadata: { kernelspec: { name: string } };
  };

  it('is a notebook for the Deno kernel, saved without outputs', () => {
    expect(notebook.metadata.kernelspec.name).toBe('deno');
    for (const cell of notebook.cells) if (cell.cell_type === 'code') expect(cell).toMatchObject({ outputs: [] });
  });

  it("maps corroborate's dependencies at the versions package.json asks for", () => {
    const deno = JSON.parse(readFileSync(join(EXAMPLES, 'deno.json'), 'utf8')) as {
      nodeModulesDir: string;
      imports: Record<string, string>;
    };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(deno.nodeModulesDir).toBe('auto');
    expect(deno.imports.corroborate).toBe('../dist/index.js');
    for (const [name, range] of Object.entries(pkg.dependencies))
      expect(deno.imports[name]).toBe(`npm:${name}@${range}`);
  });

  it('runs top to bottom with Deno: loads the seeds, shows the HTML report and the table of figures', () => {
    const run = spawnSync(DENO, ['run', '--allow-read', '--allow-env', '--no-prompt', '-'], {
      cwd: EXAMPLES,
      input: script(notebook.cells),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    expect(run.stderr.replace(/^(?:Download|Initialize).*\n/gm, '')).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain('Sindonews: 2169 characters');
    expect(out).toMatch(/\d{3} claims, \d+ discrepancies, consistency \d+%/);
    expect(out).toMatch(/\[display\] text\/html \d{5,}/);
    expect(out).toMatch(/\[display\] text\/markdown \d+/);
    expect(out).toMatch(/\| time \(time\) \| differs \| 8:00 am \(0500 GMT\) \|[^\n]*\| 8:25 a\.m\. \|/);
    expect(out).toContain('[contested] Tyotkino (severity 0.80)');
  });
});
