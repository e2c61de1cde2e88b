import levenshtein from 'fast-levenshtein';
import { foldWords } from '../../text/foldWords.js';
import type { ValueModel } from '../types.js';

/** Free text: equal after folding; near-equal strings support each other by their edit similarity. */
export const textModel: ValueModel<string> = {
  parse(raw) {
    const folded = foldWords(raw);
    return folded ? { key: folded, data: folded } : undefined;
  },
  support(from, to) {
    if (from === to) return 1;
    const longest = Math.max(from.length, to.length);
    if (Math.abs(from.length - to.length) > longest * 0.2) return 0;
    const similarity = 1 - levenshtein.get(from, to) / longest;
    return similarity >= 0.8 ? similarity : 0;
  },
};
