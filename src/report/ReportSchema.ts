import * as z from 'zod/mini';
import { NameKindSchema } from '../schema.js';

const Span = z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]);

const QuantitySchema = z.object({
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
});

const TimeRefSchema = z.object({
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
});

const Evidence = z.object({ claimId: z.optional(z.string()), articleId: z.string(), span: Span });

/**
 * The zod schema of a Report: plain JSON, no Map, Date or class instances. A report stored as JSON and read back
 * is checked and typed by it.
 *
 * @example
 * const report = ReportSchema.parse(JSON.parse(formatReport(analyze(seedInputs), 'json')));
 * report.discrepancies.find((d) => d.kind === 'time')?.values.map((v) => v.value) //=> ['08:00', '08:25']
 */
export const ReportSchema = z.object({
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
  entities: z.array(
    z.object({
      id: z.string(),
      canonical: z.string(),
      kind: NameKindSchema,
      variants: z.array(z.object({ form: z.string(), outlets: z.array(z.string()), count: z.int() })),
      mentions: z.array(
        z.object({
          articleId: z.string(),
          outlet: z.string(),
          form: z.string(),
          sentence: z.int(),
          span: Span,
          within: z.optional(z.string()),
        }),
      ),
    }),
  ),
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
  clusters: z.array(
    z.object({
      id: z.string(),
      claimIds: z.array(z.string()),
      outlets: z.array(z.string()),
      independentOutlets: z.int().check(z.nonnegative()),
      status: z.enum(['corroborated', 'single-source', 'disputed', 'contested']),
      agreement: z.number().check(z.gte(0), z.lte(1)),
      discrepancy: z.number().check(z.gte(0), z.lte(1)),
      summary: z.string(),
    }),
  ),
  measures: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['number', 'count', 'time']),
      unit: z.string(),
      clusterIds: z.array(z.string()),
      readings: z.array(
        z.object({
          claimId: z.string(),
          articleId: z.string(),
          outlet: z.string(),
          publishedAt: z.optional(z.string()),
          raw: z.string(),
          value: z.number(),
          low: z.number(),
          high: z.number(),
          utc: z.optional(z.number()),
          hedge: z.optional(z.string()),
          span: Span,
        }),
      ),
    }),
  ),
  discrepancies: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['spelling', 'name', 'number', 'time', 'date', 'count', 'descriptor', 'contested']),
      subject: z.string(),
      severity: z.number().check(z.gte(0), z.lte(1)),
      explanation: z.string(),
      clusterId: z.optional(z.string()),
      entityId: z.optional(z.string()),
      measureId: z.optional(z.string()),
      developing: z.optional(z.boolean()),
      contested: z.optional(z.boolean()),
      values: z.array(
        z.object({
          value: z.string(),
          raw: z.array(z.string()),
          outlets: z.array(z.string()),
          evidence: z.array(Evidence),
          parties: z.optional(z.array(z.string())),
        }),
      ),
    }),
  ),
  sources: z.array(
    z.object({
      outlet: z.string(),
      credibility: z.number().check(z.gte(0), z.lte(1)),
      components: z.record(z.string(), z.number()),
      claims: z.int().check(z.nonnegative()),
      corroborated: z.int().check(z.nonnegative()),
      disputed: z.int().check(z.nonnegative()),
      singleSource: z.int().check(z.nonnegative()),
      dependsOn: z.array(z.string()),
    }),
  ),
  consistency: z.number().check(z.gte(0), z.lte(1)),
});

/** The result of analyze: what each outlet says, where they agree and disagree, and how credible each is. */
export type Report = z.infer<typeof ReportSchema>;
