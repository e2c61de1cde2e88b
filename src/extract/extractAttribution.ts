import { NEGATIONS } from '../lexicon/functionWords.js';
import { HEDGE_WORDS } from '../lexicon/hedges.js';
import { GENERIC_SOURCES, NEWS_SOURCES } from '../lexicon/newsAgencies.js';
import { REPORTING_VERB_FORMS, SPEAKER_PRONOUNS } from '../lexicon/reporting.js';
import { appendTo } from '../text/appendTo.js';
import { trimChars, trimEndChars, WHITESPACE } from '../text/trimChars.js';

/** Who a sentence says a statement comes from, and through whom. */
export interface Attribution {
  /** The one who made the statement ('Russia's defence ministry', 'Alexei Baranovsky', 'it'). */
  speaker?: string;
  /** Offsets of the speaker in the sentence. */
  speakerStart?: number;
  speakerEnd?: number;
  /** The reporting verb ('said', 'told Reuters', 'according to', 'cited ... as saying', 'wrote on Telegram'). */
  verb?: string;
  /** The body the statement reached the outlet through ('TASS' in 'TASS cited the local governor as saying'). */
  attributedTo?: string;
  /** Outlets and agencies the sentence cites ('Reuters', 'TASS', 'state media'). */
  citations: string[];
  /** 'direct' for a quotation, 'paraphrase' for reported speech, 'none' when nobody is reported as saying it. */
  quote: 'direct' | 'paraphrase' | 'none';
  hedged: boolean;
  negated: boolean;
  /** The sentence opens a quotation that continues into the next sentence. */
  opensQuote: boolean;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|["“”,;:()]/gu;
const VERBS = new Set(REPORTING_VERB_FORMS);
export const SOURCE_PATTERN = new RegExp(
  `(?<![\\p{L}])(${[...NEWS_SOURCES]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);
const LEADING_ADVERBS = new Set([
  'however',
  'separately',
  'meanwhile',
  'earlier',
  'later',
  'but',
  'and',
  'also',
  'elsewhere',
  'still',
]);

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    // a full stop ends the sentence, not the word, unless the word is an abbreviation ('U.S.', 'a.m.')
    const raw = /^(?:\p{L}\.)+$/u.test(m[0]) ? m[0] : trimEndChars(m[0], '.');
    const start = m.index ?? 0;
    return { text: raw, lower: raw.toLowerCase(), start, end: start + raw.length };
  });
}

const APPOSITIVE_START =
  /^(a|an|the|who|which|whose|former|speaking|writing|citing|according|in|on|at|while|after|before|also)$/;

const TAIL_WORDS = new Set([
  'also',
  'flatly',
  'then',
  'later',
  'further',
  'again',
  'now',
  'previously',
  'earlier',
  'itself',
  'too',
  'have',
  'has',
  'had',
  'would',
  'will',
]);
const RELATIVE_PRONOUN = /\s(?:that|which|who|whom)\b/iu;

/** A speaker as a noun phrase: no quotes, no leading relative pronoun, no trailing adverb or auxiliary. */
function clean(phrase: string): string {
  let p = trimChars(phrase, `${WHITESPACE},"“”`);
  // 'X, a militia that claims ...' / 'videos that it said': keep what stands before a relative clause
  const relative = RELATIVE_PRONOUN.exec(p);
  if (relative) p = p.slice(0, relative.index);
  p = p.replace(/^(?:which|that|who) /iu, '');
  const words = p.split(' ');
  // trailing adverbs and auxiliaries, and 'on Tuesday', 'in a statement', 'on its channel'
  for (let k = 0; k < 4 && words.length > 1; k++) {
    const last = (words[words.length - 1] as string).toLowerCase();
    const before = (words[words.length - 2] ?? '').toLowerCase();
    if (TAIL_WORDS.has(last)) words.pop();
    else if (before === 'on' && (last.endsWith('day') || words.length > 2)) words.splice(-2, 2);
    else if (last === 'statement' && words.length > 3 && words[words.length - 3]?.toLowerCase() === 'in')
      words.splice(-3, 3);
    else break;
  }
  return words.join(' ').replace(/^(the|a|an) (?=\p{Lu})/iu, '');
}

/** Nouns that look like reporting verbs after a determiner: 'media reports', 'its claims'. */
const NOUN_BEFORE =
  /^(media|wire|news|press|the|a|an|its|his|her|their|these|such|service|unconfirmed|initial|official)$/;

/** Outlet names of more than two characters by their first word in lower case, built once per list. */
const outletIndexes = new WeakMap<readonly string[], Map<string, string[]>>();
function outletIndex(outlets: readonly string[]): Map<string, string[]> {
  let index = outletIndexes.get(outlets);
  if (!index) {
    index = new Map();
    for (const outlet of outlets) {
      const first = outlet.length > 2 ? words(outlet)[0] : undefined;
      if (first) appendTo(index, first.lower, outlet);
    }
    outletIndexes.set(outlets, index);
  }
  return index;
}

/** The outlets a sentence cites: news agencies, the outlets compared (`extraSources`) but its own, generic sources. */
function citationsOf(
  sentence: string,
  ws: readonly Word[],
  extraSources: readonly string[],
  except?: string,
): string[] {
  const cited = new Set<string>();
  for (const m of sentence.matchAll(SOURCE_PATTERN)) cited.add(m[0]);
  // the outlets whose first word the sentence has, not every outlet: an event of thousands of outlets stays linear
  const byFirstWord = outletIndex(extraSources);
  const seen = new Set<string>();
  for (const w of ws) {
    // 'Reuters'', 'AFP's': the word without a possessive too
    const bare = w.lower.endsWith("'") || w.lower.endsWith('’') || /['’]s$/.test(w.lower);
    for (const key of bare ? [w.lower, w.lower.replace(/['’]s?$/, '')] : [w.lower]) {
      if (seen.has(key)) continue;
      seen.add(key);
      for (const outlet of byFirstWord.get(key) ?? [])
        if (outlet !== except && sentence.includes(outlet)) cited.add(outlet);
    }
  }
  const generic = GENERIC_SOURCES.exec(sentence);
  if (generic) cited.add((generic[1] as string).toLowerCase());
  return [...cited].sort();
}

/** Sets the speaker of `result` to the words from..to (leading adverbs and punctuation skipped), ten words at most. */
function setSpeaker(result: Attribution, sentence: string, ws: readonly Word[], from: number, to: number): void {
  const first = ws[from];
  const last = ws[to - 1];
  if (!first || !last || to <= from) return;
  let a = from;
  while (a < to && (LEADING_ADVERBS.has((ws[a] as Word).lower) || /^[,"“”]$/.test((ws[a] as Word).text))) a++;
  if (a >= to) return;
  const text = clean(sentence.slice((ws[a] as Word).start, last.end));
  if (!text || text.split(/\s+/).length > 10) return;
  result.speaker = text;
  result.speakerStart = (ws[a] as Word).start;
  result.speakerEnd = last.end;
}

/** 'according to X': the words after it up to a comma, semicolon or the end, at most eight. */
function accordingTo(sentence: string, ws: readonly Word[]): { text: string; start: number; end: number } | undefined {
  for (let i = 0; i + 2 < ws.length; i++) {
    if ((ws[i] as Word).lower !== 'according' || (ws[i + 1] as Word).lower !== 'to') continue;
    let k = i + 2;
    while (k < ws.length && k - i - 2 < 8 && !/^[,;"“”()]$/.test((ws[k] as Word).text)) k++;
    if (k > i + 2) {
      const start = (ws[i + 2] as Word).start;
      const end = (ws[k - 1] as Word).end;
      return { text: sentence.slice(start, end), start, end };
    }
    return undefined;
  }
  return undefined;
}

/** 'X cited Y as saying': who passed the statement on, and its speaker. */
function citedAsSaying(
  sentence: string,
  ws: readonly Word[],
): { by: string; speaker: string; start: number; end: number } | undefined {
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (w.lower !== 'cited' && w.lower !== 'quoted') continue;
    let as = i + 1;
    while (
      as + 1 < ws.length &&
      as - i <= 8 &&
      !((ws[as] as Word).lower === 'as' && (ws[as + 1] as Word).lower === 'saying')
    )
      as++;
    if (as + 1 >= ws.length || as - i > 8 || as === i + 1) continue;
    let from = i - 1;
    while (from > 0 && i - from < 6 && !/^[,;:"“”()]$/.test((ws[from - 1] as Word).text)) from--;
    const start = (ws[i + 1] as Word).start;
    const end = (ws[as - 1] as Word).end;
    return {
      by: sentence.slice((ws[from] as Word).start, (ws[i - 1] as Word).end),
      speaker: sentence.slice(start, end),
      start,
      end,
    };
  }
  return undefined;
}

/**
 * The speaker of the verb at verbAt: before it back to a comma or quote ('..., the ministry said'), past an aside
 * ('X, a spokesperson for Y, told Reuters'), after it ('..., said Alexei Baranovsky'), or a pronoun right before it.
 */
function speakerAround(result: Attribution, sentence: string, ws: readonly Word[], verbAt: number): void {
  const verb = ws[verbAt] as Word;
  const next = ws[verbAt + 1];
  // the speaker: before the verb back to a comma or quote ('..., the ministry said'), or from the start
  let from = verbAt - 1;
  while (from >= 0 && !/^[,"“”;:(]$/.test((ws[from] as Word).text) && verbAt - from <= 10) from--;
  const direct = ws[from + 1];
  // '..., who told Reuters': a relative clause, whose speaker is before it; but '..., a navy spokesman told
  // Reuters' names the speaker right there (an indefinite noun phrase after the comma is the subject)
  const asideBeforeVerb =
    from >= 0 && (ws[from] as Word).text === ',' && direct !== undefined && /^(who|which|whose)$/.test(direct.lower);
  if (from < verbAt - 1 && !asideBeforeVerb) setSpeaker(result, sentence, ws, from + 1, verbAt);
  else if (from >= 0 && (ws[from] as Word).text === ',') {
    // asides between the speaker and the verb: 'X, a spokesperson for Y, told Reuters', 'X, speaking to Reuters, said'
    let end = from;
    while (end > 0) {
      let k = end - 1;
      while (k >= 0 && !/^[,"“”;:(]$/.test((ws[k] as Word).text) && end - k <= 14) k--;
      const head = ws[k + 1] as Word;
      if (k + 1 >= end) break;
      const after = ws[k + 2];
      const namedThe = head.lower === 'the' && after !== undefined && /^\p{Lu}/u.test(after.text);
      const aside = !namedThe && (APPOSITIVE_START.test(head.lower) || /^\p{Ll}/u.test(head.text));
      if (!aside) {
        if (end - (k + 1) <= 10) setSpeaker(result, sentence, ws, k + 1, end);
        break;
      }
      if (k < 0 || (ws[k] as Word).text !== ',') break;
      end = k;
    }
  }
  if (
    !result.speaker &&
    verb.lower !== 'told' &&
    next &&
    !/^(that|it|on|in)$/.test(next.lower) &&
    /^\p{Lu}/u.test(next.text)
  ) {
    // inverted: '..., said Alexei Baranovsky, a spokesperson ...'
    let k = verbAt + 1;
    while (k < ws.length && !/^[,.;:"“”()]$/.test((ws[k] as Word).text) && k - verbAt <= 6) k++;
    setSpeaker(result, sentence, ws, verbAt + 1, k);
  } else if (from === verbAt - 1 && from >= 0 && SPEAKER_PRONOUNS.has((ws[from] as Word).lower)) {
    setSpeaker(result, sentence, ws, from, verbAt);
  }
}

/** 'the TASS news agency reported that X said': the first speaker passes the statement on to the second. */
function reportedThatSaid(result: Attribution, sentence: string, ws: readonly Word[], verbAt: number): void {
  // the first 'that' after the verb, then the next reporting verb within twenty words
  let thatAt = verbAt + 1;
  while (thatAt < ws.length && thatAt - verbAt <= 3 && (ws[thatAt] as Word).lower !== 'that') thatAt++;
  let saidAt = thatAt + 2;
  while (saidAt < ws.length && saidAt - thatAt <= 20 && !/^(said|says|claimed|told)$/.test((ws[saidAt] as Word).lower))
    saidAt++;
  if (
    thatAt < ws.length &&
    (ws[thatAt] as Word).lower === 'that' &&
    saidAt < ws.length &&
    saidAt - thatAt <= 20 &&
    result.speaker
  ) {
    result.attributedTo = result.speaker;
    const start = (ws[thatAt + 1] as Word).start;
    const end = (ws[saidAt - 1] as Word).end;
    result.speaker = clean(sentence.slice(start, end));
    result.speakerStart = start;
    result.speakerEnd = end;
    result.verb = 'reported ... said';
  }
}

/**
 * The reporting verb, the first one outside quotation marks, and the speaker around it ('X said', 'said X', 'X, a
 * spokesperson for Y, told Reuters', 'X reported that Y said'), set on `result`. False when the sentence has none.
 */
function readVerb(result: Attribution, sentence: string, ws: readonly Word[], quotes: number): boolean {
  // the reporting verb: the first one outside quotation marks
  // a sentence with an odd number of quotation marks that does not open with one continues an earlier quote
  let inQuote = quotes % 2 === 1 && !/^\s*["“]/.test(sentence);
  let verbAt = -1;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (/^["“”]$/.test(w.text)) {
      inQuote = !inQuote;
      continue;
    }
    if (!inQuote && VERBS.has(w.lower) && !(i > 0 && NOUN_BEFORE.test((ws[i - 1] as Word).lower))) {
      verbAt = i;
      break;
    }
  }
  if (verbAt < 0) return false;
  const verb = ws[verbAt] as Word;
  const next = ws[verbAt + 1];
  result.verb = verb.lower;
  if (next && /^(on|in|via)$/.test(next.lower) && ws[verbAt + 2] && /^\p{Lu}/u.test((ws[verbAt + 2] as Word).text)) {
    result.verb = `${verb.lower} ${next.lower} ${(ws[verbAt + 2] as Word).text}`;
  }
  // 'X told Reuters'
  if (verb.lower === 'told' && next && /^\p{Lu}/u.test(next.text)) {
    let k = verbAt + 1;
    while (k < ws.length && /^\p{Lu}/u.test((ws[k] as Word).text)) k++;
    const told = sentence.slice(next.start, (ws[k - 1] as Word).end);
    result.verb = `told ${told}`;
    if (!result.citations.includes(told)) result.citations = [...result.citations, told].sort();
  }
  speakerAround(result, sentence, ws, verbAt);
  if (/^report/.test(verb.lower)) reportedThatSaid(result, sentence, ws, verbAt);
  return true;
}

/**
 * Reads who a sentence reports as the source of what it says: the speaker and reporting verb ('X said', 'said X',
 * 'according to X', 'X told Reuters', 'X wrote on Telegram'), the chain of authority ('TASS cited the local governor as
 * saying'), the outlets it cites, whether it quotes, hedges ('reportedly', 'purportedly', 'could not independently
 * verify') or negates.
 *
 * @param extraSources outlet names to look for besides the built-in list of agencies (the outlets being compared)
 * @param except the outlet of the article itself, which is not a citation of its own
 */
export function extractAttribution(
  sentence: string,
  extraSources: readonly string[] = [],
  except?: string,
): Attribution {
  const ws = words(sentence);
  const result: Attribution = {
    citations: [],
    quote: 'none',
    hedged: HEDGE_WORDS.test(sentence),
    negated: NEGATIONS.test(sentence),
    opensQuote: false,
  };
  const quotes = (sentence.match(/["“”]/g) ?? []).length;
  result.opensQuote = quotes % 2 === 1 && /^\s*["“]/.test(sentence);
  result.citations = citationsOf(sentence, ws, extraSources, except);
  const according = accordingTo(sentence, ws);
  const cited2 = citedAsSaying(sentence, ws);
  if (cited2) {
    result.attributedTo = clean(cited2.by);
    result.speaker = clean(cited2.speaker);
    result.speakerStart = cited2.start;
    result.speakerEnd = cited2.end;
    result.verb = 'cited as saying';
  } else {
    const verbFound = readVerb(result, sentence, ws, quotes);
    if (!verbFound && according) {
      result.speaker = clean(according.text);
      result.speakerStart = according.start;
      result.speakerEnd = according.end;
      result.verb = 'according to';
    }
    if (according && result.verb && result.verb !== 'according to') {
      // 'X said ..., according to state media': the statement reached the outlet through the latter
      result.attributedTo = clean(according.text);
    }
  }
  if (result.speaker) result.quote = quotes >= 2 || result.opensQuote ? 'direct' : 'paraphrase';
  else if (quotes >= 2) result.quote = 'direct';
  return result;
}
