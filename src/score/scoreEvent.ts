import type * as z from 'zod/mini';
import type { ClaimCluster } from '../claims/clusterClaims.js';
import type { Claim } from '../claims/extractClaims.js';
import type { FactSlot } from '../facts/alignFacts.js';
import type { Fact } from '../facts/types.js';
import { appendTo } from '../text/appendTo.js';
import { clock } from '../text/clock.js';
import { runTruthDiscovery } from '../truth/core.js';
import type { SourceClaim, ValueKind, ValueModel } from '../truth/types.js';
import { numberModel } from '../truth/values/number.js';
import { textModel } from '../truth/values/text.js';
import { timeModel } from '../truth/values/time.js';
import type { Discrepancy } from './findDiscrepancies.js';
import type { Measure } from './findMeasures.js';
import type { ScoredClusterSchema, SourceScoreSchema } from './schemas.js';

/**
 * What the outlets make of one claim: two or more independent outlets agree (`corroborated`), one outlet alone
 * (`single-source`), they give values that cannot both hold (`disputed`), or parties assert opposite things
 * (`contested`).
 */
export type ClusterStatus = ScoredCluster['status'];

/** One claim cluster with its status, its independent outlets, agreement and discrepancy (0..1). */
export type ScoredCluster = z.infer<typeof ScoredClusterSchema>;

/** One outlet's credibility (0..1) with its components (accuracy, corroboration, independence) and its counts. */
export type SourceScore = z.infer<typeof SourceScoreSchema>;

const round = (x: number) => Math.round(x * 1000) / 1000;
const WORD = /[\p{L}\p{N}]+/gu;

function tokens(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/**
 * The outlet a claim's evidence comes from: the outlet it cites when that outlet is among those compared ('told
 * Reuters' is Reuters' evidence), else its own.
 */
function evidenceOutlet(claim: Claim, outlets: Set<string>): string {
  for (const c of claim.citations) if (c !== claim.outlet && outlets.has(c)) return c;
  if (claim.attributedTo && claim.attributedTo !== claim.outlet && outlets.has(claim.attributedTo))
    return claim.attributedTo;
  return claim.outlet;
}

/**
 * How many independent outlets stand behind a cluster: an outlet quoting another outlet's report counts as that
 * outlet, and near-identical sentences (a shared paragraph) count once.
 */
export function independentOutlets(
  claims: readonly Claim[],
  outlets: Set<string>,
): { count: number; groups: string[][] } {
  const keys = claims.map((c) => evidenceOutlet(c, outlets));
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    parent[i] = root;
    return root;
  };
  const words = claims.map((c) => tokens(c.text));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (keys[i] === keys[j] || overlap(words[i] as Set<string>, words[j] as Set<string>) >= 0.8) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groups = new Map<number, Set<string>>();
  claims.forEach((c, i) => {
    const root = find(i);
    groups.set(root, (groups.get(root) ?? new Set()).add(c.outlet));
  });
  return { count: groups.size, groups: [...groups.values()].map((g) => [...g].sort()) };
}

/** A fact's value as truth discovery reads it: a number (a range's middle), a clock time, or a text. */
function truthValue(f: Fact): { kind: 'number' | 'time' | 'text'; value: number | string } | undefined {
  const v = f.value;
  if (v.type === 'range') return { kind: 'number', value: (v.low + v.high) / 2 };
  if (v.type === 'time') return { kind: 'time', value: clock(v.utc ?? v.minutes) };
  if (v.type === 'date') return { kind: 'text', value: v.by ? `by ${v.key}` : v.key };
  if (v.type === 'category') return { kind: 'text', value: [...v.values].sort().join('+') };
  if (v.type === 'place') return { kind: 'text', value: v.entity || v.label.toLowerCase() };
  return undefined;
}

/**
 * Each cluster's status ('corroborated', 'disputed', 'contested' or 'single-source'), agreement and discrepancy,
 * from its independent outlets and the discrepancies that touch its claims.
 */
function scoreClusters(
  claims: readonly Claim[],
  clusters: readonly ClaimCluster[],
  discrepancies: readonly Discrepancy[],
  outlets: Set<string>,
): ScoredCluster[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const totalOutlets = Math.max(2, outlets.size);
  // discrepancies touching each claim
  const severityOf = new Map<string, number>();
  const contestedClaims = new Set<string>();
  for (const d of discrepancies) {
    if (d.kind === 'spelling' || d.kind === 'name') continue;
    for (const v of d.values) {
      for (const { claimId } of v.evidence) {
        if (!claimId) continue;
        severityOf.set(claimId, Math.max(severityOf.get(claimId) ?? 0, d.severity));
        if (d.kind === 'contested' || d.contested) contestedClaims.add(claimId);
      }
    }
  }
  return clusters.map((cluster) => {
    const members = cluster.claimIds.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    const independent = independentOutlets(members, outlets).count;
    const contested = members.some((c) => contestedClaims.has(c.id));
    const discrepancy = cluster.claimIds.length > 1 ? Math.max(0, ...members.map((c) => severityOf.get(c.id) ?? 0)) : 0;
    let status: ClusterStatus;
    if (contested && independent >= 1 && members.length > 1) status = 'contested';
    else if (independent <= 1) status = 'single-source';
    else if (discrepancy >= 0.3) status = 'disputed';
    else status = 'corroborated';
    const support = Math.min(1, (independent - 1) / (totalOutlets - 1));
    const shortest = [...members].sort((a, b) => a.text.length - b.text.length || a.id.localeCompare(b.id))[0];
    const text = shortest?.text ?? '';
    return {
      id: cluster.id,
      claimIds: cluster.claimIds,
      outlets: cluster.outlets,
      independentOutlets: independent,
      status,
      agreement: round((1 - discrepancy) * support),
      discrepancy: round(discrepancy),
      summary: text.length > 200 ? `${text.slice(0, 199)}…` : text,
    };
  });
}

/**
 * Each outlet's trust, by truth discovery over the facts it gives (each slot's values) and the figures no fact
 * reads; a spelling is no factual claim, and a party's claim an outlet reports is not the outlet's error.
 */
function outletTrust(
  slots: readonly FactSlot[],
  measures: readonly Measure[],
  discrepancies: readonly Discrepancy[],
): Map<string, number> {
  const truthClaims: SourceClaim[] = [];
  const kindOf = new Map<string, ValueKind>();
  const read = new Set<string>();
  // a party's claim that an outlet reports is not the outlet's error: contested slots weigh on no outlet
  const partyClaims = new Set<string>();
  for (const d of discrepancies)
    if (d.contested) for (const v of d.values) for (const e of v.evidence) if (e.claimId) partyClaims.add(e.claimId);
  for (const slot of slots) {
    for (const f of slot.facts) read.add(`${f.articleId}@${f.span[0]}`);
    if (slot.scope !== 'event' || slot.attribute === 'within' || new Set(slot.facts.map((f) => f.outlet)).size < 2)
      continue;
    if (slot.facts.some((f) => partyClaims.has(f.claimId))) continue;
    for (const f of slot.facts) {
      const value = truthValue(f);
      if (value === undefined) continue;
      // slot and measure ids are distinct ('s3', 'm3'), so an item is its slot's or measure's id, its kind beside it
      kindOf.set(slot.id, value.kind);
      truthClaims.push({ source: f.outlet, item: slot.id, value: value.value });
    }
  }
  for (const m of measures) {
    if (m.readings.some((r) => read.has(`${r.articleId}@${r.span[0]}`))) continue;
    kindOf.set(m.id, m.kind === 'time' ? 'time' : 'number');
    for (const r of m.readings)
      truthClaims.push({ source: r.outlet, item: m.id, value: m.kind === 'time' ? clock(r.utc ?? r.value) : r.value });
  }
  // the models of the values facts and measures have, built once: the core then carries no other kind
  const models = { number: numberModel(0.05), time: timeModel(0.05), text: textModel } as Record<string, ValueModel>;
  const truth = runTruthDiscovery(truthClaims, (item) => models[kindOf.get(item) ?? 'number'] as ValueModel, {
    copyDetection: false,
  });
  return new Map(truth.sources.map((s) => [s.source, s.trust]));
}

/**
 * Status, agreement and discrepancy of each cluster, the credibility of each outlet (from the facts it states,
 * by truth discovery, with corroboration and independence) and the event's consistency: the last stage, after
 * findDiscrepancies. analyze runs it for you.
 *
 * @example
 * const { sources, consistency } = scoreEvent(claims, clusters, measures, discrepancies, outlets, slots);
 * sources.map((s) => [s.outlet, s.credibility]) //=> [['AFP', 0.81], ...]
 */
export function scoreEvent(
  claims: readonly Claim[],
  clusters: readonly ClaimCluster[],
  measures: readonly Measure[],
  discrepancies: readonly Discrepancy[],
  outletNames: readonly string[],
  slots: readonly FactSlot[] = [],
): { clusters: ScoredCluster[]; sources: SourceScore[]; consistency: number } {
  const outlets = new Set(outletNames);
  const scored = scoreClusters(claims, clusters, discrepancies, outlets);
  const trustOf = outletTrust(slots, measures, discrepancies);
  const statusOf = new Map<string, ClusterStatus>();
  for (const c of scored) for (const id of c.claimIds) statusOf.set(id, c.status);
  // each outlet's claims, gathered once (not a pass over every claim for each of thousands of outlets)
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) appendTo(claimsOf, c.outlet, c);
  const sources: SourceScore[] = [...outlets].sort().map((outlet) => {
    const mine = claimsOf.get(outlet) ?? [];
    const count = (s: ClusterStatus) => mine.filter((c) => statusOf.get(c.id) === s).length;
    const corroborated = count('corroborated');
    const disputed = count('disputed') + count('contested');
    const singleSource = count('single-source');
    const borrowed = mine.filter((c) => evidenceOutlet(c, outlets) !== outlet).length;
    const dependsOn = [...new Set(mine.map((c) => evidenceOutlet(c, outlets)).filter((o) => o !== outlet))].sort();
    const shared = mine.length - singleSource;
    const components = {
      accuracy: round(trustOf.get(outlet) ?? 0.8),
      corroboration: round(
        mine.length ? (corroborated + 0.5 * disputed) / Math.max(1, shared + 0.25 * singleSource) : 0,
      ),
      independence: round(mine.length ? 1 - borrowed / mine.length : 1),
    };
    const credibility = round(
      Math.min(
        1,
        0.5 * components.accuracy + 0.3 * Math.min(1, components.corroboration) + 0.2 * components.independence,
      ),
    );
    return { outlet, credibility, components, claims: mine.length, corroborated, disputed, singleSource, dependsOn };
  });
  const factual = discrepancies.filter((d) => d.kind !== 'spelling' && d.kind !== 'name');
  const shared = scored.filter((c) => c.independentOutlets >= 2).length;
  const consistency = round(
    Math.max(0, 1 - factual.reduce((sum, d) => sum + d.severity, 0) / Math.max(1, shared + factual.length)),
  );
  return { clusters: scored, sources, consistency };
}
