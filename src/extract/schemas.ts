import * as z from 'zod/mini';
import { DIMENSIONS } from '../lexicon/units.js';

/**
 * An amount stated in a sentence, with its unit or what it counts, its hedge, and its value in base units.
 *
 * @example
 * analyze(seedInputs).claims.flatMap((c) => c.quantities).every((q) => QuantitySchema.safeParse(q).success) //=> true
 */
export const QuantitySchema = /* @__PURE__ */ (() =>
  z.object({
    /** The words as written ('some 800 kilometres (500 miles)'). */
    raw: z.string(),
    /** The stated number. */
    value: z.number(),
    /** The range the statement allows once its hedge is read ('nearly 500' → 450..500), in base units. */
    low: z.number(),
    high: z.number(),
    /** The stated value in base units (km, tonnes, hours, km/h, %), or the number itself for counts. */
    base: z.number(),
    dimension: z.enum(DIMENSIONS),
    /** The base unit ('km') or, for a count, the thing counted ('drones'). */
    unit: z.string(),
    /** The unit as written ('miles'), when there is one. */
    writtenUnit: z.optional(z.string()),
    hedge: z.optional(z.string()),
    /** Offsets in the sentence. */
    start: z.number(),
    end: z.number(),
  }))();

/**
 * A time or date stated in a sentence.
 *
 * @example
 * analyze(seedInputs).claims.flatMap((c) => c.times).every((t) => TimeRefSchema.safeParse(t).success) //=> true
 */
export const TimeRefSchema = /* @__PURE__ */ (() =>
  z.object({
    raw: z.string(),
    kind: z.enum(['clock', 'relative', 'date']),
    /** Minutes after midnight, in the zone of the statement (for a relative time: of the time it follows). */
    minutes: z.optional(z.number()),
    /** Minutes after midnight UTC, when the zone is known. */
    utcMinutes: z.optional(z.number()),
    /** The zone as written ('Moscow time', 'GMT', 'local time'). */
    zone: z.optional(z.string()),
    /** ISO date, for dates and weekdays resolved against the publication date. */
    date: z.optional(z.string()),
    /** For a relative time: minutes after the time it is anchored to. */
    offset: z.optional(z.number()),
    /** The raw form of the time a relative one is anchored to. */
    anchor: z.optional(z.string()),
    hedge: z.optional(z.string()),
    /** Hedged or approximate times cover a range of minutes. */
    low: z.optional(z.number()),
    high: z.optional(z.number()),
    start: z.number(),
    end: z.number(),
  }))();
