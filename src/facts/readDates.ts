import { weekdayBefore } from '../extract/extractTimes.js';
import { MONTHS } from '../lexicon/months.js';
import { WEEKDAYS } from '../lexicon/timeWords.js';
import { appendTo } from '../text/appendTo.js';
import { stem } from '../text/terms.js';
import { type ClauseContext, mentionFrom, mentionTo, personNear, thingNear, wordsOf } from './clauseContext.js';
import { clauseVerbs, laterOccasion, saidAt, stateVerbAt, verbNear } from './predicates.js';
import type { FactDraft } from './readNumbers.js';
import { isBreak, type Token } from './tokens.js';

/** Words that say a thing began (a verb, or 'its founding'), and a year of the last four centuries. */
const FOUNDING = /^(founded|co-founded|cofounded|established|founding|incorporated)$/;
const YEAR = /^(1[6-9]|20)\d\d$/;
const NAMED_DAY = /^\p{Lu}/u;
const PAGE_WORDS = /^(posted|published|updated|modified|filed)$/;

function dateDraft(
  context: ClauseContext,
  from: number,
  to: number,
  attribute: string,
  value: Extract<FactDraft['value'], { type: 'date' }>,
  subject?: { entity: string; label: string },
): FactDraft {
  const who = subject ?? personNear(context, from, to);
  return {
    kind: 'date',
    attribute,
    subject: who?.entity ?? '',
    subjectLabel: who?.label ?? '',
    value,
    from,
    to,
  };
}

const yearValue = (text: string, by = false): Extract<FactDraft['value'], { type: 'date' }> => ({
  type: 'date',
  family: 'year',
  key: text,
  label: by ? `by ${text}` : text,
  ...(by ? { by: true } : {}),
});

/** The named speaker of a clause, as the subject of the day or time something was said. */
export function saidBy(context: ClauseContext): { entity: string; label: string } | undefined {
  const { speakerEntity, speaker } = context.claim;
  return speakerEntity ? { entity: speakerEntity, label: speaker ?? '' } : undefined;
}

/** Days relative to the publication, with their offset in days and the tokens they take. */
const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['last night', -1],
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
];

/** The relative days by their first word, each with its words: one lookup a token, not a pass over the table. */
const RELATIVE_DAYS_BY_FIRST = /* @__PURE__ */ relativeDaysByFirst();

function relativeDaysByFirst(): Map<string, (readonly [string, number, readonly string[]])[]> {
  const out = new Map<string, (readonly [string, number, readonly string[]])[]>();
  for (const [phrase, offset] of RELATIVE_DAYS) {
    const words = phrase.split(' ');
    appendTo(out, words[0] as string, [phrase, offset, words] as const);
  }
  return out;
}

/** The ISO date `days` after an ISO date (UTC calendar days). */
function addDays(iso: string, days: number): string | undefined {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A day read from the tokens at some index: its value and how many tokens state it. */
interface DayReading {
  value: Extract<FactDraft['value'], { type: 'date' }>;
  length: number;
}

/**
 * The day named at token i: a weekday ('on Thursday', a date when the publication date is known) or, when it is
 * known, a day relative to it ('yesterday', 'last night', 'this morning'). A weekday inside a name ('Oscar Sunday')
 * is none.
 */
function dayAt(context: ClauseContext, i: number, publishedAt: string | undefined): DayReading | undefined {
  const { tokens } = context;
  const t = tokens[i] as Token;
  const weekday = WEEKDAYS.indexOf(t.lower);
  if (weekday >= 0) {
    const prev = tokens[i - 1];
    if (prev && NAMED_DAY.test(prev.text) && i - 1 > 0 && !/^(On|Last|This|Early|Late)$/.test(prev.text))
      return undefined;
    const name = t.text.charAt(0).toUpperCase() + t.lower.slice(1);
    const iso = publishedAt ? weekdayBefore(publishedAt, weekday) : undefined;
    return {
      value: iso
        ? { type: 'date', family: 'day', key: iso, label: `${name} (${iso})` }
        : { type: 'date', family: 'weekday', key: t.lower, label: name },
      length: 1,
    };
  }
  const calendar = calendarDateAt(context, i, publishedAt);
  if (calendar) return calendar;
  if (!publishedAt) return undefined;
  for (const [phrase, offset, words] of RELATIVE_DAYS_BY_FIRST.get(t.lower) ?? []) {
    if (!words.every((w, k) => tokens[i + k]?.lower === w)) continue;
    const iso = addDays(publishedAt, offset);
    if (!iso) return undefined;
    return { value: { type: 'date', family: 'day', key: iso, label: `${phrase} (${iso})` }, length: words.length };
  }
  return undefined;
}

/**
 * The noun a date at tokens [from, to) stands before as its modifier ('the Feb. 22 ceremony', "the Academy
 * Awards' February 22 date", 'the Sept. 11 attacks'): after a determiner or a possessive, a lower-case word that
 * is not a function word. Undefined for a date that is not so placed.
 */
function attributiveOf(tokens: readonly Token[], from: number, to: number): string | undefined {
  const before = tokens[from - 1]?.lower ?? '';
  if (!/^(the|a|an|its|their|his|her|this|that|'|’|'s|’s)$/.test(before)) return undefined;
  const next = tokens[to];
  if (!next || !/^\p{Ll}[\p{Ll}-]+$/u.test(next.text) || isBreak(next)) return undefined;
  return next.lower;
}

/** Words that put a procedure on a day ('Sentencing is set for May 5', 'The hearing was scheduled for Monday'). */
const SCHEDULING = /^(set|scheduled|slated|due)$/;
const AUXILIARY = /^(is|was|are|were|been|has|have)$/;

/**
 * What a clause puts on the day at token i when its subject is a procedure, not a person: 'Sentencing is set for
 * May 5', 'His arraignment was scheduled for Monday', 'The hearing is due on Friday'. Read as the stem of the noun
 * its verb shares ('sentencing' and 'was sentenced' both give 'sentenc', 'arraignment' and 'arraigned' both
 * 'arraign'), so that outlets that write the noun and outlets that write the verb meet. Undefined otherwise.
 */
function scheduledThing(context: ClauseContext, i: number): string | undefined {
  const { tokens } = context;
  for (let k = i - 1; k >= 2 && k >= i - 4; k--) {
    if (!SCHEDULING.test((tokens[k] as Token).lower) || !AUXILIARY.test(tokens[k - 1]?.lower ?? '')) continue;
    let n = k - 2;
    if (tokens[n]?.lower === 'has' || tokens[n]?.lower === 'have') n--;
    const noun = tokens[n];
    if (!noun || !/^\p{L}+$/u.test(noun.text) || mentionFrom(context, n, (m) => m.kind === 'person')) return undefined;
    // a name or a pronoun is no procedure ('Smith is scheduled to appear')
    if (/^(he|she|they|it|who|i|we|you)$/.test(noun.lower) || (n > 0 && /^\p{Lu}/u.test(noun.text))) return undefined;
    return stem(noun.lower.replace(/ment$/, ''));
  }
  return undefined;
}

/** The month a capitalised token names ('Nov' of 'Nov.', 'November'), 1 to 12, or undefined. */
function monthAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  return t && /^\p{Lu}/u.test(t.text) ? MONTHS.get(t.lower) : undefined;
}

/** A day of the month at token i (1 to 31, with an ordinal suffix if any: '11th'), and the tokens it takes. */
function dayOfMonthAt(tokens: readonly Token[], i: number): { day: number; length: number } | undefined {
  const t = tokens[i];
  if (!t?.numeric || !/^\d{1,2}$/.test(t.text)) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  const suffix = tokens[i + 1];
  const ordinal = suffix && suffix.start === t.end && /^(st|nd|rd|th)$/.test(suffix.lower);
  return { day, length: ordinal ? 2 : 1 };
}

/**
 * A calendar date at token i: 'Nov. 11', 'November 11, 2011', 'Sept. 13th', '11 November 2011'. Its year is the
 * one written, else the one that puts it nearest the publication date; with neither, the month and day alone
 * (family 'monthday', compared only with dates also written without a year and read without a publication date).
 */
function calendarDateAt(context: ClauseContext, i: number, publishedAt: string | undefined): DayReading | undefined {
  const { tokens } = context;
  let month = monthAt(tokens, i);
  let k: number;
  let day: { day: number; length: number } | undefined;
  if (month !== undefined) {
    // 'Nov. 11': the abbreviation's full stop
    k = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
    day = dayOfMonthAt(tokens, k);
    if (!day) return undefined;
    k += day.length;
  } else {
    // '11 November 2011'
    day = dayOfMonthAt(tokens, i);
    if (!day) return undefined;
    k = i + day.length;
    month = monthAt(tokens, k);
    if (month === undefined) return undefined;
    k += tokens[k + 1]?.text === '.' ? 2 : 1;
  }
  let year: number | undefined;
  const comma = tokens[k]?.text === ',' ? 1 : 0;
  const written = tokens[k + comma];
  if (written && /^(19|20)\d\d$/.test(written.text)) {
    year = Number(written.text);
    k += comma + 1;
  }
  const monthDay = `${String(month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
  if (year === undefined && publishedAt) year = nearestYear(monthDay, publishedAt);
  const label = wordsOf(context, i, k);
  return {
    value:
      year === undefined
        ? { type: 'date', family: 'monthday', key: monthDay, label }
        : { type: 'date', family: 'day', key: `${year}-${monthDay}`, label: `${label} (${year}-${monthDay})` },
    length: k - i,
  };
}

/** The year that puts a month and day ('11-11') nearest an ISO publication date: that year, the one before or after. */
function nearestYear(monthDay: string, publishedAt: string): number | undefined {
  const published = Date.parse(`${publishedAt.slice(0, 10)}T12:00:00Z`);
  const year = Number(publishedAt.slice(0, 4));
  if (!Number.isFinite(published) || !Number.isFinite(year)) return undefined;
  const distance = (y: number) => Math.abs(Date.parse(`${y}-${monthDay}T12:00:00Z`) - published);
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
}

/**
 * The year a thing was founded: 'founded the Bayou La Batre Rural Health Clinic in Alabama in 1990', 'In 1990,
 * she founded ...', 'since its founding in 1990'; and the year it existed by: 'the clinic has been a staple since
 * 1987' (the present perfect with 'since' says the state held from then on, so the thing was founded by then).
 */
function foundingYears(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  // the first 'has been' / 'have been' of the clause so far
  let perfect = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (perfect < 0 && /^(has|have)$/.test(t.lower) && tokens[i + 1]?.lower === 'been') perfect = i;
    if (FOUNDING.test(t.lower)) {
      let year = -1;
      for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
        const w = tokens[k] as Token;
        if (w.text === '.' || w.text === ';') break;
        if (YEAR.test(w.text) && tokens[k - 1]?.lower === 'in') {
          year = k;
          break;
        }
      }
      if (year < 0 && tokens[0]?.lower === 'in' && YEAR.test(tokens[1]?.text ?? '') && i > 1) year = 1;
      if (year < 0) continue;
      // what was founded: its object right after the verb ('founded the clinic'), else the name nearest it
      const object = mentionFrom(context, i + 1) ?? mentionFrom(context, i + 2);
      const thing = object ?? thingNear(context, i, i + 1, 8);
      if (!thing) continue;
      const yearToken = tokens[year] as Token;
      const from = Math.min(i, year);
      out.push(dateDraft(context, from, Math.max(i, year) + 1, 'year founded', yearValue(yearToken.text), thing));
      continue;
    }
    // 'The clinic has been a staple for residents since 1987'
    if (t.lower === 'since' && YEAR.test(tokens[i + 1]?.text ?? '')) {
      if (perfect < 0) continue;
      const thing = mentionTo(context, perfect);
      if (!thing) continue;
      out.push(dateDraft(context, i, i + 2, 'year founded', yearValue(tokens[i + 1]?.text as string, true), thing));
    }
  }
  return out;
}

/**
 * Dates of a clause as facts: the day something happened ('on Thursday', read as a date when the publication
 * date is known; in the lede, the day of the story's event; elsewhere, the day of the verb nearest it), the year of a named event ('this year's Oscars', 'next year'), and the year a thing was founded
 * (or existed by).
 * The day a statement was made ('said Friday') is its own attribute, and a weekday inside a name ('Oscar Sunday')
 * is none.
 */
export function readDates(context: ClauseContext, publishedAt?: string, lede = false): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  // 'posted on Wednesday, September 18': a line about the page, not the story
  const pageLine = tokens.some((t) => PAGE_WORDS.test(t.lower));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // the day something happened: a weekday, or a day relative to the publication ('yesterday', 'last night')
    const day = pageLine ? undefined : dayAt(context, i, publishedAt);
    // 'the Feb. 22 ceremony', 'the Academy Awards' February 22 date': a date before a noun is that thing's
    const owner = day ? attributiveOf(tokens, i, i + day.length) : undefined;
    if (day && owner) {
      // "the Academy Awards' February 22 date": the date of the name before the possessive
      const possessor = /^(date|day)$/.test(owner) ? mentionTo(context, i - 1) : undefined;
      const about = possessor ?? { entity: '', label: '' };
      out.push(dateDraft(context, i, i + day.length + 1, possessor ? 'day' : `day (${owner})`, day.value, about));
      i += day.length;
      continue;
    }
    if (day) {
      // the lede says when the story's event happened (news style puts the day in the first sentence)
      const said = saidAt(tokens, i);
      const near = verbNear(clauseVerbs(tokens), i);
      const verb = near?.[1];
      const later = lede && !said ? laterOccasion(tokens, i) : undefined;
      // a line with no verb ('TNN Nov 12, 2011, 05.08am IST') is a dateline: the day of the page, not the event;
      // 'were coping Saturday' the day of a state after it
      const event = lede && !said && later === undefined && near !== undefined && !stateVerbAt(tokens, near[0]);
      const scheduled = said ? undefined : scheduledThing(context, i);
      const predicate = said ? 'said' : event ? 'of the event' : (scheduled ?? later ?? verb);
      // a day something was said is compared only between outlets quoting one named speaker: in one story many
      // people speak on many days ('the union said on Wednesday', 'he said on Thursday')
      const speaker = said ? saidBy(context) : undefined;
      if (predicate && (!said || speaker)) {
        const draft = dateDraft(context, i, i + day.length, `day ${predicate}`, day.value, speaker);
        if (event && verb) draft.eventVerb = verb;
        out.push(draft);
      }
      i += day.length - 1;
      continue;
    }
    // 'this year', 'next year', 'last year' and 'this year's X': the year of a named event
    if (/^(this|next|last)$/.test(t.lower) && /^year(?:'s)?$/.test(tokens[i + 1]?.lower ?? '')) {
      // 'last year's Oscars' names an earlier occurrence of a recurring event, not a date of this one
      if (t.lower === 'last' && /'s$/.test(tokens[i + 1]?.lower ?? '')) {
        i++;
        continue;
      }
      const thing = thingNear(context, i, i + 2, 4);
      if (!thing) continue;
      const offset = t.lower === 'next' ? 1 : t.lower === 'last' ? -1 : 0;
      const year = publishedAt ? Number(publishedAt.slice(0, 4)) + offset : undefined;
      const value =
        year !== undefined && Number.isFinite(year)
          ? { type: 'date' as const, family: 'year' as const, key: `${year}`, label: `${year}` }
          : { type: 'date' as const, family: 'relative-year' as const, key: `${offset}`, label: `${t.lower} year` };
      out.push(dateDraft(context, i, i + 2, 'year', value, thing));
      i++;
    }
  }
  out.push(...foundingYears(context));
  return out;
}
