import * as z from 'zod/mini';
import { QuantitySchema, TimeRefSchema } from '../extract/schemas.js';
import { SpanSchema } from '../ingest/schemas.js';

/**
 * One statement of fact in one article, as a report gives it: its text and span, who the article says made it,
 * whether it is quoted, hedged or negated, and the quantities, times and entities it holds.
 *
 * @example
 * analyze(seedInputs).claims.every((c) => ClaimSchema.safeParse(c).success) //=> true
 */
export const ClaimSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    articleId: z.string(),
    outlet: z.string(),
    text: z.string(),
    /** Offsets into the input text. */
    span: SpanSchema,
    /** Who the article says made the statement; pronouns resolved to the previous speaker. */
    speaker: z.optional(z.string()),
    attributedTo: z.optional(z.string()),
    verb: z.optional(z.string()),
    citations: z.array(z.string()),
    quote: z.enum(['direct', 'paraphrase', 'none']),
    hedged: z.boolean(),
    negated: z.boolean(),
    quantities: z.array(z.extend(QuantitySchema, { span: SpanSchema })),
    times: z.array(z.extend(TimeRefSchema, { span: SpanSchema })),
    /** Ids of the entities the claim names. */
    entities: z.array(z.string()),
  }))();
