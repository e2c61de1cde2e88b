import * as z from 'zod/mini';

/** [start, end) offsets into an article's input text: the zod schema of a Span, for the report's schemas. */
export const SpanSchema = /* @__PURE__ */ (() =>
  z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]))();
