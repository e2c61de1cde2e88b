/**
 * Copy detection from the form of shared values, after the idea of Dong, Berti-Equille and Srivastava (VLDB 2009)
 * that sources sharing what independent sources rarely share are likely to copy one another or a common origin.
 * Here what is telling is the form: independent sources that agree on a value mostly write it their own way
 * ('Smith, John' / 'John Smith'), while a copier writes it character for character as its origin does.
 */

/** What two sources share, item by item. */
export interface FormCounts {
  /** Items where both give the same value in the very same written form. */
  sameForm: number;
  /** Items where both give the same value, written differently. */
  sameValueOtherForm: number;
  /** Items where they give different values. */
  different: number;
}

/** Prior probability that two sources are dependent. */
const PRIOR = 0.2;
/** Share of the shared items written in the same form by independent sources, and by dependent ones. */
const SAME_FORM_INDEPENDENT = 0.3;
const SAME_FORM_DEPENDENT = 0.95;
/** Share of a copier's values that it takes from its origin rather than finding itself. */
export const COPY_RATE = 0.8;

/**
 * Posterior probability that two sources are dependent from how they write what they share (three shared items at
 * least; fewer say nothing).
 *
 * @example
 * formDependence({ sameForm: 9, sameValueOtherForm: 0, different: 1 }) > 0.9 //=> true
 */
export function formDependence(counts: FormCounts): number {
  const shared = counts.sameForm + counts.sameValueOtherForm + counts.different;
  if (shared < 3) return 0;
  const same = counts.sameForm;
  const other = shared - same;
  const logDependent = same * Math.log(SAME_FORM_DEPENDENT) + other * Math.log(1 - SAME_FORM_DEPENDENT);
  const logIndependent = same * Math.log(SAME_FORM_INDEPENDENT) + other * Math.log(1 - SAME_FORM_INDEPENDENT);
  const ratio = Math.exp(Math.min(700, Math.max(-700, logIndependent - logDependent)));
  return 1 / (1 + ((1 - PRIOR) / PRIOR) * ratio);
}
