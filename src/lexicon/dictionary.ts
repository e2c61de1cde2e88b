/**
 * A word table with no prototype: looking up a word of the text ('constructor', 'toString') finds nothing unless
 * the table holds it, where a plain object would answer with Object.prototype's own members.
 *
 * @example
 * dictionary({ m: 1e6 }).constructor //=> undefined
 */
export function dictionary<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
