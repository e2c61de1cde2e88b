import * as z from 'zod/mini';
import { ClaimSchema } from '../claims/schemas.js';
import { EntitySchema } from '../entities/schemas.js';
import { SpanSchema } from '../ingest/schemas.js';
import { DiscrepancySchema, MeasureSchema, ScoredClusterSchema, SourceScoreSchema } from '../score/schemas.js';

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
        url: z.optional(z.string()),
        publishedAt: z.optional(z.string()),
        sentences: z.int().check(z.nonnegative()),
        /**
         * The lines left out of the comparison (advertisements, bylines, loading markers), each with why and its
         * span in the input text.
         */
        removed: z.optional(z.array(z.object({ reason: z.string(), span: SpanSchema }))),
        /** The article's language as given (BCP 47). */
        language: z.optional(z.string()),
        /** Why the article is read in part: written in a language corroborate does not read (names only). */
        note: z.optional(z.string()),
      }),
    ),
    entities: z.array(EntitySchema),
    claims: z.array(ClaimSchema),
    clusters: z.array(ScoredClusterSchema),
    measures: z.array(MeasureSchema),
    discrepancies: z.array(DiscrepancySchema),
    sources: z.array(SourceScoreSchema),
    consistency: z.number().check(z.gte(0), z.lte(1)),
  }))();

/** The result of analyze: what each outlet says, where they agree and disagree, and how credible each is. */
export type Report = z.infer<typeof ReportSchema>;
