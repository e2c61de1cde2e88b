import * as z from 'zod/mini';
import { CorroborateError, schemaOnce, validate } from '../errors.js';
import { runTruthDiscovery } from './core.js';
import type { SourceClaim, TruthOptions, TruthResult, ValueKind, ValueModel } from './types.js';
import { categoryModel } from './values/category.js';
import { namesModel } from './values/names.js';
import { numberModel } from './values/number.js';
import { textModel } from './values/text.js';
import { timeModel } from './values/time.js';

const valueKindSchema = /* @__PURE__ */ schemaOnce(() => z.enum(['text', 'names', 'number', 'time', 'category']));
const optionsSchema = /* @__PURE__ */ schemaOnce(() =>
  z.optional(
    z.object({
      kind: z.optional(
        z.union([valueKindSchema(), z.custom<(item: string) => ValueKind>((v) => typeof v === 'function')]),
      ),
      referenceDate: z.optional(z.iso.date({ error: 'expected an ISO 8601 date such as 2011-12-01' })),
      tolerance: z.optional(z.number().check(z.positive())),
      copyDetection: z.optional(z.boolean()),
      maxIterations: z.optional(z.int().check(z.gte(1), z.lte(1000))),
      initialTrust: z.optional(z.number().check(z.gt(0), z.lt(1))),
      similarityWeight: z.optional(z.number().check(z.gte(0), z.lte(1))),
    }),
  ),
);

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
  const opts = validate(optionsSchema(), options, 'options') ?? {};
  const kindOf = typeof opts.kind === 'function' ? opts.kind : () => (opts.kind as ValueKind | undefined) ?? 'text';
  const models = new Map<ValueKind, ValueModel>();
  const modelOf = (item: string) => {
    const kind = kindOf(item);
    let m = models.get(kind);
    if (!m) {
      if (!valueKindSchema().safeParse(kind).success)
        throw new CorroborateError('options.kind', `unknown value kind ${JSON.stringify(kind)}`);
      m = modelFor(kind, opts.tolerance, opts.referenceDate);
      models.set(kind, m);
    }
    return m;
  };
  return runTruthDiscovery(claims, modelOf, opts);
}
