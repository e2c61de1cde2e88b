import type { Claim } from './extractClaims.js';

/** Claims of several outlets that state the same fact. */
export interface ClaimCluster {
  id: string;
  claimIds: string[];
  outlets: string[];
  /** How alike the claims are, 0..1 (the weakest link that joined them). */
  cohesion: number;
}

/** Options of {@link clusterClaims}. */
export interface ClusterClaimsOptions {
  /** Least similarity for two claims to be the same fact, 0..1. Default 0.3. */
  threshold?: number;
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

function vectorOf(claim: Claim, idf: Map<string, number>): Vector {
  const weights = new Map<string, number>();
  for (const term of claim.terms) {
    // names weigh more than words: the same entities are the strongest sign of the same fact
    const w = (idf.get(term) ?? 0) * (term.startsWith('@') ? 1.5 : 1);
    weights.set(term, w);
  }
  for (const q of claim.quantities)
    weights.set(`#${q.dimension}:${q.dimension === 'count' ? q.unit.split(' ').pop() : ''}`, 1);
  if (claim.times.some((t) => t.kind !== 'date')) weights.set('#time', 0.5);
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  return { weights, norm: Math.sqrt(norm) };
}

function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [term, w] of small.weights) {
    const v = large.weights.get(term);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Pairs of claims of different articles alike enough to be one fact, most alike first. Candidates are the claims
 * that share a term that is not too common: terms shared by very many claims do not tell facts apart, and leaving
 * them out keeps the number of candidate pairs close to linear in the number of claims.
 */
function candidatePairs(
  sorted: readonly Claim[],
  vectors: readonly Vector[],
  df: ReadonlyMap<string, number>,
  threshold: number,
): [number, number, number][] {
  const n = sorted.length;
  const maxPosting = Math.min(64, Math.max(8, Math.ceil(n * 0.2)));
  const postings = new Map<string, number[]>();
  sorted.forEach((c, i) => {
    for (const t of new Set(c.terms)) {
      if ((df.get(t) ?? 0) > maxPosting) continue;
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });
  const pairs: [number, number, number][] = [];
  const seen = new Set<number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as number;
        const b = list[y] as number;
        if ((sorted[a] as Claim).articleId === (sorted[b] as Claim).articleId) continue;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const s = cosine(vectors[a] as Vector, vectors[b] as Vector);
        if (s >= threshold) pairs.push([s, a, b]);
      }
    }
  }
  pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  return pairs;
}

/**
 * Groups claims that state the same fact, across outlets and through paraphrase: cosine similarity of content terms
 * (stemmed, synonyms folded, weighted by rarity), entities, quantities and times. Candidate pairs come from an
 * inverted index of the rarer terms, never all pairs; a cluster never holds two claims of the same article.
 * Deterministic and independent of the order of the claims.
 *
 * @example
 * clusterClaims(claims).filter((c) => c.outlets.length > 1).length //=> the facts told by more than one outlet
 */
export function clusterClaims(claims: readonly Claim[], options: ClusterClaimsOptions = {}): ClaimCluster[] {
  const threshold = options.threshold ?? 0.3;
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = sorted.length;
  const df = new Map<string, number>();
  for (const c of sorted) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const vectors = sorted.map((c) => vectorOf(c, idf));
  const pairs = candidatePairs(sorted, vectors, df, threshold);
  // greedy joining, strongest pairs first; a cluster holds at most one claim of each article
  const clusterOf = sorted.map((_, i) => i);
  const members = new Map<number, number[]>(sorted.map((_, i) => [i, [i]]));
  const articles = new Map<number, Set<string>>(sorted.map((c, i) => [i, new Set([c.articleId])]));
  const cohesion = new Map<number, number>(sorted.map((_, i) => [i, 1]));
  // each cluster's sum of unit vectors: the mean cosine over all pairs of two clusters' members is the dot product
  // of their sums over the number of pairs, so the join check costs the size of the sums, not members squared
  const sums = new Map<number, Map<string, number>>();
  const sumOf = (root: number): Map<string, number> => {
    let sum = sums.get(root);
    if (!sum) {
      const v = vectors[root] as Vector;
      sum = new Map();
      if (v.norm > 0) for (const [term, w] of v.weights) sum.set(term, w / v.norm);
      sums.set(root, sum);
    }
    return sum;
  };
  for (const [s, a, b] of pairs) {
    const ca = clusterOf[a] as number;
    const cb = clusterOf[b] as number;
    if (ca === cb) continue;
    const aa = articles.get(ca) as Set<string>;
    const ab = articles.get(cb) as Set<string>;
    if ([...ab].some((id) => aa.has(id))) continue;
    // the newcomer must be like most of the cluster, not just one member of it (no chaining)
    const ma = members.get(ca) as number[];
    const mb = members.get(cb) as number[];
    const sa = sumOf(ca);
    const sb = sumOf(cb);
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    let total = 0;
    for (const [term, w] of small) {
      const v = large.get(term);
      if (v !== undefined) total += w * v;
    }
    if (total / (ma.length * mb.length) < threshold * 0.75) continue;
    const [keep, drop] = ca < cb ? [ca, cb] : [cb, ca];
    const moved = members.get(drop) as number[];
    for (const i of moved) clusterOf[i] = keep;
    members.set(keep, [...(members.get(keep) as number[]), ...moved]);
    const [into, from] = keep === ca ? [sa, sb] : [sb, sa];
    for (const [term, w] of from) into.set(term, (into.get(term) ?? 0) + w);
    sums.set(keep, into);
    sums.delete(drop);
    members.delete(drop);
    articles.set(keep, new Set([...(articles.get(keep) as Set<string>), ...(articles.get(drop) as Set<string>)]));
    articles.delete(drop);
    cohesion.set(keep, Math.min(cohesion.get(keep) ?? 1, cohesion.get(drop) ?? 1, s));
  }
  const clusters = [...members.entries()].map(([root, list]) => {
    const ids = list.map((i) => (sorted[i] as Claim).id).sort();
    return {
      id: '',
      claimIds: ids,
      outlets: [...new Set(list.map((i) => (sorted[i] as Claim).outlet))].sort(),
      cohesion: Math.round((cohesion.get(root) ?? 1) * 1000) / 1000,
    };
  });
  clusters.sort(
    (a, b) => b.outlets.length - a.outlets.length || ((a.claimIds[0] ?? '') < (b.claimIds[0] ?? '') ? -1 : 1),
  );
  clusters.forEach((c, i) => {
    c.id = `c${i + 1}`;
  });
  return clusters;
}
