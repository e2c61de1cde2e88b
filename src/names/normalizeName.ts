import type { NameKind } from '../schema.js';
import { memoize } from '../text/memoize.js';
import { checkKind, checkName } from './checkArguments.js';
import { foldScript } from './foldScript.js';
import { splitWords } from './nameParts.js';
import { wordKey } from './wordKey.js';

/** Options of {@link normalizeName}. */
export interface NormalizeNameOptions {
  kind?: NameKind;
}

/**
 * The matching key of a name: the same for spellings that differ only by romanization system, diacritics, case,
 * punctuation, apostrophes, homoglyphs or script. Words are keyed one by one and joined by single spaces.
 *
 * @example
 * normalizeName('Tyotkino') //=> 'tetkino'
 * normalizeName('Тёткино') //=> 'tetkino'
 * normalizeName("Luhans'k") === normalizeName('Луганськ') //=> true
 */
export function normalizeName(name: string, options?: NormalizeNameOptions): string {
  checkName(name, 'name');
  checkKind(options);
  return nameKey(name);
}

/** normalizeName without the checks of its arguments, remembered: for the library's own hot paths. */
export const nameKey = /* @__PURE__ */ memoize((name: string): string => {
  const keys: string[] = [];
  for (const word of splitWords(name)) {
    const key = wordKey(foldScript(word));
    if (key) keys.push(key);
  }
  return keys.join(' ');
}, 50_000);
