/** Appends `value` to the list kept under `key`, creating it: O(1), unlike rebuilding the list with a spread. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
