import * as z from 'zod/mini';
import { CorroborateError, schemaOnce, validate } from '../errors.js';
import { articleId } from '../ingest/articleId.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { foldScript } from '../names/foldScript.js';
import { wordKey } from '../names/wordKey.js';
import { type ArticleInput, ArticleInputSchema } from '../schema.js';
import { appendTo } from '../text/appendTo.js';
import { DisjointSets } from '../text/DisjointSets.js';
import { hashString } from '../text/hashString.js';
import { contentTerm } from '../text/terms.js';

/** Options of {@link groupEvents}. */
export interface GroupEventsOptions {
  /** Least similarity (0..1, cosine of rarity-weighted words and names) for two articles to be one event. Default 0.15. */
  threshold?: number;
  /** Least similarity of their names alone (0..1, cosine) for two articles that both name someone or somewhere. Default 0.17. */
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

const optionsSchema = /* @__PURE__ */ schemaOnce(() =>
  z.optional(
    z.object({
      threshold: z.optional(z.number().check(z.gte(0), z.lte(1))),
      nameThreshold: z.optional(z.number().check(z.gte(0), z.lte(1))),
      maxDays: z.optional(z.number().check(z.nonnegative())),
      maxChars: z.optional(z.int().check(z.positive())),
    }),
  ),
);

/** Distinctive features per article used for MinHash, and hash functions (each its own LSH band of one row). */
const TOP_FEATURES = 16;
const HASHES = 32;
/** Bands two articles must share a bucket in to be compared at all. */
const MIN_BANDS = 2;
/** A bucket larger than this compares each member with the next WINDOW members only. */
const BUCKET_CAP = 32;
const WINDOW = 4;
/** Features in more than this share of the articles (and at least MIN_DF of them) are not used for candidates. */
const MAX_DF_SHARE = 0.02;
const MIN_DF = 20;
/** Fewer distinctive features than this, and an article's candidates come from its rarest features of any kind. */
const MIN_FEATURES = 4;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_CHAR = new Map<number, boolean>();

/** Whether the character at i (one or two code units) is a letter or digit; ASCII by range, the rest by table. */
function isWordChar(text: string, i: number, c: number, width: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const code = width === 2 ? (text.codePointAt(i) as number) : c;
  let known = WORD_CHAR.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    if (WORD_CHAR.size < 100_000) WORD_CHAR.set(code, known);
  }
  return known;
}

interface Features {
  id: string;
  time: number | undefined;
  /** Feature strings ('w:' content terms, 'n:' name keys) and how often each occurs. */
  counts: Map<string, number>;
}

/** The feature of one word: as a name (capitalized inside a sentence) and as a content word; '' for none. */
interface WordFeatures {
  name: string;
  term: string;
}

function wordFeatures(word: string): WordFeatures {
  const lower = word.toLowerCase();
  const capitalized = word.charAt(0) !== lower.charAt(0) && word.length > 1 && !STOPWORDS.has(lower);
  const key = capitalized ? wordKey(foldScript(word)) : '';
  const isTerm = !STOPWORDS.has(lower) && lower.length >= 3 && !/^\d/.test(lower);
  return {
    name: key.length > 1 ? `n:${key}` : capitalized ? '-' : '',
    term: isTerm ? `w:${contentTerm(lower)}` : '',
  };
}

/**
 * Content words and names of a text, with how often each occurs: names are capitalized words inside a sentence,
 * keyed across romanizations ('n:…'); other words are stemmed content words ('w:…'). `cache` keeps the features
 * of words already seen in this run.
 */
export function featuresOf(text: string, cache: Map<string, WordFeatures> = new Map()): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  let previousEnd = 0;
  let first = true;
  const length = text.length;
  let i = 0;
  while (i < length) {
    // a word: a letter or digit, then letters, digits, apostrophes and hyphens (what WORD matches), scanned by hand
    const c = text.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < length ? 2 : 1;
    if (!isWordChar(text, i, c, width)) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < length) {
      const d = text.charCodeAt(i);
      if (d === 39 || d === 0x2019 || d === 45) {
        i++;
        continue;
      }
      const w = d >= 0xd800 && d <= 0xdbff && i + 1 < length ? 2 : 1;
      if (!isWordChar(text, i, d, w)) break;
      i += w;
    }
    const raw = text.slice(start, i);
    let word = raw;
    const last = word.charCodeAt(word.length - 1);
    if (last === 39 || last === 0x2019) word = word.slice(0, -1);
    else if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
    let sentenceStart = first;
    for (let k = start - 1; !sentenceStart && k >= previousEnd; k--) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 46 || c === 33 || c === 63 || c === 58 || c === 34 || c === 0x201c || c === 0x201d)
        sentenceStart = true;
    }
    previousEnd = start + raw.length;
    first = false;
    let features = cache.get(word);
    if (!features) {
      features = wordFeatures(word);
      if (cache.size < 200_000) cache.set(word, features);
    }
    if (features.name && !sentenceStart) {
      if (features.name !== '-') add(features.name);
      continue;
    }
    if (features.term) add(features.term);
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

/** An article's tf-idf vector as sorted feature numbers and weights, its norm and the norm of its names alone. */
interface Vector {
  ids: Int32Array;
  xs: Float64Array;
  norm: number;
  names: number;
}

/** The articles' vectors: names count double (they tell events apart best); rarer features weigh more. */
interface Vectors {
  vectors: Vector[];
  /** Per feature number: whether it is a name, and in how many articles it stands. */
  isName: boolean[];
  df: number[];
}

/** The features of every article numbered in order of first appearance over the sorted articles, as vectors. */
function vectorsOf(docs: readonly Features[]): Vectors {
  const n = docs.length;
  const featureIds = new Map<string, number>();
  const isName: boolean[] = [];
  const df: number[] = [];
  const counted = docs.map((d) => {
    const ids: number[] = [];
    const counts: number[] = [];
    for (const [f, count] of d.counts) {
      let id = featureIds.get(f);
      if (id === undefined) {
        id = featureIds.size;
        featureIds.set(f, id);
        isName.push(f.charCodeAt(0) === 110 /* n: */);
        df.push(0);
      }
      df[id] = (df[id] as number) + 1;
      ids.push(id);
      counts.push(count);
    }
    return { ids, counts };
  });
  const idf = (id: number) => Math.log(1 + n / (df[id] as number));
  const vectors = counted.map(({ ids, counts }) => {
    const order = ids.map((_, k) => k).sort((x, y) => (ids[x] as number) - (ids[y] as number));
    const sortedIds = Int32Array.from(order, (k) => ids[k] as number);
    const xs = Float64Array.from(order, (k) => {
      const id = ids[k] as number;
      return (1 + Math.log(counts[k] as number)) * idf(id) * (isName[id] ? 2 : 1);
    });
    let norm = 0;
    let names = 0;
    sortedIds.forEach((id, k) => {
      const x = xs[k] as number;
      norm += x * x;
      if (isName[id]) names += x * x;
    });
    return { ids: sortedIds, xs, norm: Math.sqrt(norm), names: Math.sqrt(names) };
  });
  return { vectors, isName, df };
}

/** The thresholds two articles or groups must reach to be one event. */
interface Thresholds {
  threshold: number;
  nameThreshold: number;
}

/**
 * One event: alike in words and names together, and alike in names alone (two shootings in two towns share their
 * words, not their names); articles without names are judged on their words. The similarity, or undefined.
 */
function judge(dot: number, names: number, norms: readonly [number, number, number, number], t: Thresholds) {
  const [aNorm, aNames, bNorm, bNames] = norms;
  const cos = dot / (aNorm * bNorm);
  if (cos < t.threshold) return undefined;
  if (aNames === 0 && bNames === 0) return cos;
  if (aNames === 0 || bNames === 0 || names / (aNames * bNames) < t.nameThreshold) return undefined;
  return cos;
}

/** How alike two articles are (see judge), from their sorted vectors. */
function pairAlike(a: Vector, b: Vector, isName: readonly boolean[], t: Thresholds): number | undefined {
  if (a.norm === 0 || b.norm === 0) return undefined;
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
      if (isName[x]) names += prod;
      p++;
      q++;
    }
  }
  return judge(dot, names, [a.norm, a.names, b.norm, b.names], t);
}

/** The `limit` heaviest of the given positions of v, heaviest first (ties: lower feature number first). */
function heaviest(v: Vector, keep: (id: number) => boolean, limit: number): number[] {
  const top: number[] = [];
  const heavier = (k: number, than: number) =>
    (v.xs[k] as number) > (v.xs[than] as number) ||
    ((v.xs[k] as number) === (v.xs[than] as number) && (v.ids[k] as number) < (v.ids[than] as number));
  for (let k = 0; k < v.ids.length; k++) {
    if (!keep(v.ids[k] as number)) continue;
    if (top.length === limit && !heavier(k, top[limit - 1] as number)) continue;
    let at = Math.min(top.length, limit - 1);
    top[at] = k;
    while (at > 0 && heavier(k, top[at - 1] as number)) {
      top[at] = top[at - 1] as number;
      top[at - 1] = k;
      at--;
    }
  }
  return top.map((k) => v.ids[k] as number);
}

/**
 * Candidate pairs of articles, never all pairs: MinHash signatures of each article's most salient shared features,
 * one LSH table per hash keyed by its minimum (shifted to a small integer: a shared bucket only adds a candidate,
 * which the similarity test then judges). Two articles are candidates when they share a bucket in MIN_BANDS bands
 * and were published within `maxDays` of each other; the pairs alike enough come back most alike first.
 */
function candidatePairs(
  docs: readonly Features[],
  { vectors, isName, df }: Vectors,
  t: Thresholds,
  maxDays: number,
): [number, number, number][] {
  const n = docs.length;
  const bands = Array.from({ length: HASHES }, () => new Map<number, number[]>());
  const maxDf = Math.max(MIN_DF, Math.ceil(MAX_DF_SHARE * n));
  vectors.forEach((v, i) => {
    // features in a large share of the corpus are context, not the event: they would only make huge buckets
    let top = heaviest(v, (id) => (df[id] as number) > 1 && (df[id] as number) <= maxDf, TOP_FEATURES);
    if (top.length < MIN_FEATURES) top = heaviest(v, (id) => (df[id] as number) > 1, TOP_FEATURES);
    if (top.length === 0) return;
    for (let h = 0; h < HASHES; h++) {
      let min = 0xffffffff;
      for (const id of top) {
        const x = mix(id, h * 0x27d4eb2d + 1);
        if (x < min) min = x;
      }
      appendTo(bands[h] as Map<number, number[]>, min >>> 2, i);
    }
  });
  const shared = new Map<number, number>();
  for (const band of bands)
    for (const members of band.values()) {
      if (members.length < 2) continue;
      // a small bucket is compared all pairs; a large one (a feature many articles share) each member with the
      // next few, which still links a large event's articles together through the chain
      const window = members.length > BUCKET_CAP ? WINDOW : members.length;
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length && y <= x + window; y++) {
          const key = (members[x] as number) * n + (members[y] as number);
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
    }
  const pairs: [number, number, number][] = [];
  const dayMs = 86_400_000;
  for (const [key, count] of shared) {
    if (count < MIN_BANDS) continue;
    const lo = Math.floor(key / n);
    const hi = key - lo * n;
    const ti = docs[lo]?.time;
    const tj = docs[hi]?.time;
    if (ti !== undefined && tj !== undefined && Math.abs(ti - tj) > maxDays * dayMs) continue;
    const sim = pairAlike(vectors[lo] as Vector, vectors[hi] as Vector, isName, t);
    if (sim !== undefined) pairs.push([sim, lo, hi]);
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  return pairs;
}

/** A group being grown: its size and the sums of its members' unit vectors, of all features and of names. */
interface Group {
  size: number;
  all: Map<number, number>;
  names: Map<number, number>;
}

function dotOf(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [f, x] of small) {
    const y = large.get(f);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

function addInto(into: Map<number, number>, from: Map<number, number>): void {
  for (const [f, x] of from) into.set(f, (into.get(f) ?? 0) + x);
}

/**
 * Groups grown from the most alike pairs; two groups join only when their members are alike on average (average
 * linkage, from sums of unit vectors), so that a few stray pairs cannot chain two events together. An article
 * left alone then joins the group of the article it is most alike (it cannot chain two groups together).
 */
function linkGroups(
  n: number,
  pairs: readonly [number, number, number][],
  { vectors, isName }: Vectors,
  t: Thresholds,
): DisjointSets {
  const uf = new DisjointSets(n);
  const groupsByRoot = new Map<number, Group>();
  const groupOf = (root: number): Group => {
    let g = groupsByRoot.get(root);
    if (!g) {
      const v = vectors[root] as Vector;
      const all = new Map<number, number>();
      const names = new Map<number, number>();
      v.ids.forEach((id, k) => {
        const x = v.xs[k] as number;
        all.set(id, x / v.norm);
        if (v.names > 0 && isName[id]) names.set(id, x / v.names);
      });
      g = { size: 1, all, names };
      groupsByRoot.set(root, g);
    }
    return g;
  };
  for (const [, lo, hi] of pairs) {
    const ra = uf.find(lo);
    const rb = uf.find(hi);
    if (ra === rb) continue;
    const ga = groupOf(ra);
    const gb = groupOf(rb);
    if (ga.size > 1 || gb.size > 1) {
      const cells = ga.size * gb.size;
      if (dotOf(ga.all, gb.all) / cells < t.threshold) continue;
      const withNames = ga.names.size > 0 && gb.names.size > 0;
      if (withNames && dotOf(ga.names, gb.names) / cells < t.nameThreshold) continue;
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

  const best = new Map<number, number>();
  for (const [, lo, hi] of pairs) {
    if (!best.has(lo)) best.set(lo, hi);
    if (!best.has(hi)) best.set(hi, lo);
  }
  const size = (i: number) => groupsByRoot.get(uf.find(i))?.size ?? 1;
  for (let i = 0; i < n; i++) {
    if (size(i) !== 1) continue;
    const partner = best.get(i);
    if (partner !== undefined) uf.union(i, partner);
  }
  return uf;
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
  const opts = validate(optionsSchema(), options, 'options') ?? {};
  const thresholds = { threshold: opts.threshold ?? 0.15, nameThreshold: opts.nameThreshold ?? 0.17 };
  const maxDays = opts.maxDays ?? 3;
  const maxChars = opts.maxChars ?? 20_000;

  const seen = new Map<string, number>();
  const cache = new Map<string, WordFeatures>();
  const docs: Features[] = inputs.map((input, i) => {
    const valid = validate(ArticleInputSchema, input, `inputs[${i}]`);
    const id = articleId(valid);
    const before = seen.get(id);
    if (before !== undefined)
      throw new CorroborateError(`inputs[${i}].id`, `repeats the id ${JSON.stringify(id)} of inputs[${before}]`);
    seen.set(id, i);
    const head = `${valid.title ?? ''}\n${valid.text.slice(0, maxChars)}`;
    const time = valid.publishedAt ? Date.parse(valid.publishedAt) : undefined;
    return { id, time: Number.isNaN(time) ? undefined : time, counts: featuresOf(head, cache) };
  });
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const vectors = vectorsOf(docs);
  const pairs = candidatePairs(docs, vectors, thresholds, maxDays);
  const uf = linkGroups(docs.length, pairs, vectors, thresholds);

  const groups = new Map<number, string[]>();
  docs.forEach((d, i) => {
    appendTo(groups, uf.find(i), d.id);
  });
  return [...groups.values()]
    .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1))
    .map((articleIds) => ({ id: `event-${hashString(articleIds.join('\n'))}`, articleIds }));
}
