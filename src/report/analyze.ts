import * as z from 'zod/mini';
import { clusterClaims } from '../claims/clusterClaims.js';
import { type Claim, extractClaims } from '../claims/extractClaims.js';
import { resolveEntities } from '../entities/resolveEntities.js';
import { CorroborateError, schemaOnce } from '../errors.js';
import { alignFacts } from '../facts/alignFacts.js';
import { extractFacts } from '../facts/extractFacts.js';
import { parseArticle } from '../ingest/parseArticle.js';
import type { Article } from '../ingest/types.js';
import { type ArticleInput, DEFAULT_MAX_TEXT_LENGTH } from '../schema.js';
import { findDiscrepancies } from '../score/findDiscrepancies.js';
import { findMeasures } from '../score/findMeasures.js';
import { scoreEvent } from '../score/scoreEvent.js';
import { appendTo } from '../text/appendTo.js';
import { languageNote } from '../text/language.js';
import { formatReport } from './formatReport.js';
import type { Report } from './ReportSchema.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Longest accepted article text in UTF-16 code units; longer input throws a CorroborateError. Default 64 MiB. */
  maxTextLength?: number;
  /** Most articles accepted in one call. Default 10,000. */
  maxArticles?: number;
  /** Least similarity for two claims to be the same fact, 0..1. Default 0.3. */
  clusterThreshold?: number;
}

const optionsSchema = /* @__PURE__ */ schemaOnce(() =>
  z.optional(
    z.object({
      maxTextLength: z.optional(z.int().check(z.positive())),
      maxArticles: z.optional(z.int().check(z.positive())),
      clusterThreshold: z.optional(z.number().check(z.gte(0), z.lte(1))),
    }),
  ),
);

/**
 * Compares how several outlets report one event: reads each article, resolves the names they use, lines up their
 * claims, and scores agreement, discrepancies and source credibility. The result is plain JSON (see ReportSchema;
 * a notebook shows it as the HTML report through a non-enumerable `Symbol.for('Jupyter.display')` method)
 * with evidence spans into the texts given. Deterministic, and the order of the inputs changes nothing.
 *
 * @example
 * const report = analyze(seedInputs);
 * report.discrepancies.filter((d) => d.kind === 'number').map((d) => d.values.map((v) => v.raw[0]))
 * //=> [['some 800 kilometres (500 miles)', 'about 480 miles', 'nearly 500 miles'], ['around 160 kilometres', 'about 95 miles', 'just under 100 miles']]
 */
export function analyze(inputs: readonly ArticleInput[], options?: AnalyzeOptions): Report {
  if (!Array.isArray(inputs)) throw new CorroborateError('inputs', 'expected an array of articles');
  const parsedOptions = optionsSchema().safeParse(options);
  if (!parsedOptions.success) {
    const issue = parsedOptions.error.issues[0];
    throw new CorroborateError(`options.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'is not valid');
  }
  const opts = parsedOptions.data ?? {};
  const maxArticles = opts.maxArticles ?? 10_000;
  if (inputs.length > maxArticles) {
    throw new CorroborateError('inputs', `holds ${inputs.length} articles, more than maxArticles (${maxArticles})`);
  }
  const articles: Article[] = inputs.map((input, i) => {
    try {
      return parseArticle(input, { maxTextLength: opts.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH });
    } catch (error) {
      if (error instanceof CorroborateError) throw error.within(`inputs[${i}]`);
      throw error;
    }
  });
  const seen = new Map<string, number>();
  articles.forEach((a, i) => {
    const before = seen.get(a.id);
    if (before !== undefined)
      throw new CorroborateError(`inputs[${i}].id`, `repeats the id ${JSON.stringify(a.id)} of inputs[${before}]`);
    seen.set(a.id, i);
  });
  // a fixed order whatever the order of the inputs
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort();
  const entities = resolveEntities(articles);
  const claims = articles.flatMap((a) => extractClaims(a, entities, { outlets }));
  const clusters = clusterClaims(
    claims,
    opts.clusterThreshold !== undefined ? { threshold: opts.clusterThreshold } : {},
  );
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) appendTo(claimsOf, c.articleId, c);
  const facts = articles.flatMap((a) => extractFacts(a, claimsOf.get(a.id) ?? [], entities));
  const slots = alignFacts(facts);
  const measures = findMeasures(claims, clusters);
  const discrepancies = findDiscrepancies(measures, entities, claims, clusters, slots);
  const scored = scoreEvent(claims, clusters, measures, discrepancies, outlets, slots);
  const report: Report = {
    articles: articles.map((a) => {
      const note = languageNote(a.language);
      return {
        id: a.id,
        outlet: a.outlet,
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.url !== undefined ? { url: a.url } : {}),
        ...(a.publishedAt !== undefined ? { publishedAt: a.publishedAt } : {}),
        sentences: a.sentences.filter((s) => !s.heading).length,
        ...(a.removed.length ? { removed: a.removed.map((r) => ({ reason: r.reason, span: r.span })) } : {}),
        ...(a.language !== undefined ? { language: a.language } : {}),
        ...(note !== undefined ? { note } : {}),
      };
    }),
    entities: entities.map((e) => ({
      ...e,
      variants: e.variants.map((v) => ({ ...v })),
      mentions: e.mentions.map((m) => ({ ...m })),
    })),
    claims: claims.map(({ terms: _terms, sentence: _sentence, publishedAt: _p, speakerEntity: _s, ...c }) => c),
    clusters: scored.clusters,
    measures,
    discrepancies,
    sources: scored.sources,
    consistency: scored.consistency,
  };
  // Notebooks (Deno's Jupyter kernel and others) call this to show the report; it is not part of the data.
  const given = inputs.slice();
  Object.defineProperty(report, JUPYTER_DISPLAY, {
    value: () => ({
      'text/html': formatReport(report, 'html', { inputs: given }),
      'text/plain': formatReport(report, 'text'),
    }),
    enumerable: false,
  });
  return report;
}

/** The method by which Jupyter kernels (Deno's among them) ask an object for its rich display. */
const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');
