import { z } from 'zod';
import { CorroborateError, validate } from '../errors.js';
import { DEFAULT_COPY_MODEL, formDependence, type PairCounts } from './detectCopies.js';
import { isMissing } from './missing.js';
import type {
  ParsedValue,
  SourceClaim,
  TruthOptions,
  TruthResult,
  TruthSource,
  ValueKind,
  ValueModel,
} from './types.js';
import { categoryModel } from './values/category.js';
import { namesModel } from './values/names.js';
import { numberModel } from './values/number.js';
import { textModel } from './values/text.js';
import { timeModel } from './values/time.js';

const ValueKindSchema = z.enum(['text', 'names', 'number', 'time', 'category']);
const ClaimSchema = z.object({
  source: z.string().min(1, 'must name the source'),
  item: z.string().min(1, 'must name the item'),
  value: z.union([z.string(), z.number().finite()], { error: 'expected a string or a finite number' }),
});
const OptionsSchema = z
  .object({
    kind: z.union([ValueKindSchema, z.custom<(item: string) => ValueKind>((v) => typeof v === 'function')]).optional(),
    referenceDate: z.iso.date({ error: 'expected an ISO 8601 date such as 2011-12-01' }).optional(),
    tolerance: z.number().positive().finite().optional(),
    copyDetection: z.boolean().optional(),
    maxIterations: z.number().int().min(1).max(1000).optional(),
    initialTrust: z.number().gt(0).lt(1).optional(),
    similarityWeight: z.number().min(0).max(1).optional(),
  })
  .optional();

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
  /** support[i][j]: how much value i supports value j (i ≠ j) */
  support: number[][];
}

const TRUST_FLOOR = 0.01;
const TRUST_CEILING = 0.99;

function modelFor(kind: ValueKind, tolerance: number | undefined, referenceDate: string | undefined): ValueModel {
  switch (kind) {
    case 'names':
      return namesModel as ValueModel;
    case 'number':
      return numberModel(tolerance ?? 0.01) as ValueModel;
    case 'time':
      return timeModel(tolerance ?? 10, referenceDate) as ValueModel;
    case 'category':
      return categoryModel as ValueModel;
    default:
      return textModel as ValueModel;
  }
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Decides the true value of each item from conflicting sources, and how far each source can be trusted.
 * Iterates between source trust and value confidence (ACCU-style votes weighted by log-odds of trust), lets
 * close values support each other (partial author lists, times minutes apart), and discounts the votes of
 * sources that copy one another. Deterministic: the order of the claims does not change the result.
 *
 * @example
 * discoverTruth([
 *   { source: 'Reuters', item: 'refinery distance (km)', value: 800 },
 *   { source: 'AFP', item: 'refinery distance (km)', value: 800 },
 *   { source: 'The Daily Beast', item: 'refinery distance (km)', value: 772 },
 * ], { kind: 'number', tolerance: 0.05 }).items[0].value //=> 800
 */
export function discoverTruth(claims: readonly SourceClaim[], options?: TruthOptions): TruthResult {
  if (!Array.isArray(claims)) throw new CorroborateError('claims', 'expected an array of { source, item, value }');
  const opts = validate(OptionsSchema, options, 'options') ?? {};
  const weightOf = (model: ValueModel) => opts.similarityWeight ?? model.similarityWeight ?? 0.6;
  const maxIterations = opts.maxIterations ?? 20;
  const initialTrust = opts.initialTrust ?? 0.8;
  const copyDetection = opts.copyDetection ?? true;
  const kindOf = typeof opts.kind === 'function' ? opts.kind : () => (opts.kind as ValueKind | undefined) ?? 'text';
  const models = new Map<ValueKind, ValueModel>();
  const getModel = (kind: ValueKind) => {
    let m = models.get(kind);
    if (!m) {
      if (!ValueKindSchema.safeParse(kind).success)
        throw new CorroborateError('options.kind', `unknown value kind ${JSON.stringify(kind)}`);
      m = modelFor(kind, opts.tolerance, opts.referenceDate);
      models.set(kind, m);
    }
    return m;
  };

  // sources and items in sorted order, so that the input order never matters
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
      validate(ClaimSchema, claim, `claims[${i}]`);
    }
    sourceNames.add(claim.source);
    itemNames.add(claim.item);
  });
  const sources = [...sourceNames].sort();
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const itemList = [...itemNames].sort();
  const itemIndex = new Map(itemList.map((s, i) => [s, i]));

  const items: Item[] = itemList.map((name) => ({ name, model: getModel(kindOf(name)), values: [], support: [] }));
  const valueIndex: Map<string, number>[] = itemList.map(() => new Map());
  /** the raw form each source wrote for each item (key source * items + item) */
  const rawOf = new Map<number, string>();
  /** per source: [item, value] pairs it gave */
  const given: [number, number][][] = sources.map(() => []);
  claims.forEach((claim, c) => {
    const raw = typeof claim.value === 'number' ? String(claim.value) : claim.value;
    if (isMissing(raw)) return;
    const it = itemIndex.get(claim.item) as number;
    const item = items[it] as Item;
    const parsed: ParsedValue | undefined = item.model.parse(raw);
    if (!parsed) return;
    const s = sourceIndex.get(claim.source) as number;
    const index = valueIndex[it] as Map<string, number>;
    let v = index.get(parsed.key);
    if (v === undefined) {
      v = item.values.length;
      item.values.push({ key: parsed.key, data: parsed.data, claims: [], sources: [], raws: new Map() });
      index.set(parsed.key, v);
    }
    const value = item.values[v] as Value;
    value.claims.push(c);
    if (!value.sources.includes(s)) {
      value.sources.push(s);
      (given[s] as [number, number][]).push([it, v]);
      rawOf.set(s * itemList.length + it, raw);
    }
    const writers = value.raws.get(raw) ?? [];
    writers.push(s);
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
    item.support = item.values.map((a) => item.values.map((b) => (a === b ? 1 : item.model.support(a.data, b.data))));
    return remap;
  });
  for (const list of given) for (const pair of list) pair[1] = (remaps[pair[0]] as Int32Array)[pair[1]] as number;
  for (const list of given) list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  let trust = sources.map(() => initialTrust);
  let confidence: number[][] = items.map((item) => item.values.map(() => 0));
  const copyProbability = new Map<number, number>(); // key s1 * S + s2 (s1 < s2)
  const S = sources.length;

  const computeConfidence = () => {
    const order = sources.map((_, i) => i).sort((a, b) => (trust[b] as number) - (trust[a] as number) || a - b);
    const rank = new Int32Array(S);
    order.forEach((s, r) => {
      rank[s] = r;
    });
    confidence = items.map((item) => {
      const rho = weightOf(item.model);
      const n = Math.max(2, item.values.length);
      const own = item.values.map((value) => {
        // a copier's vote counts less: discount by dependence on more trusted sources that gave the same value
        const voters = [...value.sources].sort((a, b) => (rank[a] as number) - (rank[b] as number));
        let score = 0;
        voters.forEach((s, k) => {
          const t = trust[s] as number;
          let weight = 1;
          if (copyProbability.size > 0) {
            for (let j = 0; j < k; j++) {
              const other = voters[j] as number;
              const key = s < other ? s * S + other : other * S + s;
              const p = copyProbability.get(key);
              if (p) weight *= 1 - DEFAULT_COPY_MODEL.copyRate * p;
            }
          }
          score += weight * Math.log((n * t) / (1 - t));
        });
        return score;
      });
      const adjusted = own.map((score, j) => {
        let total = score;
        for (let i = 0; i < own.length; i++) {
          if (i !== j) total += rho * ((item.support[i] as number[])[j] as number) * (own[i] as number);
        }
        return total;
      });
      const max = Math.max(...adjusted);
      const exp = adjusted.map((x) => Math.exp(x - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      return exp.map((x) => x / sum);
    });
  };

  const computeTrust = () =>
    sources.map((_, s) => {
      const list = given[s] as [number, number][];
      if (list.length === 0) return initialTrust;
      let credit = 0;
      for (const [it, v] of list) {
        const item = items[it] as Item;
        const rho = weightOf(item.model);
        const conf = confidence[it] as number[];
        // full credit for the value's own confidence, partial for values it supports
        let c = conf[v] as number;
        const row = item.support[v] as number[];
        for (let j = 0; j < conf.length; j++) if (j !== v) c += rho * (row[j] as number) * (conf[j] as number);
        credit += Math.min(1, c);
      }
      return Math.min(TRUST_CEILING, Math.max(TRUST_FLOOR, credit / list.length));
    });

  /**
   * Copying leaves traces that do not depend on which values are true: copiers write the same values in the same
   * surface form ('12/1/11 2:06 PM (-05:00)'), and make the same mistakes. For each pair of sources sharing
   * items, the share of items where they wrote the very same string, against the share expected of independent
   * sources, gives the probability that one copies the other (or both copy a common origin).
   */
  const detectCopies = () => {
    copyProbability.clear();
    const counts = new Map<number, PairCounts>();
    const I = itemList.length;
    items.forEach((item, it) => {
      const bySource: [number, number][] = [];
      item.values.forEach((value, v) => {
        for (const s of value.sources) bySource.push([s, v]);
      });
      bySource.sort((a, b) => a[0] - b[0]);
      for (let i = 0; i < bySource.length; i++) {
        const [s1, v1] = bySource[i] as [number, number];
        const raw1 = rawOf.get(s1 * I + it);
        for (let j = i + 1; j < bySource.length; j++) {
          const [s2, v2] = bySource[j] as [number, number];
          if (s1 === s2) continue;
          const key = s1 * S + s2;
          let c = counts.get(key);
          if (!c) {
            c = { sameTrue: 0, sameFalse: 0, different: 0 };
            counts.set(key, c);
          }
          // sameFalse: the same surface form; sameTrue: the same value written differently
          if (v1 !== v2) c.different++;
          else if (raw1 === rawOf.get(s2 * I + it)) c.sameFalse++;
          else c.sameTrue++;
        }
      }
    });
    for (const [key, c] of counts) {
      const p = formDependence(c);
      if (p > 0.5) copyProbability.set(key, p);
    }
  };

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    computeConfidence();
    const next = computeTrust();
    const change = Math.max(0, ...next.map((t, i) => Math.abs(t - (trust[i] as number))));
    trust = next;
    if (copyDetection && iteration === 0) {
      detectCopies();
      continue;
    }
    if (change < 1e-4 && iteration > 1) break;
  }
  computeConfidence();

  const result: TruthResult = { items: [], sources: [] };
  items.forEach((item, it) => {
    if (item.values.length === 0) return;
    const conf = confidence[it] as number[];
    const ranked = item.values.map((_, v) => v).sort((a, b) => (conf[b] as number) - (conf[a] as number) || a - b);
    const describe = (v: number) => {
      const value = item.values[v] as Value;
      // the representative raw form: the one closest to what the trusted sources wrote (a medoid of the forms,
      // weighted by trust), discounted for scraped noise
      const forms = [...value.raws].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, 64);
      const weights = forms.map(([, writers]) => writers.reduce((sum, s) => sum + (trust[s] as number), 0));
      const tokens = forms.map(([raw]) => new Set(raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
      let bestRaw = forms[0]?.[0] ?? '';
      let bestScore = -1;
      forms.forEach(([raw], a) => {
        // forms with the same words count fully (the same spelling in another layout), others a little
        let agreement = 0;
        forms.forEach((_, b) => {
          const j = a === b ? 1 : jaccard(tokens[a] as Set<string>, tokens[b] as Set<string>);
          agreement += (weights[b] as number) * (j === 1 ? 1 : 0.1 * j);
        });
        const score = agreement * (item.model.quality?.(raw) ?? 1);
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
    const copies: { source: string; probability: number }[] = [];
    for (let o = 0; o < S; o++) {
      if (o === s) continue;
      const p = copyProbability.get(s < o ? s * S + o : o * S + s);
      if (p) copies.push({ source: sources[o] as string, probability: round(p) });
    }
    if (copies.length)
      entry.copies = copies.sort((a, b) => b.probability - a.probability || (a.source < b.source ? -1 : 1));
    return entry;
  });
  return result;
}
