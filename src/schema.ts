import * as z from 'zod/mini';
import { NAME_KINDS, type NameKind } from './names/checkArguments.js';

/**
 * Default upper bound on the length of one article's text, in UTF-16 code units (64 MiB); longer texts are rejected
 * with a CorroborateError unless analyze or parseArticle is given another maxTextLength.
 *
 * @example
 * DEFAULT_MAX_TEXT_LENGTH //=> 67108864
 */
export const DEFAULT_MAX_TEXT_LENGTH = 64 * 1024 * 1024;

const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'expected an ISO 8601 date (2024-03-12) or date-time (2024-03-12T08:00:00Z)',
});

/**
 * The zod schema of one article as the user gives it; analyze and parseArticle check their inputs with it.
 *
 * @example
 * ArticleInputSchema.safeParse({ outlet: 'Reuters', text: 'Kyiv: Fighters said they crossed into Russia.' }).success //=> true
 * ArticleInputSchema.safeParse({ outlet: '', text: 'x' }).success //=> false
 */
export const ArticleInputSchema = z.strictObject({
  id: z.optional(
    z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be at most 200 characters')),
  ),
  outlet: z.string().check(z.trim(), z.minLength(1, 'must name the outlet (a non-empty string)'), z.maxLength(200)),
  text: z.string({ error: 'expected the article text as a string' }),
  title: z.optional(z.string().check(z.maxLength(2000))),
  url: z.optional(z.string().check(z.maxLength(8000))),
  publishedAt: z.optional(isoDateOrDateTime),
  language: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as en or en-GB')),
  ),
});

/** One article as the user gives it: outlet and text, with id, title, url, publishedAt and language optional. */
export type ArticleInput = z.input<typeof ArticleInputSchema>;

/** The kind of a name: decides which matching rules apply. */
export const NameKindSchema = z.enum(NAME_KINDS);
export type { NameKind };
