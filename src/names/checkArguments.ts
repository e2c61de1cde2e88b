import { CorroborateError, describe } from '../errors.js';
/**
 * The kinds of a name: the one list NameKind, NameKindSchema and the Report's schema are made from (kept here, not
 * in a zod schema, so that name matching alone needs no zod).
 *
 * @example
 * NAME_KINDS.includes('place') //=> true
 */
export const NAME_KINDS = ['person', 'place', 'organization', 'other'] as const;

/** The kind of a name: 'person', 'place', 'organization' or 'other'. */
export type NameKind = (typeof NAME_KINDS)[number];
const KINDS = new Set<string>(NAME_KINDS);

/**
 * The checks of compareNames' and normalizeName's arguments, written by hand: a name is a string, options are
 * undefined or an object whose kind is one of NAME_KINDS. Bad input is a CorroborateError naming the field.
 * (zod would add 20 KB to a bundle that needs name matching alone.)
 */
export function checkName(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string') throw new CorroborateError(field, `expected a string, got ${describe(value)}`);
}

export function checkKind(options: unknown, field = 'options'): NameKind | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new CorroborateError(field, `expected an object such as { kind: 'person' }, got ${describe(options)}`);
  const kind = (options as { kind?: unknown }).kind;
  if (kind === undefined) return undefined;
  if (typeof kind !== 'string' || !KINDS.has(kind))
    throw new CorroborateError(
      `${field}.kind`,
      `expected one of ${NAME_KINDS.join(', ')}, got ${typeof kind === 'string' ? JSON.stringify(kind) : describe(kind)}`,
    );
  return kind as NameKind;
}
