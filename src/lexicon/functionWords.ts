/**
 * Function words that end a noun phrase when read left to right: articles, the common prepositions and
 * conjunctions, relative pronouns and the forms of 'be' and 'have' (closed classes of English grammar; Quirk et
 * al., A Comprehensive Grammar of the English Language, ch. 2). What a number counts ('six rifles were seized')
 * stops at the first of them. Each reader adds the words its own phrases stop at.
 */
export const NOUN_PHRASE_ENDS: readonly string[] = [
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'by',
  'with',
  'for',
  'as',
  'than',
  'after',
  'before',
  'and',
  'or',
  'that',
  'which',
  'who',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'been',
];

/** Personal pronouns and their possessive determiners (a closed class; Quirk et al., ch. 6). */
export const PERSONAL_PRONOUNS: readonly string[] = [
  'i',
  'you',
  'he',
  'she',
  'it',
  'we',
  'they',
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
];

/** The demonstratives (a closed class). */
export const DEMONSTRATIVES: readonly string[] = ['this', 'that', 'these', 'those'];

/** The coordinating conjunctions news opens sentences with (a closed class; 'for' and 'nor' left out). */
export const COORDINATORS: readonly string[] = ['and', 'but', 'or', 'so', 'yet'];

/**
 * The auxiliaries of the English passive, 'be' and 'get' in their forms (Quirk et al., ch. 3): 'was shot', 'got
 * sentenced'. Before a participle they make its subject the one it was done to.
 */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'get',
  'gets',
  'got',
]);

/** Words that negate a statement. */
export const NEGATIONS = /\b(not|no|never|none|nobody|neither|nor|without|denied|denies|deny|n't)\b/i;
