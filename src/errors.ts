import type * as z from 'zod/mini';

/**
 * The one error class corroborate throws on bad input. `field` names the input path that was wrong
 * (`inputs[2].publishedAt`, `name`), and the message says what was wrong with it.
 *
 * @example
 * try { parseArticle({ outlet: '', text: 'x' }) } catch (e) { e instanceof CorroborateError } //=> true
 */
export class CorroborateError extends Error {
  override readonly name = 'CorroborateError';
  /** Path of the offending input field, such as `text` or `inputs[1].outlet`. */
  readonly field: string;
  /** What is wrong with it, without the field: the message is `${field}: ${problem}`. */
  readonly problem: string;

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.field = field;
    this.problem = problem;
  }

  /**
   * The same problem one level down in a larger input: `error.within('inputs[2]')` turns `text: is empty` into
   * `inputs[2].text: is empty` (a problem with the whole input, field `input`, becomes `inputs[2]`).
   */
  within(parent: string): CorroborateError {
    return new CorroborateError(this.field === 'input' ? parent : `${parent}.${this.field}`, this.problem);
  }
}

/** What a wrong value is, for a message: 'null', 'an array' or its typeof. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function pathOf(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'input';
}

/**
 * A schema built on first use. Module-level `z.object(...)` calls run when the module loads and keep the whole
 * schema (and zod) in any bundle that imports the module, even for a function that never validates; a schema
 * behind this wrapper costs nothing until its function is called.
 */
export function schemaOnce<T extends z.ZodMiniType>(build: () => T): () => T {
  let schema: T | undefined;
  return () => {
    schema ??= build();
    return schema;
  };
}

/** Validates `value` with a zod schema and turns the first problem into a CorroborateError. */
export function validate<T extends z.ZodMiniType>(schema: T, value: unknown, base = 'input'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new CorroborateError(base, 'is not valid');
  const field = pathOf(base === 'input' && issue.path.length ? '' : base, issue.path);
  let received = '';
  if (issue.code === 'invalid_type') {
    let at: unknown = value;
    for (const key of issue.path)
      at = at == null ? undefined : (at as Record<PropertyKey, unknown>)[key as PropertyKey];
    received = `, got ${describe(at)}`;
  }
  throw new CorroborateError(field, `${issue.message}${received}`);
}
