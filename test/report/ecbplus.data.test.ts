import { describe, expect, it } from 'vitest';
import { analyze, ReportSchema } from '../../src/index.js';
import { ecbplusFolders, ecbplusInputs } from '../helpers/seeds.js';

describe('analyze on real multi-outlet events (ECB+ dev)', () => {
  it.each(ecbplusFolders())('%s: a valid report, no crash, figures compared across outlets', (folder) => {
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

  it("sets this raid's six rifles against the 14 one outlet gives for it, never against the five-operation total", () => {
    const report = analyze(ecbplusInputs('12_ecbplus'));
    const rifles = report.discrepancies.filter((d) => d.kind === 'count' && d.subject === 'seized of ak47');
    expect(rifles).toHaveLength(1);
    const [six, fourteen] = rifles[0]?.values ?? [];
    expect(six?.value).toBe('6');
    expect(fourteen?.value).toBe('14');
    // the outlets that give 14 as the total of five operations ('so far', 'a total of') are not on the 14 side
    expect(fourteen?.outlets).toEqual(['The Times of India']);
    expect(six?.outlets).toContain('NDTV');
  });

  it('sets where the victim lived against another place, and a founding year against a later one', () => {
    const crash = analyze(ecbplusInputs('21_ecbplus')).discrepancies;
    const home = crash.find((d) => d.kind === 'name' && d.subject.startsWith('residence of'));
    expect(home?.values.map((v) => v.value).sort()).toEqual(['College Point', 'South Ozone Park']);
    // the driver's 'Schenectady' and 'Schnectady' are one town spelled two ways
    expect(crash.some((d) => d.kind === 'name' && d.subject.includes('Subryan'))).toBe(false);
    const clinic = analyze(ecbplusInputs('34_ecbplus')).discrepancies;
    const founded = clinic.find((d) => d.kind === 'date' && d.subject.startsWith('year founded'));
    expect(founded?.values.map((v) => v.value)).toEqual(['1990', 'by 1987']);
    // two organizations merged in one entity are not 'one thing called two names'
    expect(clinic.filter((d) => d.kind === 'name')).toEqual([]);
  });
});
