import { describe, expect, it } from 'vitest';
import { analyze, ReportSchema } from '../../src/index.js';
import { ECBPLUS_FOLDERS, ecbplusInputs } from '../helpers/seeds.js';

describe('analyze on real multi-outlet events (ECB+ dev)', () => {
  it.each(ECBPLUS_FOLDERS)('%s: a valid report, no crash, figures compared across outlets', (folder) => {
    const inputs = ecbplusInputs(folder);
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
    const report = analyze(ecbplusInputs('12_ecbplus'));
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
