import * as z from 'zod/mini';
import { SpanSchema } from '../ingest/schemas.js';

/**
 * One outlet's reading of a measure.
 *
 * @example
 * ReadingSchema.safeParse(analyze(seedInputs).measures[0]?.readings[0]).success //=> true
 */
export const ReadingSchema = /* @__PURE__ */ (() =>
  z.object({
    claimId: z.string(),
    articleId: z.string(),
    outlet: z.string(),
    publishedAt: z.optional(z.string()),
    raw: z.string(),
    /** Value in base units (km, tonnes, hours, a count), or minutes after midnight for times. */
    value: z.number(),
    low: z.number(),
    high: z.number(),
    /** Times: minutes after midnight UTC when the zone is known. */
    utc: z.optional(z.number()),
    hedge: z.optional(z.string()),
    span: SpanSchema,
  }))();

/**
 * The same quantity or time as reported by several outlets: a refinery's distance from the border, an attack's hour.
 *
 * @example
 * MeasureSchema.safeParse(analyze(seedInputs).measures[0]).success //=> true
 */
export const MeasureSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    kind: z.enum(['number', 'count', 'time']),
    /** What is measured, in words ('km', 'drones', 'time'). */
    unit: z.string(),
    /** Clusters the readings' claims belong to. */
    clusterIds: z.array(z.string()),
    readings: z.array(ReadingSchema),
  }))();

/**
 * The kinds of disagreement, kept apart because users act on them differently (see the Report in DESIGN.md).
 *
 * @example
 * DiscrepancyKindSchema.safeParse('count').success //=> true
 */
export const DiscrepancyKindSchema = /* @__PURE__ */ (() =>
  z.enum(['spelling', 'name', 'number', 'time', 'date', 'count', 'descriptor', 'contested']))();

/**
 * One of the values outlets give for the subject of a discrepancy.
 *
 * @example
 * DiscrepancyValueSchema.safeParse({ value: '5', raw: ['five'], outlets: ['AFP'], evidence: [] }).success //=> true
 */
export const DiscrepancyValueSchema = /* @__PURE__ */ (() =>
  z.object({
    value: z.string(),
    /** The surface forms exactly as the outlets wrote them. */
    raw: z.array(z.string()),
    outlets: z.array(z.string()),
    /**
     * Evidence: the spans behind this value, each with the claim it lies in. A name can stand where no claim is (a
     * headline, a line too short to state anything): its evidence then has no `claimId`.
     */
    evidence: z.array(z.object({ claimId: z.optional(z.string()), articleId: z.string(), span: SpanSchema })),
    /** For a value a party asserts against another party's (`contested`): who asserts it, as the articles say. */
    parties: z.optional(z.array(z.string())),
  }))();

/**
 * One disagreement between outlets: its kind, subject, severity (0..1), explanation and each side with its evidence.
 *
 * @example
 * analyze(seedInputs).discrepancies.every((d) => DiscrepancySchema.safeParse(d).success) //=> true
 */
export const DiscrepancySchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    kind: DiscrepancyKindSchema,
    subject: z.string(),
    /** 0..1: how far apart the values are once units, hedges and updates are accounted for. */
    severity: z.number().check(z.gte(0), z.lte(1)),
    explanation: z.string(),
    clusterId: z.optional(z.string()),
    entityId: z.optional(z.string()),
    measureId: z.optional(z.string()),
    /** The values differ as a story developed: listed in publication order. */
    developing: z.optional(z.boolean()),
    /**
     * Each value is a party's, against another party's ('the ministry said 12 were killed; Kyiv said no one was'):
     * outlets that report them are not in conflict with each other, and the values carry their `parties`.
     */
    contested: z.optional(z.boolean()),
    values: z.array(DiscrepancyValueSchema),
  }))();

/**
 * One claim cluster with its status, its independent outlets, agreement and discrepancy (0..1).
 *
 * @example
 * ScoredClusterSchema.safeParse(analyze(seedInputs).clusters[0]).success //=> true
 */
export const ScoredClusterSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    claimIds: z.array(z.string()),
    outlets: z.array(z.string()),
    independentOutlets: z.int().check(z.nonnegative()),
    status: z.enum(['corroborated', 'single-source', 'disputed', 'contested']),
    agreement: z.number().check(z.gte(0), z.lte(1)),
    discrepancy: z.number().check(z.gte(0), z.lte(1)),
    summary: z.string(),
  }))();

/**
 * One outlet's credibility (0..1) with its components (accuracy, corroboration, independence) and its counts.
 *
 * @example
 * SourceScoreSchema.safeParse(analyze(seedInputs).sources[0]).success //=> true
 */
export const SourceScoreSchema = /* @__PURE__ */ (() =>
  z.object({
    outlet: z.string(),
    credibility: z.number().check(z.gte(0), z.lte(1)),
    components: z.record(z.string(), z.number()),
    claims: z.int().check(z.nonnegative()),
    corroborated: z.int().check(z.nonnegative()),
    disputed: z.int().check(z.nonnegative()),
    singleSource: z.int().check(z.nonnegative()),
    dependsOn: z.array(z.string()),
  }))();
