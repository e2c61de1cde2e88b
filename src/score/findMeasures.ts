import type * as z from 'zod/mini';
import type { ClaimCluster } from '../claims/clusterClaims.js';
import type { Claim } from '../claims/extractClaims.js';
import { HEAD_SYNONYMS } from '../lexicon/synonyms.js';
import { appendTo } from '../text/appendTo.js';
import { contentTerms, stem } from '../text/terms.js';
import type { MeasureSchema, ReadingSchema } from './schemas.js';

/** One outlet's reading of a measure (typed by its schema, ReadingSchema). */
export type Reading = z.infer<typeof ReadingSchema>;

/** The same quantity or time as reported by several outlets: a refinery's distance from the border, an attack's hour. */
export type Measure = z.infer<typeof MeasureSchema>;

interface Candidate {
  claim: Claim;
  cluster: string;
  kind: Measure['kind'];
  unit: string;
  head: string;
  reading: Reading;
  terms: Set<string>;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function headOf(unit: string): string {
  const last = stem(unit.split(' ').pop() ?? unit);
  return HEAD_SYNONYMS[last] ?? last;
}

/** Every quantity and clock time of the claims as a reading, with what it may measure (the terms around it). */
function readingsOf(claims: readonly Claim[], clusterOf: ReadonlyMap<string, string>): Candidate[] {
  const candidates: Candidate[] = [];
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const claim of sorted) {
    if (claim.quantities.length === 0 && claim.times.length === 0) continue;
    // what a reading measures is said around it: the words of its clause, or of a window of it for a long clause
    const whole = claim.text.length <= 400 ? new Set(claim.terms) : undefined;
    const contextOf = (start: number, end: number) =>
      whole ??
      new Set([
        ...contentTerms(claim.text.slice(Math.max(0, start - 150), end + 150)),
        ...claim.entities.slice(0, 20).map((e) => `@${e}`),
      ]);
    const base = { claimId: claim.id, articleId: claim.articleId, outlet: claim.outlet } as const;
    for (const q of claim.quantities) {
      const kind = q.dimension === 'count' ? 'count' : 'number';
      const reading: Reading = { ...base, raw: q.raw, value: q.base, low: q.low, high: q.high, span: q.span };
      if (claim.publishedAt) reading.publishedAt = claim.publishedAt;
      if (q.hedge) reading.hedge = q.hedge;
      candidates.push({
        claim,
        cluster: clusterOf.get(claim.id) ?? '',
        kind,
        unit: q.unit,
        head: kind === 'count' ? headOf(q.unit) : q.unit,
        reading,
        terms: contextOf(q.start, q.end),
      });
    }
    for (const t of claim.times) {
      if (t.minutes === undefined) continue;
      const reading: Reading = {
        ...base,
        raw: t.kind === 'relative' && t.anchor ? `${t.raw} (after ${t.anchor})` : t.raw,
        value: t.minutes,
        low: t.low ?? t.minutes,
        high: t.high ?? t.minutes,
        span: t.span,
      };
      if (t.utcMinutes !== undefined) reading.utc = t.utcMinutes;
      if (claim.publishedAt) reading.publishedAt = claim.publishedAt;
      if (t.hedge) reading.hedge = t.hedge;
      candidates.push({
        claim,
        cluster: clusterOf.get(claim.id) ?? '',
        kind: 'time',
        unit: 'time',
        head: 'time',
        reading,
        terms: contextOf(t.start, t.end),
      });
    }
  }
  return candidates;
}

/** Pairs of readings of different articles, in one block, that may be the same measure, most alike first. */
function readingPairs(
  candidates: readonly Candidate[],
  blocks: ReadonlyMap<string, number[]>,
): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  const consider = (x: number, y: number) => {
    const a = candidates[x] as Candidate;
    const b = candidates[y] as Candidate;
    if (a.claim.articleId === b.claim.articleId) return;
    const va = a.reading.value;
    const vb = b.reading.value;
    if (a.kind === 'time') {
      const d =
        a.reading.utc !== undefined && b.reading.utc !== undefined
          ? Math.abs(a.reading.utc - b.reading.utc)
          : Math.abs(va - vb);
      if (Math.min(d, 1440 - d) > 90) return;
    } else {
      const ratio = Math.max(va, vb) / Math.max(1e-9, Math.min(va, vb));
      if (ratio > (a.kind === 'count' ? 3 : 2.5)) return;
    }
    const sameCluster = a.cluster !== '' && a.cluster === b.cluster;
    // the same number of the same thing, or the same hour, is itself a sign of the same fact
    const sameValue = a.kind === 'time' ? Math.abs(va - vb) <= 5 : va === vb;
    const score = jaccard(a.terms, b.terms) + (sameCluster ? 0.3 : 0) + (sameValue ? 0.12 : 0);
    if (score >= 0.15) pairs.push([score, Math.min(x, y), Math.max(x, y)]);
  };
  for (const list of blocks.values()) {
    if (list.length <= 64) {
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) consider(list[x] as number, list[y] as number);
      continue;
    }
    // a large block: only readings of one claim cluster, or sharing a term few readings of the block share
    const index = new Map<string, number[]>();
    for (const i of list) {
      const c = candidates[i] as Candidate;
      const keys = [...c.terms];
      if (c.cluster) keys.push(`#${c.cluster}`);
      for (const t of keys) appendTo(index, t, i);
    }
    const seen = new Set<number>();
    for (const members of index.values()) {
      if (members.length > 16) continue;
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const a = members[x] as number;
          const b = members[y] as number;
          const key = a * candidates.length + b;
          if (seen.has(key)) continue;
          seen.add(key);
          consider(a, b);
        }
      }
    }
  }
  pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  return pairs;
}

/** Two values within 3% of each other are one. */
const near = (x: number, y: number) => Math.abs(x - y) <= 0.03 * Math.max(Math.abs(x), Math.abs(y), 1e-9);

/**
 * Values one article gives side by side for the same kind of thing are different facts ('six rifles in this raid,
 * 14 in all'): per block, the pairs of such values, which never join one measure.
 */
function valuesApart(
  candidates: readonly Candidate[],
  blocks: ReadonlyMap<string, number[]>,
): [string, number, number][] {
  const apart: [string, number, number][] = [];
  for (const [key, list] of blocks) {
    const byArticle = new Map<string, number[]>();
    for (const i of list) {
      const c = candidates[i] as Candidate;
      appendTo(byArticle, c.claim.articleId, c.reading.value);
    }
    for (const all of byArticle.values()) {
      // the distinct values of the article, a few at most: enough to tell facts apart, bounded in cost
      const values = [...new Set(all)].slice(0, 12);
      for (let x = 0; x < values.length; x++) {
        for (let y = x + 1; y < values.length; y++) {
          if (!near(values[x] as number, values[y] as number))
            apart.push([key, values[x] as number, values[y] as number]);
        }
      }
    }
  }
  return apart;
}

/** Readings grouped greedily from the most alike pairs: one reading per article in a measure, no values apart. */
function groupReadings(
  candidates: readonly Candidate[],
  pairs: readonly [number, number, number][],
  apart: readonly [string, number, number][],
): Map<number, number[]> {
  const distinctFacts = (ga: number[], gb: number[]) => {
    const key = `${(candidates[ga[0] as number] as Candidate).kind}:${(candidates[ga[0] as number] as Candidate).head}`;
    const va = ga.map((i) => (candidates[i] as Candidate).reading.value);
    const vb = gb.map((i) => (candidates[i] as Candidate).reading.value);
    return apart.some(
      ([k, x, y]) =>
        k === key &&
        ((va.some((v) => near(v, x)) && vb.some((v) => near(v, y))) ||
          (va.some((v) => near(v, y)) && vb.some((v) => near(v, x)))),
    );
  };
  // greedy grouping: one reading per article in a measure
  const groupOf = candidates.map((_, i) => i);
  const members = new Map<number, number[]>(candidates.map((_, i) => [i, [i]]));
  for (const [, a, b] of pairs) {
    const ga = groupOf[a] as number;
    const gb = groupOf[b] as number;
    if (ga === gb) continue;
    const ma = members.get(ga) as number[];
    const mb = members.get(gb) as number[];
    const articlesA = new Set(ma.map((i) => (candidates[i] as Candidate).claim.articleId));
    if (mb.some((i) => articlesA.has((candidates[i] as Candidate).claim.articleId))) continue;
    if (distinctFacts(ma, mb)) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    for (const i of members.get(drop) as number[]) groupOf[i] = keep;
    members.set(keep, [...(members.get(keep) as number[]), ...(members.get(drop) as number[])]);
    members.delete(drop);
  }
  return members;
}

/**
 * Finds the measures of an event: quantities and times that different outlets give for the same thing. Two readings
 * are the same measure when they have the same dimension (and, for counts, the same kind of thing counted), their
 * sentences say alike things (shared terms and entities, or the same claim cluster), and their values are within a
 * factor that a misreport could explain. Different facts with different values (a refinery 800 km away, a depot
 * 160 km away) stay apart. Candidates come from blocking by dimension and counted thing.
 *
 * @example
 * const claims = seedArticles.flatMap((a) => extractClaims(a, entities));
 * findMeasures(claims, clusterClaims(claims)).find((m) => m.unit === 'km')?.readings.map((r) => r.raw)
 * //=> ['some 800 kilometres (500 miles)', 'about 480 miles', 'nearly 500 miles']
 */
export function findMeasures(claims: readonly Claim[], clusters: readonly ClaimCluster[]): Measure[] {
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const id of c.claimIds) clusterOf.set(id, c.id);
  const candidates = readingsOf(claims, clusterOf);
  // blocking: only readings of the same kind and unit (or counted thing) are compared
  const blocks = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const key = `${c.kind}:${c.head}`;
    appendTo(blocks, key, i);
  });
  const pairs = readingPairs(candidates, blocks);
  const members = groupReadings(candidates, pairs, valuesApart(candidates, blocks));
  const measures: Measure[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const cs = list
      .map((i) => candidates[i] as Candidate)
      .sort((a, b) => (a.reading.claimId < b.reading.claimId ? -1 : 1));
    const first = cs[0] as Candidate;
    measures.push({
      id: '',
      kind: first.kind,
      unit: first.kind === 'count' ? first.unit : first.unit,
      readings: cs.map((c) => c.reading),
      clusterIds: [...new Set(cs.map((c) => c.cluster).filter(Boolean))].sort(),
    });
  }
  measures.sort(
    (a, b) =>
      b.readings.length - a.readings.length ||
      (a.readings[0]?.claimId ?? '').localeCompare(b.readings[0]?.claimId ?? ''),
  );
  measures.forEach((m, i) => {
    m.id = `m${i + 1}`;
  });
  return measures;
}
