import * as z from 'zod/mini';
import { CorroborateError, schemaOnce, validate } from '../errors.js';
import { COPY_RATE, type FormCounts, formDependence } from './detectCopies.js';
import { isMissing } from './missing.js';
import type { ParsedValue, SourceClaim, TruthResult, TruthSource, ValueModel } from './types.js';

const claimSchema = /* @__PURE__ */ schemaOnce(() =>
  z.object({
    source: z.string().check(z.minLength(1, 'must name the source')),
    item: z.string().check(z.minLength(1, 'must name the item')),
    value: z.union([z.string(), z.number()], { error: 'expected a string or a finite number' }),
  }),
);

/** One distinct value of an item, with everyone who gave it. */
interface Value {
  key: string;
  data: unknown;
  /** indices of the claims that gave it */
  claims: number[];
  /** the distinct sources that gave it */
  sources: number[];
  /** raw forms and the sources that wrote each */
  raws: Map<string, number[]>;
}

interface Item {
  name: string;
  model: ValueModel;
  values: Value[];
}

const TRUST_FLOOR = 0.01;
const TRUST_CEILING = 0.99;

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Where `x` is in the ascending list `list` (which holds it). */
function sortedIndex(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DIFFERENT = 0;
const SAME_VALUE = 1;
const SAME_FORM = 2;

/**
 * Counts, per pair of sources, the items where they give different values, the same value in different forms
 * and the same value in the same form. A dense table while the pairs fit in a few megabytes, a map beyond.
 */
class PairCounter {
  readonly #dense: Int32Array | undefined;
  readonly #sparse = new Map<number, Int32Array>();
  readonly #size: number;
  constructor(sources: number) {
    this.#size = sources * sources;
    if (sources <= 1024) this.#dense = new Int32Array(this.#size * 3);
  }
  add(pair: number, kind: number): void {
    if (this.#dense) {
      (this.#dense[pair * 3 + kind] as number)++;
      return;
    }
    let counts = this.#sparse.get(pair);
    if (!counts) {
      counts = new Int32Array(3);
      this.#sparse.set(pair, counts);
    }
    (counts[kind] as number)++;
  }
  forEach(visit: (pair: number, counts: FormCounts) => void): void {
    const read = (c: ArrayLike<number>, at: number): FormCounts => ({
      different: c[at + DIFFERENT] as number,
      sameValueOtherForm: c[at + SAME_VALUE] as number,
      sameForm: c[at + SAME_FORM] as number,
    });
    if (this.#dense) {
      const dense = this.#dense;
      for (let pair = 0; pair < this.#size; pair++) {
        const at = pair * 3;
        if (dense[at] || dense[at + 1] || dense[at + 2]) visit(pair, read(dense, at));
      }
    } else for (const [pair, counts] of this.#sparse) visit(pair, read(counts, 0));
  }
}

/**
 * How much a vote counts for a value that some source calls the reading of a related moment (the runway time of
 * a departure), while the item has a value nobody calls so.
 */
const RELATED_WEIGHT = 0.25;

/**
 * Per voter (in the flat voter layout), how much its vote counts. A value that any source marks as the reading
 * of a related moment ('9:11 AM (runway)') is that moment's reading, whoever else wrote it without the mark; while
 * the item has a value nobody marks so, it is the plain reading of the item, and every vote for a marked value
 * counts less.
 */
function relatedWeights(items: readonly Item[], voterAt: Int32Array, start: Int32Array, size: number): Float64Array {
  const weights = new Float64Array(size).fill(1);
  items.forEach((item, it) => {
    const related = item.model.related;
    if (!related) return;
    const marked = item.values.map((value) => {
      for (const raw of value.raws.keys()) if (related(raw)) return true;
      return false;
    });
    if (!marked.includes(true) || !marked.includes(false)) return;
    item.values.forEach((value, v) => {
      if (!marked[v]) return;
      const at = voterAt[(start[it] as number) + v] as number;
      weights.fill(RELATED_WEIGHT, at, at + value.sources.length);
    });
  });
  return weights;
}

/** At-cap values a source must have given before it is judged to cut its lists short. */
const MIN_CUT_EVIDENCE = 5;

/**
 * A source that cuts every list to its first k parts has its k-part values extended only on the items that have
 * more than k: about half of them for the first author of a book. So twice its share of extended values, up to 1,
 * is taken as the likelihood that it cuts its lists; a source that means its lists whole has few extended.
 */
const CUT_LIKELIHOOD = 2;

/**
 * Per voter (in the flat voter layout), how likely its value was cut short by the source rather than meant whole.
 * Some sources never give more than a few parts of a value (the first author alone, or the first three), so a value
 * of that size from them says 'at least these', not 'these and no more'. How often another value of the item takes
 * in and extends a source's values of its largest size ('Hoos' against 'Hoos; Stützle') tells how likely it is to
 * cut them (see CUT_LIKELIHOOD); its shorter values, and values of kinds that have no size, are meant whole. A
 * value whose form says it is cut ('et al') is cut, whoever wrote it.
 */
function cutShortWeights(
  items: readonly Item[],
  voters: Int32Array,
  voterAt: Int32Array,
  start: Int32Array,
  supportAt: Int32Array,
  support: Float64Array,
  sourceCount: number,
  voterRaw: readonly string[],
): Float64Array {
  const weights = new Float64Array(voters.length);
  // a value its writer marks as the first parts only ('Halpin, Terry, et al') is cut short, whoever wrote it
  items.forEach((item, it) => {
    const marked = item.model.incomplete;
    if (!marked) return;
    for (let k = voterAt[start[it] as number] as number; k < (voterAt[start[it + 1] as number] as number); k++)
      if (marked(voterRaw[k] as string)) weights[k] = 1;
  });
  // each value's size, whether another value of its item extends it, and each source's largest size
  const sizes = new Int32Array(start[items.length] as number).fill(-1);
  const extended = new Uint8Array(sizes.length);
  const cap = new Int32Array(sourceCount).fill(-1);
  items.forEach((item, it) => {
    const size = item.model.size;
    if (!size) return;
    const m = item.values.length;
    const base = supportAt[it] as number;
    item.values.forEach((value, v) => {
      const g = (start[it] as number) + v;
      sizes[g] = size(value.data);
      for (let j = 0; j < m; j++) if (j !== v && support[base + v * m + j] === 1) extended[g] = 1;
      for (let k = voterAt[g] as number; k < (voterAt[g + 1] as number); k++) {
        const s = voters[k] as number;
        if ((sizes[g] as number) > (cap[s] as number)) cap[s] = sizes[g] as number;
      }
    });
  });
  // per source, its values of its largest size and how many of them were extended
  const atCap = new Int32Array(sourceCount);
  const cut = new Int32Array(sourceCount);
  const voterAtCap = new Uint8Array(voters.length);
  for (let g = 0; g < sizes.length; g++) {
    if ((sizes[g] as number) < 0) continue;
    for (let k = voterAt[g] as number; k < (voterAt[g + 1] as number); k++) {
      const s = voters[k] as number;
      if (sizes[g] !== cap[s]) continue;
      voterAtCap[k] = 1;
      atCap[s] = (atCap[s] as number) + 1;
      cut[s] = (cut[s] as number) + (extended[g] as number);
    }
  }
  for (let k = 0; k < voters.length; k++) {
    const s = voters[k] as number;
    if (voterAtCap[k] && (atCap[s] as number) >= MIN_CUT_EVIDENCE) {
      const likelihood = Math.min(1, (CUT_LIKELIHOOD * (cut[s] as number)) / (atCap[s] as number));
      weights[k] = Math.max(weights[k] as number, likelihood);
    }
  }
  return weights;
}

/** How the iterations run: what discoverTruth's options say, checked, with defaults left to the core. */
export interface TruthSettings {
  maxIterations?: number;
  initialTrust?: number;
  copyDetection?: boolean;
  similarityWeight?: number;
}

/**
 * The truth discovery of discoverTruth, given each item's value model: the generic core, which holds no value
 * kind of its own. scoreEvent calls it with the models of the values facts have (numbers, times, text), so that
 * analyze carries no model it never uses; discoverTruth with the models its `kind` option names.
 */
export function runTruthDiscovery(
  claims: readonly SourceClaim[],
  modelOf: (item: string) => ValueModel,
  settings: TruthSettings = {},
): TruthResult {
  const maxIterations = settings.maxIterations ?? 20;
  const initialTrust = settings.initialTrust ?? 0.8;
  const copyDetection = settings.copyDetection ?? true;
  const votes = readVotes(claims, modelOf);
  const layout = layoutOf(votes, (model) => settings.similarityWeight ?? model.similarityWeight ?? 0.6);
  const state: State = {
    trust: new Float64Array(layout.sourceCount).fill(initialTrust),
    confidence: new Float64Array(layout.valueCount),
    copies: { probability: new Map(), discounted: new Map(), mostVoters: 0 },
  };
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    computeConfidence(layout, state);
    const next = computeTrust(layout, state, initialTrust);
    let change = 0;
    next.forEach((t, i) => {
      change = Math.max(change, Math.abs(t - (state.trust[i] as number)));
    });
    state.trust = next;
    if (copyDetection && iteration === 0) {
      state.copies = detectCopies(layout);
      continue;
    }
    if (change < 1e-4 && iteration > 1) break;
  }
  computeConfidence(layout, state);
  return resultOf(claims, votes, layout, state);
}

/** The claims read into items and their distinct values; sources and items in sorted order. */
interface Votes {
  sources: string[];
  items: Item[];
  /** per source: [item, value] pairs it gave, value numbers as first read */
  given: [number, number][][];
  /** per item: a value's number as first read to its number in the canonical (key) order */
  remaps: Int32Array[];
}

/**
 * Reads the claims: checks each, parses its value with its item's model (a value that is missing or does not
 * parse is left out), and gathers the distinct values of each item with who gave them and in which forms. Sources,
 * items and values are put in sorted order, so that the input order never matters.
 */
function readVotes(claims: readonly SourceClaim[], modelOf: (item: string) => ValueModel): Votes {
  const sourceNames = new Set<string>();
  const itemNames = new Set<string>();
  claims.forEach((claim, i) => {
    if (claim === null || typeof claim !== 'object')
      throw new CorroborateError(`claims[${i}]`, 'expected { source, item, value }');
    const valueOk =
      typeof claim.value === 'string' || (typeof claim.value === 'number' && Number.isFinite(claim.value));
    if (
      typeof claim.source !== 'string' ||
      typeof claim.item !== 'string' ||
      !claim.source ||
      !claim.item ||
      !valueOk
    ) {
      validate(claimSchema(), claim, `claims[${i}]`);
    }
    sourceNames.add(claim.source);
    itemNames.add(claim.item);
  });
  const sources = [...sourceNames].sort();
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const itemList = [...itemNames].sort();
  const itemIndex = new Map(itemList.map((s, i) => [s, i]));

  const items: Item[] = itemList.map((name) => ({ name, model: modelOf(name), values: [] }));
  const valueIndex: Map<string, number>[] = itemList.map(() => new Map());
  const given: [number, number][][] = sources.map(() => []);
  claims.forEach((claim, c) => {
    const raw = typeof claim.value === 'number' ? String(claim.value) : claim.value;
    if (isMissing(raw)) return;
    const itemAt = itemIndex.get(claim.item) as number;
    const item = items[itemAt] as Item;
    const parsed: ParsedValue | undefined = item.model.parse(raw);
    if (!parsed) return;
    const source = sourceIndex.get(claim.source) as number;
    const index = valueIndex[itemAt] as Map<string, number>;
    let v = index.get(parsed.key);
    if (v === undefined) {
      v = item.values.length;
      item.values.push({ key: parsed.key, data: parsed.data, claims: [], sources: [], raws: new Map() });
      index.set(parsed.key, v);
    }
    const value = item.values[v] as Value;
    value.claims.push(c);
    if (!value.sources.includes(source)) {
      value.sources.push(source);
      (given[source] as [number, number][]).push([itemAt, v]);
    }
    const writers = value.raws.get(raw) ?? [];
    writers.push(source);
    value.raws.set(raw, writers);
  });
  // canonical order of values within an item (by key), independent of input order
  const remaps = items.map((item) => {
    const order = item.values
      .map((_, i) => i)
      .sort((a, b) => ((item.values[a] as Value).key < (item.values[b] as Value).key ? -1 : 1));
    const remap = new Int32Array(order.length);
    order.forEach((old, i) => {
      remap[old] = i;
    });
    item.values = order.map((i) => item.values[i] as Value);
    for (const v of item.values) v.sources.sort((a, b) => a - b);
    return remap;
  });
  return { sources, items, given, remaps };
}

/**
 * The votes in a flat layout, so that each pass reads memory in order: value v of item it is number start[it] + v;
 * the support between the values of item it is a row-major block from supportAt[it]; the voters of value g are
 * voters[voterAt[g] .. voterAt[g + 1]], by source number.
 */
interface Layout {
  itemCount: number;
  sourceCount: number;
  valueCount: number;
  start: Int32Array;
  supportAt: Int32Array;
  support: Float64Array;
  /** per item: how much close values support each other (its model's similarity weight) */
  similarityWeight: Float64Array;
  voterAt: Int32Array;
  voters: Int32Array;
  /** the form each voter wrote its value in (the first in code-unit order if it wrote several) */
  voterRaw: string[];
  /** per voter: how much its vote counts (see relatedWeights) and how likely its value was cut short */
  voterWeight: Float64Array;
  cutShort: Float64Array;
  /** per source: the values it gave, in item order */
  givenValues: Int32Array[];
  /** the most values any item has */
  mostValues: number;
}

function layoutOf(votes: Votes, weightOf: (model: ValueModel) => number): Layout {
  const { items, given, remaps } = votes;
  const itemCount = items.length;
  const sourceCount = votes.sources.length;
  const start = new Int32Array(itemCount + 1);
  const supportAt = new Int32Array(itemCount + 1);
  const similarityWeight = new Float64Array(itemCount);
  items.forEach((item, it) => {
    const m = item.values.length;
    start[it + 1] = (start[it] as number) + m;
    supportAt[it + 1] = (supportAt[it] as number) + m * m;
    similarityWeight[it] = weightOf(item.model);
  });
  const valueCount = start[itemCount] as number;
  const support = new Float64Array(supportAt[itemCount] as number);
  const voterAt = new Int32Array(valueCount + 1);
  items.forEach((item, it) => {
    const m = item.values.length;
    const base = supportAt[it] as number;
    item.values.forEach((a, i) => {
      const g = (start[it] as number) + i;
      voterAt[g + 1] = (voterAt[g] as number) + a.sources.length;
      item.values.forEach((b, j) => {
        support[base + i * m + j] = i === j ? 1 : item.model.support(a.data, b.data);
      });
    });
  });
  const voters = new Int32Array(voterAt[valueCount] as number);
  const voterRaw: string[] = new Array(voters.length);
  items.forEach((item, it) => {
    item.values.forEach((value, v) => {
      const at = voterAt[(start[it] as number) + v] as number;
      voters.set(value.sources, at);
      for (const [raw, writers] of value.raws) {
        for (const w of writers) {
          const k = at + sortedIndex(value.sources, w);
          const before = voterRaw[k];
          if (before === undefined || raw < before) voterRaw[k] = raw;
        }
      }
    });
  });
  return {
    itemCount,
    sourceCount,
    valueCount,
    start,
    supportAt,
    support,
    similarityWeight,
    voterAt,
    voters,
    voterRaw,
    voterWeight: relatedWeights(items, voterAt, start, voters.length),
    cutShort: cutShortWeights(items, voters, voterAt, start, supportAt, support, sourceCount, voterRaw),
    givenValues: given.map((list) =>
      Int32Array.from(list, ([it, v]) => (start[it] as number) + ((remaps[it] as Int32Array)[v] as number)).sort(),
    ),
    mostValues: items.reduce((max, item) => Math.max(max, item.values.length), 1),
  };
}

/** Sources that likely copy one another, and the votes discounted for it. */
interface Copies {
  /** key s1 * sourceCount + s2 (s1 < s2): the probability that the two are dependent */
  probability: Map<number, number>;
  /**
   * Values given by sources that likely copy one another, with the pairs of their voters (positions i, j) and
   * the factor by which the less trusted one's vote is discounted: i, j, factor, i, j, factor…
   */
  discounted: Map<number, Float64Array>;
  /** the most voters of a discounted value */
  mostVoters: number;
}

/** What the iterations update: each source's trust, each value's confidence, and the copies found. */
interface State {
  trust: Float64Array;
  confidence: Float64Array;
  copies: Copies;
}

/**
 * Each value's confidence from the trust of its voters: a vote weighs the log-odds of its source's trust (and the
 * log of the number of values), less for a copier's and for a related moment's; close values support each other;
 * then a softmax over each item's values.
 */
function computeConfidence(layout: Layout, state: State): void {
  const { start, supportAt, support, similarityWeight, voterAt, voters, voterWeight, cutShort } = layout;
  const { trust, confidence, copies } = state;
  const logit = trust.map((t) => Math.log(t / (1 - t)));
  let rank: Int32Array | undefined;
  if (copies.probability.size > 0) {
    const order = [...trust.keys()].sort((a, b) => (trust[b] as number) - (trust[a] as number) || a - b);
    rank = new Int32Array(layout.sourceCount);
    order.forEach((s, r) => {
      (rank as Int32Array)[s] = r;
    });
  }
  const weight = new Float64Array(copies.mostVoters);
  const own = new Float64Array(layout.mostValues);
  /** the part of `own` that comes from values the source likely cut short */
  const ownCut = new Float64Array(own.length);
  for (let it = 0; it < layout.itemCount; it++) {
    const first = start[it] as number;
    const m = (start[it + 1] as number) - first;
    if (m === 0) continue;
    const logN = Math.log(Math.max(2, m));
    for (let v = 0; v < m; v++) {
      const g = first + v;
      const from = voterAt[g] as number;
      const to = voterAt[g + 1] as number;
      let score = 0;
      let cut = 0;
      const pairs = rank && copies.discounted.get(g);
      if (pairs) {
        // a copier's vote counts less: of two likely copies, the less trusted one's vote is discounted
        weight.fill(1, 0, to - from);
        for (let q = 0; q < pairs.length; q += 3) {
          const i = pairs[q] as number;
          const j = pairs[q + 1] as number;
          const later = (rank as Int32Array)[voters[from + i] as number] as number;
          const k = later > ((rank as Int32Array)[voters[from + j] as number] as number) ? i : j;
          weight[k] = (weight[k] as number) * (pairs[q + 2] as number);
        }
      }
      for (let k = from; k < to; k++) {
        const copied = pairs ? (weight[k - from] as number) : 1;
        const vote = copied * (voterWeight[k] as number) * (logN + (logit[voters[k] as number] as number));
        score += vote;
        cut += vote * (cutShort[k] as number);
      }
      own[v] = score;
      ownCut[v] = cut;
    }
    // close values support each other; then a softmax over the item's values
    const base = supportAt[it] as number;
    const r = similarityWeight[it] as number;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      let total = own[j] as number;
      for (let i = 0; i < m; i++) {
        if (i === j) continue;
        const s = support[base + i * m + j] as number;
        total += r * s * (own[i] as number);
        // a value cut short says 'at least these': it supports each value that extends it as fully as itself
        if (s === 1) total += (1 - r) * (ownCut[i] as number);
      }
      confidence[first + j] = total;
      if (total > max) max = total;
    }
    let sum = 0;
    for (let j = first; j < first + m; j++) {
      const e = Math.exp((confidence[j] as number) - max);
      confidence[j] = e;
      sum += e;
    }
    for (let j = first; j < first + m; j++) confidence[j] = (confidence[j] as number) / sum;
  }
}

/** A source's trust: the mean credit of the values it gave (full for a value's confidence, partial for support). */
function computeTrust(layout: Layout, state: State, initialTrust: number): Float64Array {
  const { start, supportAt, support, similarityWeight, givenValues } = layout;
  const { confidence, trust } = state;
  const credit = new Float64Array(layout.valueCount);
  for (let it = 0; it < layout.itemCount; it++) {
    const first = start[it] as number;
    const m = (start[it + 1] as number) - first;
    const base = supportAt[it] as number;
    const r = similarityWeight[it] as number;
    for (let v = 0; v < m; v++) {
      // full credit for the value's own confidence, partial for values it supports
      let c = confidence[first + v] as number;
      for (let j = 0; j < m; j++) {
        if (j !== v) c += r * (support[base + v * m + j] as number) * (confidence[first + j] as number);
      }
      credit[first + v] = Math.min(1, c);
    }
  }
  return trust.map((_, s) => {
    const list = givenValues[s] as Int32Array;
    if (list.length === 0) return initialTrust;
    let sum = 0;
    for (const g of list) sum += credit[g] as number;
    return Math.min(TRUST_CEILING, Math.max(TRUST_FLOOR, sum / list.length));
  });
}

/**
 * Copying leaves traces that do not depend on which values are true: copiers write the same values in the same
 * surface form ('12/1/11 2:06 PM (-05:00)'), and make the same mistakes. For each pair of sources sharing
 * items, the share of items where they wrote the very same string, against the share expected of independent
 * sources, gives the probability that one copies the other (or both copy a common origin).
 */
function detectCopies(layout: Layout): Copies {
  const { start, voterAt, voters, voterRaw, sourceCount: S } = layout;
  const copies: Copies = { probability: new Map(), discounted: new Map(), mostVoters: 0 };
  const counter = new PairCounter(S);
  for (let it = 0; it < layout.itemCount; it++) {
    // an item's voters lie side by side, value after value: a later position names the same value while it is
    // still before the end of the first one's value
    const itemEnd = voterAt[start[it + 1] as number] as number;
    for (let g = start[it] as number; g < (start[it + 1] as number); g++) {
      const valueEnd = voterAt[g + 1] as number;
      for (let i = voterAt[g] as number; i < valueEnd; i++) {
        const a = voters[i] as number;
        const form = voterRaw[i];
        for (let j = i + 1; j < itemEnd; j++) {
          const b = voters[j] as number;
          if (a === b) continue;
          // same value: in the very same surface form, or written differently
          const kind = j >= valueEnd ? DIFFERENT : form === voterRaw[j] ? SAME_FORM : SAME_VALUE;
          counter.add(a < b ? a * S + b : b * S + a, kind);
        }
      }
    }
  }
  counter.forEach((key, c) => {
    const p = formDependence(c);
    if (p > 0.5) copies.probability.set(key, p);
  });
  if (copies.probability.size === 0) return copies;
  const pairs: number[] = [];
  for (let g = 0; g < layout.valueCount; g++) {
    const from = voterAt[g] as number;
    const to = voterAt[g + 1] as number;
    pairs.length = 0;
    for (let i = from; i < to; i++) {
      for (let j = i + 1; j < to; j++) {
        const p = copies.probability.get((voters[i] as number) * S + (voters[j] as number));
        if (p) pairs.push(i - from, j - from, 1 - COPY_RATE * p);
      }
    }
    if (pairs.length) {
      copies.discounted.set(g, Float64Array.from(pairs));
      copies.mostVoters = Math.max(copies.mostVoters, to - from);
    }
  }
  return copies;
}

/**
 * The result: per item its values by confidence, each shown in its representative form (the one whose words most
 * of the value's writers, weighted by trust, also wrote), and per source its trust and likely copies.
 */
function resultOf(claims: readonly SourceClaim[], votes: Votes, layout: Layout, state: State): TruthResult {
  const { sources, items } = votes;
  const { start, sourceCount: S } = layout;
  const { trust, confidence, copies } = state;
  const result: TruthResult = { items: [], sources: [] };
  items.forEach((item, it) => {
    if (item.values.length === 0) return;
    const conf = confidence.subarray(start[it] as number, start[it + 1] as number);
    const ranked = item.values.map((_, v) => v).sort((a, b) => (conf[b] as number) - (conf[a] as number) || a - b);
    const describe = (v: number) => {
      const value = item.values[v] as Value;
      // the representative raw form: the one whose words most of the value's writers (weighted by trust) also
      // wrote, so that a middle initial or a role label only one shop added is left out; scraped noise counts
      // against a form; a tie goes to the form whose own writers weigh most
      const forms = [...value.raws].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, 64);
      const weights = forms.map(([, writers]) => writers.reduce((sum, s) => sum + (trust[s] as number), 0));
      const total = weights.reduce((sum, w) => sum + w, 0);
      const tokens = forms.map(([raw]) => new Set(raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
      const coverage = new Map<string, number>();
      tokens.forEach((words, a) => {
        for (const t of words) coverage.set(t, (coverage.get(t) ?? 0) + (weights[a] as number) / total);
      });
      let bestRaw = forms[0]?.[0] ?? '';
      let bestScore = Number.NEGATIVE_INFINITY;
      forms.forEach(([raw], a) => {
        let score = 2 * ((item.model.quality?.(raw) ?? 1) - 1) + (1e-3 * (weights[a] as number)) / total;
        for (const t of tokens[a] as Set<string>) score += (coverage.get(t) as number) - 0.7;
        if (score > bestScore + 1e-12) {
          bestScore = score;
          bestRaw = raw;
        }
      });
      const numeric = value.claims.every((c) => typeof (claims[c] as SourceClaim).value === 'number');
      const shown = item.model.present ? item.model.present(value.data, bestRaw) : numeric ? Number(bestRaw) : bestRaw;
      return {
        value: shown,
        confidence: round(conf[v] as number),
        supporters: value.sources.map((s) => sources[s] as string),
      };
    };
    const [first, ...rest] = ranked;
    const top = describe(first as number);
    result.items.push({ item: item.name, ...top, alternatives: rest.map(describe) });
  });
  result.sources = sources.map((source, s) => {
    const entry: TruthSource = { source, trust: round(trust[s] as number) };
    const found: { source: string; probability: number }[] = [];
    for (let o = 0; o < S; o++) {
      if (o === s) continue;
      const p = copies.probability.get(s < o ? s * S + o : o * S + s);
      if (p) found.push({ source: sources[o] as string, probability: round(p) });
    }
    if (found.length)
      entry.copies = found.sort((a, b) => b.probability - a.probability || (a.source < b.source ? -1 : 1));
    return entry;
  });
  return result;
}
