import { describe, expect, it } from 'vitest';
import { analyze, CorroborateError, formatReport, type Report, ReportSchema } from '../../src/index.js';
import { seedInputs } from '../helpers/seeds.js';

const report = analyze(seedInputs());
const claimOf = new Map(report.claims.map((c) => [c.id, c]));

function discrepancies(kind: string) {
  return report.discrepancies.filter((d) => d.kind === kind);
}

/** Each outlet's own wording of the discrepancy's subject. */
function rawsOf(d: Report['discrepancies'][number]): Record<string, string[]> {
  const measure = report.measures.find((m) => m.id === d.measureId);
  if (measure) return Object.fromEntries(measure.readings.map((r) => [r.outlet, [r.raw]]));
  return Object.fromEntries(d.values.flatMap((v) => v.outlets.map((o) => [o, v.raw])));
}

describe('analyze on the seeds', () => {
  it('validates against ReportSchema and is plain JSON', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("reports the refinery's and the Oryol depot's distances as two minor number discrepancies, units converted", () => {
    const numbers = discrepancies('number');
    const refinery = numbers.find((d) => d.values.some((v) => v.raw.some((r) => r.includes('800 kilometres'))));
    const depot = numbers.find((d) => d.values.some((v) => v.raw.some((r) => r.includes('160 kilometres'))));
    expect(refinery && rawsOf(refinery)).toEqual({
      AFP: ['some 800 kilometres (500 miles)'],
      'The Daily Beast': ['about 480 miles'],
      'The Washington Times': ['nearly 500 miles'],
    });
    expect(depot && rawsOf(depot)).toEqual({
      AFP: ['around 160 kilometres'],
      'The Daily Beast': ['about 95 miles'],
      'The Washington Times': ['just under 100 miles'],
    });
    // different facts: never one discrepancy
    expect(refinery?.id).not.toBe(depot?.id);
    for (const d of [refinery, depot]) {
      expect(d?.severity).toBeLessThan(0.3);
      expect(d?.subject).toBe('km');
    }
  });

  it('reports the time of the later attack as a minor time discrepancy, apart from the 3 a.m. start', () => {
    const later = discrepancies('time').find((d) => d.values.some((v) => v.raw.includes('8:25 a.m.')));
    expect(later).toBeDefined();
    const outlets = later?.values.flatMap((v) => v.outlets).sort();
    expect(outlets).toEqual(['AFP', 'Reuters', 'Sindonews', 'The Daily Beast']);
    expect(later?.values.find((v) => v.outlets.includes('Reuters'))?.raw[0]).toMatch(/five hours later/);
    expect(later?.severity).toBeLessThan(0.3);
    // the 3 a.m. start is another event, corroborated, not part of this discrepancy
    expect(later?.values.some((v) => v.value === '03:00')).toBe(false);
    const start = report.measures.find((m) => m.kind === 'time' && m.readings.every((r) => r.value === 180));
    expect(start?.readings.map((r) => r.outlet).sort()).toEqual(['AFP', 'Reuters', 'The Daily Beast']);
  });

  it('reports control of Tyotkino as contested between the parties', () => {
    const contested = discrepancies('contested');
    expect(contested.map((d) => d.subject)).toEqual(['Tyotkino']);
    const [success, failure] = contested[0]?.values ?? [];
    expect(success?.value).toMatch(/Legion/);
    expect(failure?.value).toMatch(/ministry|Starovoit/);
  });

  it('lists the spelling variants with the outlets behind each, and armoured/armored is no conflict', () => {
    const spelling = Object.fromEntries(discrepancies('spelling').map((d) => [d.subject, rawsOf(d)]));
    expect(spelling.Tyotkino).toEqual({
      AFP: ['Tyotkino'],
      Reuters: ['Tyotkino'],
      Sindonews: ['Tyotkino'],
      'The Daily Beast': ['Tyotkino'],
      'The Washington Times': ['Tetkino'],
    });
    expect(spelling['Roman Starovoyt']).toEqual({
      AFP: ['Roman Starovoyt'],
      Sindonews: ['Roman Starovoyt'],
      'The Washington Times': ['Roman Starovoit'],
    });
    expect(spelling['Alexei Baranovsky']).toEqual({
      Reuters: ['Alexei Baranovsky'],
      'The Daily Beast': ['Alexei Branovsky'],
    });
    for (const d of report.discrepancies.filter((d) => d.kind !== 'spelling')) {
      expect(JSON.stringify(d.values.map((v) => v.value))).not.toMatch(/armou?red/i);
    }
  });

  it("counts the Baranovsky quote once: The Daily Beast's 'told Reuters' is Reuters' evidence", () => {
    const quote = report.clusters.find((c) =>
      c.claimIds.some((id) => claimOf.get(id)?.text.includes('All the most interesting things are yet to come')),
    );
    expect(quote?.outlets).toEqual(['Reuters', 'The Daily Beast']);
    expect(quote?.independentOutlets).toBe(1);
    expect(quote?.status).toBe('single-source');
    expect(report.sources.find((s) => s.outlet === 'The Daily Beast')?.dependsOn).toContain('Reuters');
  });

  it("keeps the Defence Ministry's 234 dead (only The Washington Times) single-source", () => {
    const claim = report.claims.find((c) => c.quantities.some((q) => q.value === 234));
    expect(claim?.outlet).toBe('The Washington Times');
    const cluster = report.clusters.find((c) => c.claimIds.includes(claim?.id ?? ''));
    expect(cluster?.status).toBe('single-source');
    expect(cluster?.outlets).toEqual(['The Washington Times']);
  });

  it('finds the corroborated figures with their outlets', () => {
    const agreed = report.measures
      .filter((m) => new Set(m.readings.map((r) => Math.round(r.value))).size === 1)
      .map((m) => [m.kind, Math.round(m.readings[0]?.value ?? 0), m.readings.map((r) => r.outlet).sort()]);
    expect(agreed).toContainEqual(['time', 180, ['AFP', 'Reuters', 'The Daily Beast']]); // 3 a.m. start
    expect(agreed).toContainEqual(['count', 25, ['AFP', 'The Daily Beast']]); // 25 drones
    expect(agreed).toContainEqual(['count', 3, ['AFP', 'Reuters', 'Sindonews', 'The Daily Beast']]); // three directions
    expect(agreed).toContainEqual(['count', 2, ['AFP', 'Sindonews', 'The Daily Beast', 'The Washington Times']]); // two oil facilities
  });

  it('does not depend on the order of the articles', () => {
    // (the fast-check property with 1,000 runs on generated corpora is in test/hardening/hostile.test.ts)
    const inputs = seedInputs();
    for (const order of [
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
      [1, 2, 3, 4, 0],
    ]) {
      expect(analyze(order.map((i) => inputs[i] as (typeof inputs)[number]))).toEqual(report);
    }
  });

  it('formats as text, markdown, html and json', () => {
    expect(formatReport(report, 'text')).toContain('[contested] Tyotkino');
    expect(formatReport(report, 'markdown')).toMatch(/^# corroborate report/);
    expect(formatReport(report, 'html')).toMatch(/^<!doctype html>/);
    expect(ReportSchema.parse(JSON.parse(formatReport(report, 'json')))).toEqual(report);
    expect(() => formatReport(report, 'pdf' as never)).toThrow(CorroborateError);
  });

  it('rejects bad input naming the field', () => {
    expect(() => analyze('x' as never)).toThrow(/^inputs:/);
    expect(() => analyze([{ outlet: 'A', text: 1 } as never])).toThrow(/inputs\[0\]\.text/);
    expect(() =>
      analyze([
        { id: 'a', outlet: 'A', text: 'x' },
        { id: 'a', outlet: 'B', text: 'y' },
      ]),
    ).toThrow(/inputs\[1\]\.id/);
    expect(() => analyze([{ outlet: 'A', text: 'x'.repeat(50) }], { maxTextLength: 10 })).toThrow(/inputs\[0\]\.text/);
    expect(analyze([]).articles).toEqual([]);
    // the problem is kept whole and the field put inside the inputs, for a field and for the whole article
    try {
      analyze([{ outlet: 'A', text: 'fine' }, { outlet: 'B', text: 2 } as never]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CorroborateError);
      expect([(error as CorroborateError).field, (error as CorroborateError).problem]).toEqual([
        'inputs[1].text',
        'expected the article text as a string, got number',
      ]);
    }
    expect(() => analyze([null as never])).toThrow(/^inputs\[0\]: /);
  });
});

describe('analyze: the joint operation', () => {
  it('corroborates the joint operation with the Russian Volunteer Corps and the Siberian Battalion', () => {
    const rvc = report.entities.find((e) => e.canonical === 'Russian Volunteer Corps')?.id;
    const siberian = report.entities.find((e) => e.canonical === 'Siberian Battalion')?.id;
    const joint = report.clusters.find(
      (c) =>
        c.claimIds.filter((id) => {
          const claim = claimOf.get(id);
          return claim?.entities.includes(rvc ?? '') && claim.entities.includes(siberian ?? '');
        }).length >= 3,
    );
    expect(joint?.outlets).toEqual(expect.arrayContaining(['Reuters', 'The Daily Beast', 'Sindonews']));
    expect(joint?.status).toBe('corroborated');
  });

  it("does not lower an outlet's accuracy for a minority spelling, which is no factual conflict", () => {
    const accuracy = (inputs: ReturnType<typeof seedInputs>) =>
      analyze(inputs).sources.find((s) => s.outlet === 'The Washington Times')?.components.accuracy;
    const respelled = seedInputs().map((i) =>
      i.outlet === 'The Washington Times' ? { ...i, text: i.text.replaceAll('Tetkino', 'Tyotkino') } : i,
    );
    expect(seedInputs().find((i) => i.outlet === 'The Washington Times')?.text).toContain('Tetkino');
    expect(accuracy(respelled)).toBe(accuracy(seedInputs()));
    // the figures do weigh: The Daily Beast's converted distances (153 km, 772 km) differ from the others'
    const sources = analyze(seedInputs()).sources;
    const of = (outlet: string) => sources.find((s) => s.outlet === outlet)?.components.accuracy ?? 0;
    expect(of('The Daily Beast')).toBeLessThan(of('AFP'));
  });
});
