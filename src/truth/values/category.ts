import type { ValueModel } from '../types.js';

/** Labels that may stand before a category value without changing it ('Gate D5' = 'D5'). */
const LABELS = /^(gate|gates|gte|platform|stand|track)\b/;

/** Categories: equal after folding case, marks, punctuation, a leading label and leading zeros. */
export const categoryModel: ValueModel<string> = {
  parse(raw) {
    const folded = raw
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .trim()
      .replace(LABELS, '')
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .replace(/^0+(?=\d)/, '')
      .toUpperCase();
    return folded ? { key: folded, data: folded } : undefined;
  },
  support(from, to) {
    return from === to ? 1 : 0;
  },
};
