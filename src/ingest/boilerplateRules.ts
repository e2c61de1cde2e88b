import { COORDINATORS, DEMONSTRATIVES, PERSONAL_PRONOUNS } from '../lexicon/functionWords.js';
import { NAME_ABBREVIATIONS } from '../lexicon/nameAbbreviations.js';
/**
 * Lines of a web page that are not part of the story, recognised by their shape. A rule matches a whole
 * paragraph (one line of the folded text). Patterns are anchored and free of nested quantifiers, so each runs in
 * linear time. Paragraphs longer than `maxLength` are never boilerplate: the rules only look at short lines.
 */
export interface BoilerplateRule {
  reason: string;
  pattern: RegExp;
  maxLength: number;
  /** A cheap test the line must pass before `pattern` is tried. */
  needs?: RegExp;
  /** A second pattern the line must also match (two separate linear tests instead of one with '.*'). */
  also?: RegExp;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    reason: 'advertising marker',
    pattern:
      /^[\s\-*•[(]*(advertisement|advertising|ad|sponsored( content)?|paid (content|post)|story continues (below|after) (this )?(advertisement|ad)|continue reading (below|after) (the )?ad|scroll to continue( with content)?)[\s\-*•\])]*$/i,
    maxLength: 80,
  },
  {
    reason: 'copyright line',
    pattern: /^[\s•]*(?:©|\(c\)|copyright)\s|\ball rights reserved\b/i,
    maxLength: 300,
  },
  {
    reason: 'newsletter blurb',
    needs: /newsletter|inbox|subscribe|sign ?up/i,
    pattern: /\b(?:newsletter|inbox)\b/i,
    also: /\b(?:click here|sign up|signup|subscribe|delivered|receive)\b/i,
    maxLength: 400,
  },
  {
    reason: 'comment-policy blurb',
    pattern:
      /\b(comment(ing)? polic(y|ies)|before commenting|community (guidelines|standards) before|comments are (closed|moderated))\b/i,
    maxLength: 300,
  },
  {
    reason: 'loading marker',
    pattern:
      /^[\s.]*(loading|please wait|read more|show more|see more|share this( article)?|share|print|listen( to this article)?)[\s.]*$/i,
    maxLength: 60,
  },
  {
    reason: 'photo credit',
    pattern:
      /^[\s(]*(?:(?:photo|photograph|image|picture|video|illustration|file photo)s? ?(?:credit)? ?[:/|]|(?:credit|source) ?:|(?:getty images|ap photo|shutterstock)\b)/i,
    maxLength: 200,
  },
  {
    reason: 'photo caption',
    pattern:
      /(?:^|\.) ?(?:photo|photograph|image|foto|picture) ?[/:|] ?\p{Lu}[\p{L}\p{N}&'/-]*(?: [\p{L}\p{N}&'/-]+){0,6}\)?$/iu,
    maxLength: 400,
  },
  {
    reason: 'author contact line',
    pattern:
      /(\w@[\w-]+\.\w|\bcan be (reached|contacted) at\b|\b(follow|email) (him|her|them|the author)\b|\bcontact the (author|reporter|writer)\b)/i,
    maxLength: 300,
    needs: /@|reached|contacted|follow|email|contact/i,
  },
];

/** A date line such as 'date 2024-03-13' or 'Published: 2024-03-13 10:00', with what follows on the line. */
export const DATE_LINE =
  /^\s*(date|dated|published|posted|updated)[\s:]*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/i;

/**
 * A dateline opening the story: 'Kyiv:', 'MOSCOW –', 'KYIV, March 12 (Reuters) -', 'WASHINGTON (AP) -'.
 * The place is one to four capitalised words; an all-caps place may be followed by a dash, a titled place by a colon.
 */
export const DATELINE =
  /^\s*((?:[\p{Lu}][\p{L}.'-]*)(?:[ ][\p{Lu}][\p{L}.'-]*){0,3})(?:,[ ][\p{L}0-9 .]{1,30})?(?:[ ]\(([\p{L} ]{2,30})\))?[ ]?(:|[ ]-{1,2})[ ]+(?=\S)/u;

/** Words that open a sentence and so are not the name of a place in a dateline. */
export const NOT_A_DATELINE_PLACE = new Set([
  'note',
  'update',
  'editor',
  'correction',
  'warning',
  'watch',
  'read',
  'related',
  'photo',
  'video',
  'image',
  'source',
  'by',
  'q',
  'a',
]);

/**
 * Abbreviations after which a full stop does not end a sentence. `always`: titles and words that need a
 * following word; `conditional`: words that can also end a sentence ('in the U.S.', 'at 3 a.m.').
 */
export const ABBREVIATIONS = {
  always: new Set([
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'gov',
    'sen',
    'rep',
    'gen',
    'lt',
    'col',
    'maj',
    'capt',
    'cpt',
    'sgt',
    'adm',
    'cmdr',
    'st',
    'mt',
    'ft',
    'rev',
    'hon',
    'pres',
    'supt',
    'insp',
    'det',
    'atty',
    'messrs',
    'mme',
    'mlle',
    'sr',
    'jr',
    'no',
    'nos',
    'vs',
    'v',
    'cf',
    'approx',
    'est',
    'fig',
    'vol',
    'ca',
    'e.g',
    'i.e',
    'gov-elect',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ]),
  conditional: new Set([
    // words abbreviated inside names ('Medical Assn. of Alabama', 'Mt. Cook'), which may also end a sentence
    ...Object.keys(NAME_ABBREVIATIONS),
    'u.s',
    'u.k',
    'u.n',
    'e.u',
    'u.s.a',
    'a.m',
    'p.m',
    'inc',
    'corp',
    'co',
    'ltd',
    'etc',
    'd.c',
    'n.y',
    'l.a',
  ]),
};

/** Words that usually open a new sentence: after 'U.S.' or 'a.m.' they mean the sentence really ended. */
export const SENTENCE_OPENERS = new Set([
  ...PERSONAL_PRONOUNS,
  ...DEMONSTRATIVES,
  ...COORDINATORS,
  'the',
  'a',
  'an',
  'there',
  'however',
  'meanwhile',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'as',
  'officials',
  'authorities',
  'police',
  'no',
  'one',
  'two',
  'three',
  'some',
  'many',
  'according',
  'earlier',
  'later',
  'separately',
  'also',
  'since',
  'if',
  'although',
  'though',
  'what',
  'who',
  'why',
]);
