// Hedges, two kinds: words before a number that widen it to a range ('about 300', 'at least five'), and words that
// make a whole statement unconfirmed ('reportedly', 'allegedly'). English news vocabulary.

/**
 * Hedges before a number and how far they widen it, as [low factor, high factor] of the stated value.
 * 'at least 2' is 2..∞; 'nearly 500' is just below 500; 'about 95' is 95 ± 10 %.
 */
export const HEDGES: Readonly<Record<string, [number, number]>> = {
  about: [0.9, 1.1],
  around: [0.9, 1.1],
  approximately: [0.9, 1.1],
  roughly: [0.9, 1.1],
  some: [0.9, 1.1],
  'an estimated': [0.85, 1.15],
  estimated: [0.85, 1.15],
  nearly: [0.9, 1],
  almost: [0.9, 1],
  'just under': [0.9, 1],
  'just over': [1, 1.1],
  'close to': [0.9, 1],
  'up to': [0, 1],
  'as many as': [0.5, 1],
  'at least': [1, 10],
  'more than': [1, 1.5],
  over: [1, 1.5],
  'fewer than': [0.5, 1],
  'less than': [0.5, 1],
  under: [0.5, 1],
  'at most': [0, 1],
  'no fewer than': [1, 10],
  'no more than': [0, 1],
  'upwards of': [1, 1.5],
  'well over': [1.1, 2],
};

/** Words that put a statement at one remove from fact. */
export const HEDGE_WORDS =
  /\b(purportedly|reportedly|apparently|allegedly|seemingly|supposedly|claimed|claims|claiming|purported|alleged|appeared to|appears to|seemed to|said to|could not (?:be )?independently (?:verify|verified|confirm)|unverified|unconfirmed|may have|might have|possibly|likely|believed to)\b/i;
