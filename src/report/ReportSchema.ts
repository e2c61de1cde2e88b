import { z } from 'zod';

const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const NameKind = z.enum(['person', 'place', 'organization', 'other']);

const QuantitySchema = z.object({
  raw: z.string(),
  value: z.number(),
  low: z.number(),
  high: z.number(),
  base: z.number(),
  dimension: z.string(),
  unit: z.string(),
  writtenUnit: z.string().optional(),
  hedge: z.string().optional(),
  start: z.number(),
  end: z.number(),
  span: Span,
});

const TimeRefSchema = z.object({
  raw: z.string(),
  kind: z.enum(['clock', 'relative', 'date']),
  minutes: z.number().optional(),
  utcMinutes: z.number().optional(),
  zone: z.string().optional(),
  date: z.string().optional(),
  offset: z.number().optional(),
  anchor: z.string().optional(),
  hedge: z.string().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  start: z.number(),
  end: z.number(),
  span: Span,
});

const Evidence = z.object({ claimId: z.string(), articleId: z.string(), span: Span });

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
      title: z.string().optional(),
      publishedAt: z.string().optional(),
      sentences: z.number().int().nonnegative(),
    }),
  ),
  entities: z.array(
    z.object({
      id: z.string(),
      canonical: z.string(),
      kind: NameKind,
      variants: z.array(z.object({ form: z.string(), outlets: z.array(z.string()), count: z.number().int() })),
      mentions: z.array(
        z.object({
          articleId: z.string(),
          outlet: z.string(),
          form: z.string(),
          sentence: z.number().int(),
          span: Span,
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
      speaker: z.string().optional(),
      attributedTo: z.string().optional(),
      verb: z.string().optional(),
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
      independentOutlets: z.number().int().nonnegative(),
      status: z.enum(['corroborated', 'single-source', 'disputed', 'contested']),
      agreement: z.number().min(0).max(1),
      discrepancy: z.number().min(0).max(1),
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
          publishedAt: z.string().optional(),
          raw: z.string(),
          value: z.number(),
          low: z.number(),
          high: z.number(),
          utc: z.number().optional(),
          hedge: z.string().optional(),
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
      severity: z.number().min(0).max(1),
      explanation: z.string(),
      clusterId: z.string().optional(),
      entityId: z.string().optional(),
      measureId: z.string().optional(),
      developing: z.boolean().optional(),
      values: z.array(
        z.object({
          value: z.string(),
          raw: z.array(z.string()),
          outlets: z.array(z.string()),
          evidence: z.array(Evidence),
        }),
      ),
    }),
  ),
  sources: z.array(
    z.object({
      outlet: z.string(),
      credibility: z.number().min(0).max(1),
      components: z.record(z.string(), z.number()),
      claims: z.number().int().nonnegative(),
      corroborated: z.number().int().nonnegative(),
      disputed: z.number().int().nonnegative(),
      singleSource: z.number().int().nonnegative(),
      dependsOn: z.array(z.string()),
    }),
  ),
  consistency: z.number().min(0).max(1),
});

/** The result of analyze: what each outlet says, where they agree and disagree, and how credible each is. */
export type Report = z.infer<typeof ReportSchema>;
