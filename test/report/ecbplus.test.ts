import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, ReportSchema } from '../../src/index.js';
import { SHARED } from '../helpers/seeds.js';

const root = join(SHARED, 'data', 'ecbplus-dev');
const folders = readdirSync(root)
  .filter((d) => d.endsWith('_ecbplus'))
  .sort();

describe('analyze on real multi-outlet events (ECB+ dev)', () => {
  it.each(folders)('%s: a valid report, no crash, figures compared across outlets', (folder) => {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'manifest.json'), 'utf8')) as {
      file: string;
      outlet: string;
    }[];
    const inputs = manifest.map((m) => ({
      id: m.file,
      outlet: m.outlet,
      text: readFileSync(join(root, folder, m.file), 'utf8'),
    }));
    const report = analyze(inputs);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.articles).toHaveLength(inputs.length);
    // every discrepancy has at least two values, each backed by evidence in the texts given
    for (const d of report.discrepancies) {
      expect(d.values.length).toBeGreaterThanOrEqual(2);
      for (const v of d.values) {
        for (const e of v.evidence) {
          const text = inputs.find((i) => i.id === e.articleId)?.text ?? '';
          expect(e.span[1]).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  it('keeps apart the figures one article gives side by side (six rifles in this raid, 14 in all five operations)', () => {
    const folder = '12_ecbplus';
    const manifest = JSON.parse(readFileSync(join(root, folder, 'manifest.json'), 'utf8')) as {
      file: string;
      outlet: string;
    }[];
    const report = analyze(
      manifest.map((m) => ({ id: m.file, outlet: m.outlet, text: readFileSync(join(root, folder, m.file), 'utf8') })),
    );
    const conflated = report.discrepancies.filter(
      (d) =>
        d.kind === 'count' &&
        d.values.some((v) => v.value.startsWith('14 ')) &&
        d.values.some((v) => v.value.startsWith('6 ')),
    );
    expect(conflated).toEqual([]);
    const rifles = report.measures.filter((m) => m.kind === 'count' && /rifles/i.test(m.unit));
    const values = rifles.map((m) => [...new Set(m.readings.map((r) => r.value))]);
    expect(values).toEqual(expect.arrayContaining([[6], [14]]));
  });
});
