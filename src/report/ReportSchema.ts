import * as z from 'zod/mini';
import { EntitySchema } from '../entities/schemas.js';
import { DiscrepancySchema, MeasureSchema, ScoredClusterSchema, SourceScoreSchema } from '../score/schemas.js';

const Span = /* @__PURE__ */ (() => z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]))();

const QuantitySchema = /* @__PURE__ */ (() =>
  z.object({
    raw: z.string(),
    value: z.number(),
    low: z.number(),
    high: z.number(),
    base: z.number(),
    dimension: z.string(),
    unit: z.string(),
    writtenUnit: z.optional(z.string()),
    hedge: z.optional(z.string()),
    start: z.number(),
    end: z.number(),
    span: Span,
  }))();

const TimeRefSchema = /* @__PURE__ */ (() =>
  z.object({
    raw: z.string(),
    kind: z.enum(['clock', 'relative', 'date']),
    minutes: z.optional(z.number()),
    utcMinutes: z.optional(z.number()),
    zone: z.optional(z.string()),
    date: z.optional(z.string()),
    offset: z.optional(z.number()),
    anchor: z.optional(z.string()),
    hedge: z.optional(z.string()),
    low: z.optional(z.number()),
    high: z.optional(z.number()),
    start: z.number(),
    end: z.number(),
    span: Span,
  }))();

/**
 * The zod schema of a Report: plain JSON, no Map, Date or class instances. A report stored as JSON and read back
 * is checked and typed by it.
 *
 * @example
 * const report = ReportSchema.parse(JSON.parse(formatReport(analyze(seedInputs), 'json')));
 * report.discrepancies.find((d) => d.kind === 'time')?.values.map((v) => v.value) //=> ['08:00', '08:25']
 */
export const ReportSchema = /* @__PURE__ */ (() =>
  z.object({
    articles: z.array(
      z.object({
        id: z.string(),
        outlet: z.string(),
        title: z.optional(z.string()),
        publishedAt: z.optional(z.string()),
        sentences: z.int().check(z.nonnegative()),
        /** The article's language as given (BCP 47). */
        language: z.optional(z.string()),
        /** Why the article is read in part: written in a language corroborate does not read (names only). */
        note: z.optional(z.string()),
      }),
    ),
    entities: z.array(EntitySchema),
    claims: z.array(
      z.object({
        id: z.string(),
        articleId: z.string(),
        outlet: z.string(),
        text: z.string(),
        span: Span,
        speaker: z.optional(z.string()),
        attributedTo: z.optional(z.string()),
        verb: z.optional(z.string()),
        citations: z.array(z.string()),
        quote: z.enum(['direct', 'paraphrase', 'none']),
        hedged: z.boolean(),
        negated: z.boolean(),
        quantities: z.array(QuantitySchema),
        times: z.array(TimeRefSchema),
        entities: z.array(z.string()),
      }),
    ),
    clusters: z.array(ScoredClusterSchema),
    measures: z.array(MeasureSchema),
    discrepancies: z.array(DiscrepancySchema),
    sources: z.array(SourceScoreSchema),
    consistency: z.number().check(z.gte(0), z.lte(1)),
  }))();

/** The result of analyze: what each outlet says, where they agree and disagree, and how credible each is. */
export type Report = z.infer<typeof ReportSchema>;
