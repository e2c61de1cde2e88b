/**
 * A function of one string that remembers its answers, for hot paths where the same words come back again and
 * again. The memory is bounded: past `limit` answers it is forgotten at once, so a long run cannot grow it without
 * end. Answers may be undefined.
 */
export function memoize<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = fn(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
