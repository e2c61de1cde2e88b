/**
 * Copy detection in the spirit of Dong, Berti-Equille & Srivastava (VLDB 2009): two sources that share many
 * values, above all values deemed false, are more likely to copy one another (or a common origin) than to be
 * independent. For each pair of sources that share items it compares the likelihood of what they share under
 * copying and under independence, and returns the posterior probability of dependence.
 */
export interface PairCounts {
  /** Items where both give the same value and it is the chosen one. */
  sameTrue: number;
  /** Items where both give the same value and it is not the chosen one. */
  sameFalse: number;
  /** Items where they give different values. */
  different: number;
}

export interface CopyModel {
  /** Prior probability that two sources are dependent. */
  prior: number;
  /** Probability that a copier copies a given value rather than providing its own. */
  copyRate: number;
  /** Number of false values an item is assumed to have, which makes shared false values telling. */
  falseValues: number;
}

export const DEFAULT_COPY_MODEL: CopyModel = { prior: 0.2, copyRate: 0.8, falseValues: 20 };

/** Posterior probability that two sources with trusts `a` and `b` are dependent, given what they share. */
export function dependence(counts: PairCounts, a: number, b: number, model: CopyModel = DEFAULT_COPY_MODEL): number {
  const { prior, copyRate: c, falseValues: n } = model;
  const pTrue = a * b;
  const pFalse = ((1 - a) * (1 - b)) / n;
  const pDiff = Math.max(1e-9, 1 - pTrue - pFalse);
  const trust = (a + b) / 2;
  const logIndependent =
    counts.sameTrue * Math.log(pTrue) + counts.sameFalse * Math.log(pFalse) + counts.different * Math.log(pDiff);
  // Sharing true values is what accurate independent sources do too: it is no evidence either way, so it is
  // scored alike under both hypotheses. Shared false values are the evidence of copying; differences the evidence
  // against it.
  const logDependent =
    counts.sameTrue * Math.log(pTrue) +
    counts.sameFalse * Math.log(c * (1 - trust) + (1 - c) * pFalse) +
    counts.different * Math.log((1 - c) * pDiff);
  const ratio = Math.exp(Math.min(700, Math.max(-700, logIndependent - logDependent)));
  return 1 / (1 + ((1 - prior) / prior) * ratio);
}

/**
 * Probability that two sources are dependent from how they write what they share: `sameFalse` counts items
 * written in the very same form, `sameTrue` items with the same value in different forms, `different` items with
 * different values. Independent sources agree in form on a minority of items; copiers on nearly all.
 */
export function formDependence(counts: PairCounts, model: CopyModel = DEFAULT_COPY_MODEL): number {
  const shared = counts.sameTrue + counts.sameFalse + counts.different;
  if (shared < 3) return 0;
  // likelihood of writing the same form per shared item: independent 0.3, dependent 0.95
  const same = counts.sameFalse;
  const other = shared - same;
  const logDependent = same * Math.log(0.95) + other * Math.log(0.05);
  const logIndependent = same * Math.log(0.3) + other * Math.log(0.7);
  const ratio = Math.exp(Math.min(700, Math.max(-700, logIndependent - logDependent)));
  return 1 / (1 + ((1 - model.prior) / model.prior) * ratio);
}
