import { z } from 'zod';
import { CorroborateError, validate } from '../errors.js';
import { articleId } from '../ingest/articleId.js';
import { foldScript } from '../names/foldScript.js';
import { wordKey } from '../names/wordKey.js';
import { type ArticleInput, ArticleInputSchema } from '../schema.js';
import { hashString } from '../text/hashString.js';
import { STOPWORDS, SYNONYMS } from '../text/tables/stopwords.js';
import { stem } from '../text/terms.js';

/** Options of {@link groupEvents}. */
export interface GroupEventsOptions {
  /** Least similarity (0..1, cosine of rarity-weighted words and names) for two articles to be one event. Default 0.15. */
  threshold?: number;
  /** Least similarity of their names alone (0..1, cosine) for two articles that both name someone or somewhere. Default 0.2. */
  nameThreshold?: number;
  /** Articles published more than this many days apart are never one event (when both dates are known). Default 3. */
  maxDays?: number;
  /** Characters of each article read for its words (title and lead carry the event). Default 20,000. */
  maxChars?: number;
}

/** A group of articles about the same event. */
export interface EventGroup {
  /** A stable id: a hash of the article ids. */
  id: string;
  /** The ids of the articles (given or derived as analyze derives them), sorted. */
  articleIds: string[];
}

const OptionsSchema = z
  .object({
    threshold: z.number().min(0).max(1).optional(),
    nameThreshold: z.number().min(0).max(1).optional(),
    maxDays: z.number().nonnegative().optional(),
    maxChars: z.number().int().positive().optional(),
  })
  .optional();

/** Distinctive features per article used for MinHash, hash functions, and rows per LSH band. */
const TOP_FEATURES = 24;
const HASHES = 32;
const ROWS = 1;
/** A bucket larger than this compares each member with the next WINDOW members only. */
const BUCKET_CAP = 32;
const WINDOW = 4;
/** Features in more than this share of the articles (and at least MIN_DF of them) are not used for candidates. */
const MAX_DF_SHARE = 0.02;
const MIN_DF = 20;
/** Fewer distinctive features than this, and an article's candidates come from its rarest features of any kind. */
const MIN_FEATURES = 4;

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYMS)
  for (const word of group) if (!word.includes(' ')) SYNONYM_OF.set(word, group[0] as string);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?:"“”]\s*$/;

interface Features {
  id: string;
  time: number | undefined;
  /** Feature strings ('w:' content terms, 'n:' name keys) and how often each occurs. */
  counts: Map<string, number>;
}

/** Content words and names of a text: names are capitalized words inside a sentence, keyed across romanizations. */
export function featuresOf(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  let previousEnd = 0;
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’]s$|['’]$/, '');
    const start = m.index ?? 0;
    const gap = text.slice(previousEnd, start);
    previousEnd = start + m[0].length;
    const sentenceStart = first || SENTENCE_END.test(gap) || gap.includes('\n');
    first = false;
    const lower = word.toLowerCase();
    const initial = word.charAt(0);
    const capitalized = initial !== lower.charAt(0) && word.length > 1;
    if (capitalized && !sentenceStart && !STOPWORDS.has(lower)) {
      const key = wordKey(foldScript(word));
      if (key.length > 1) add(`n:${key}`);
      continue;
    }
    if (STOPWORDS.has(lower) || lower.length < 3 || /^\d/.test(lower)) continue;
    const term = stem(SYNONYM_OF.get(lower) ?? lower);
    add(`w:${term}`);
  }
  return out;
}

/** 32-bit mix of a feature hash with the seed of one hash function (deterministic). */
function mix(h: number, seed: number): number {
  let x = Math.imul(h ^ seed, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> 0;
}

function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the smaller index is the root, so the result does not depend on the order of unions
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/**
 * Puts articles about the same event together, so that analyze compares only one event's articles. Each article
 * becomes a set of content words and names (names keyed across romanizations), weighted by rarity in the corpus;
 * candidates come from MinHash and LSH over each article's most distinctive features (never all pairs); candidates
 * are joined when their weighted cosine reaches the threshold and their publication dates are close. Deterministic
 * and independent of the order of the inputs.
 *
 * @example
 * groupEvents([...seedInputs, ...otherEventInputs]).map((g) => g.articleIds.length) //=> [5, 11]
 */
export function groupEvents(inputs: readonly ArticleInput[], options?: GroupEventsOptions): EventGroup[] {
  if (!Array.isArray(inputs)) throw new CorroborateError('inputs', 'expected an array of articles');
  const opts = validate(OptionsSchema, options, 'options') ?? {};
  const threshold = opts.threshold ?? 0.15;
  const nameThreshold = opts.nameThreshold ?? 0.2;
  const maxDays = opts.maxDays ?? 3;
  const maxChars = opts.maxChars ?? 20_000;

  const seen = new Map<string, number>();
  const docs: Features[] = inputs.map((input, i) => {
    const valid = validate(ArticleInputSchema, input, `inputs[${i}]`);
    const id = articleId(valid);
    const before = seen.get(id);
    if (before !== undefined)
      throw new CorroborateError(`inputs[${i}].id`, `repeats the id ${JSON.stringify(id)} of inputs[${before}]`);
    seen.set(id, i);
    const head = `${valid.title ?? ''}\n${valid.text.slice(0, maxChars)}`;
    const time = valid.publishedAt ? Date.parse(valid.publishedAt) : undefined;
    return { id, time: Number.isNaN(time) ? undefined : time, counts: featuresOf(head) };
  });
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = docs.length;

  // rarity: inverse document frequency over this corpus
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.counts.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = (f: string) => Math.log(1 + n / (df.get(f) ?? 1));

  // tf-idf vectors (names count double: they tell events apart best) and their norms
  const weight = (f: string, count: number) => (1 + Math.log(count)) * idf(f) * (f.startsWith('n:') ? 2 : 1);
  const vectors = docs.map((d) => {
    const w = new Map<string, number>();
    let norm = 0;
    let names = 0;
    for (const [f, count] of d.counts) {
      const x = weight(f, count);
      w.set(f, x);
      norm += x * x;
      if (f.startsWith('n:')) names += x * x;
    }
    return { w, norm: Math.sqrt(norm), names: Math.sqrt(names) };
  });
  // the same vectors as sorted arrays of feature numbers, for fast pair similarities
  const featureIds = new Map([...df.keys()].sort().map((f, k) => [f, k]));
  const packed = vectors.map(({ w }) => {
    const entries = [...w].map(([f, x]) => [featureIds.get(f) as number, x, f.charCodeAt(0) === 110 ? 1 : 0] as const);
    entries.sort((a, b) => a[0] - b[0]);
    return {
      ids: Int32Array.from(entries, (e) => e[0]),
      xs: Float64Array.from(entries, (e) => e[1]),
      named: Uint8Array.from(entries, (e) => e[2]),
    };
  });
  const pairAlike = (i: number, j: number): number | undefined => {
    const a = packed[i] as (typeof packed)[number];
    const b = packed[j] as (typeof packed)[number];
    const va = vectors[i] as (typeof vectors)[number];
    const vb = vectors[j] as (typeof vectors)[number];
    if (va.norm === 0 || vb.norm === 0) return undefined;
    let dot = 0;
    let names = 0;
    let p = 0;
    let q = 0;
    while (p < a.ids.length && q < b.ids.length) {
      const x = a.ids[p] as number;
      const y = b.ids[q] as number;
      if (x < y) p++;
      else if (y < x) q++;
      else {
        const prod = (a.xs[p] as number) * (b.xs[q] as number);
        dot += prod;
        if (a.named[p]) names += prod;
        p++;
        q++;
      }
    }
    return judge(dot, names, [va.norm, va.names, vb.norm, vb.names]);
  };

  // MinHash signatures of each article's most salient shared features (weight in the article), banded for LSH
  const buckets = new Map<string, number[]>();
  const maxDf = Math.max(MIN_DF, Math.ceil(MAX_DF_SHARE * n));
  docs.forEach((_, i) => {
    const w = (vectors[i] as { w: Map<string, number> }).w;
    // features in a large share of the corpus are context, not the event: they would only make huge buckets
    const ranked = [...w]
      .filter(([f]) => (df.get(f) ?? 0) > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const distinctive = ranked.filter(([f]) => (df.get(f) ?? 0) <= maxDf);
    const top = (distinctive.length >= MIN_FEATURES ? distinctive : ranked).slice(0, TOP_FEATURES).map(([f]) => fnv(f));
    if (top.length === 0) return;
    const signature: number[] = [];
    for (let h = 0; h < HASHES; h++) {
      let min = 0xffffffff;
      for (const x of top) {
        const v = mix(x, h * 0x27d4eb2d + 1);
        if (v < min) min = v;
      }
      signature.push(min);
    }
    for (let b = 0; b < HASHES / ROWS; b++) {
      const key = `${b}:${signature.slice(b * ROWS, b * ROWS + ROWS).join(',')}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });

  // one event: alike in words and names together, and alike in names alone (two shootings in two towns share
  // their words, not their names); articles without names are judged on their words
  const judge = (dot: number, names: number, norms: readonly [number, number, number, number]) => {
    const [aNorm, aNames, bNorm, bNames] = norms;
    const cos = dot / (aNorm * bNorm);
    if (cos < threshold) return undefined;
    if (aNames === 0 && bNames === 0) return cos;
    if (aNames === 0 || bNames === 0 || names / (aNames * bNames) < nameThreshold) return undefined;
    return cos;
  };

  // candidate pairs from the LSH buckets that are alike enough, most alike first
  const pairs: [number, number, number][] = [];
  const tried = new Set<number>();
  const dayMs = 86_400_000;
  for (const members of buckets.values()) {
    if (members.length < 2) continue;
    // a small bucket is compared all pairs; a large one (a feature many articles share) each member with the
    // next few, which still links a large event's articles together through the chain
    const window = members.length > BUCKET_CAP ? WINDOW : members.length;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length && y <= x + window; y++) {
        const lo = members[x] as number;
        const hi = members[y] as number;
        const pairKey = lo * n + hi;
        if (tried.has(pairKey)) continue;
        tried.add(pairKey);
        const ti = docs[lo]?.time;
        const tj = docs[hi]?.time;
        if (ti !== undefined && tj !== undefined && Math.abs(ti - tj) > maxDays * dayMs) continue;
        const sim = pairAlike(lo, hi);
        if (sim !== undefined) pairs.push([sim, lo, hi]);
      }
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);

  // groups grow from the most alike pairs; two groups join only when their members are alike on average (average
  // linkage, from sums of unit vectors), so that a few stray pairs cannot chain two events together
  const uf = new UnionFind(n);
  interface Group {
    size: number;
    all: Map<string, number>;
    names: Map<string, number>;
  }
  const groupsByRoot = new Map<number, Group>();
  const groupOf = (root: number): Group => {
    let g = groupsByRoot.get(root);
    if (!g) {
      const v = vectors[root] as (typeof vectors)[number];
      const all = new Map<string, number>();
      const names = new Map<string, number>();
      for (const [f, x] of v.w) {
        all.set(f, x / v.norm);
        if (v.names > 0 && f.charCodeAt(0) === 110 /* n: */) names.set(f, x / v.names);
      }
      g = { size: 1, all, names };
      groupsByRoot.set(root, g);
    }
    return g;
  };
  const dot = (a: Map<string, number>, b: Map<string, number>) => {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let sum = 0;
    for (const [f, x] of small) {
      const y = large.get(f);
      if (y !== undefined) sum += x * y;
    }
    return sum;
  };
  const addInto = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [f, x] of from) into.set(f, (into.get(f) ?? 0) + x);
  };
  for (const [, lo, hi] of pairs) {
    const ra = uf.find(lo);
    const rb = uf.find(hi);
    if (ra === rb) continue;
    const ga = groupOf(ra);
    const gb = groupOf(rb);
    if (ga.size > 1 || gb.size > 1) {
      const cells = ga.size * gb.size;
      if (dot(ga.all, gb.all) / cells < threshold) continue;
      const withNames = ga.names.size > 0 && gb.names.size > 0;
      if (withNames && dot(ga.names, gb.names) / cells < nameThreshold) continue;
    }
    uf.union(ra, rb);
    const root = uf.find(ra);
    const [big, small] = ga.all.size >= gb.all.size ? [ga, gb] : [gb, ga];
    addInto(big.all, small.all);
    const names = big.names.size >= small.names.size ? big.names : small.names;
    addInto(names, names === big.names ? small.names : big.names);
    groupsByRoot.delete(ra);
    groupsByRoot.delete(rb);
    groupsByRoot.set(root, { size: ga.size + gb.size, all: big.all, names });
  }

  // an article left alone joins the group of the article it is most alike (it cannot chain two groups together)
  const best = new Map<number, number>();
  for (const [, lo, hi] of pairs) {
    if (!best.has(lo)) best.set(lo, hi);
    if (!best.has(hi)) best.set(hi, lo);
  }
  const size = (i: number) => groupsByRoot.get(uf.find(i))?.size ?? 1;
  const alone = docs.map((_, i) => i).filter((i) => size(i) === 1);
  for (const i of alone) {
    const partner = best.get(i);
    if (partner !== undefined && size(i) === 1) uf.union(i, partner);
  }

  const groups = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const root = uf.find(i);
    const list = groups.get(root);
    if (list) list.push(d.id);
    else groups.set(root, [d.id]);
  });
  return [...groups.values()]
    .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1))
    .map((articleIds) => ({ id: `event-${hashString(articleIds.join('\n'))}`, articleIds }));
}
