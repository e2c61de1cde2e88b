// Reporting verbs (said, told, announced ...) in the forms news uses, and the pronouns that take up the last
// speaker: the closed class of English verbs of saying (Quirk et al. 1985, §16.31).

/** Verbs that report speech or writing, in the forms news uses. */
export const REPORTING_VERB_FORMS = [
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'stated',
  'claimed',
  'claims',
  'announced',
  'announces',
  'reported',
  'reports',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'insisted',
  'insists',
  'noted',
  'posted',
  'tweeted',
  'warned',
  'explained',
  'argued',
  'accused',
  'alleged',
  'alleges',
  'asserted',
  'declared',
  'acknowledged',
  'admitted',
  'estimated',
  'urged',
  'vowed',
  'boasted',
  'quoted',
  'cited',
];

/** Pronouns that stand for the last speaker. */
export const SPEAKER_PRONOUNS = /* @__PURE__ */ new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Reporting verbs that follow a speaker ('Starovoyt said'): the forms of the attribution table. */
export const REPORTING_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(REPORTING_VERB_FORMS);
