import * as z from 'zod/mini';
import { SpanSchema } from '../ingest/schemas.js';
import { NameKindSchema } from '../schema.js';

/**
 * One spelling of an entity's name, with the outlets that wrote it.
 *
 * @example
 * EntityVariantSchema.safeParse({ form: 'Tetkino', outlets: ['Reuters'], count: 2 }).success //=> true
 */
export const EntityVariantSchema = /* @__PURE__ */ (() =>
  z.object({ form: z.string(), outlets: z.array(z.string()), count: z.int() }))();

/**
 * A person, place or organization as named across outlets.
 *
 * @example
 * analyze(seedInputs).entities.every((e) => EntitySchema.safeParse(e).success) //=> true
 */
export const EntitySchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    /** The form most outlets use. */
    canonical: z.string(),
    kind: NameKindSchema,
    variants: z.array(EntityVariantSchema),
    /** Where it is mentioned: article id and mention index in extractMentions order. */
    mentions: z.array(
      z.object({
        articleId: z.string(),
        outlet: z.string(),
        form: z.string(),
        sentence: z.int(),
        span: SpanSchema,
        /** For a name written inside a longer one ('Mt Cook' in 'Mt Cook Village'), that longer name. */
        within: z.optional(z.string()),
      }),
    ),
  }))();
