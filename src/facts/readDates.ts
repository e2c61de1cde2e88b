import { weekdayBefore } from '../extract/extractTimes.js';
import { WEEKDAYS } from '../extract/tables/times.js';
import { appendTo } from '../text/appendTo.js';
import { type ClauseContext, mentionFrom, mentionTo, personNear, thingNear } from './clauseContext.js';
import { clauseVerbs, laterOccasion, predicateNear, saidAt } from './predicates.js';
import type { FactDraft } from './readNumbers.js';
import type { Token } from './tokens.js';

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

/**
 * The day named at token i: a weekday ('on Thursday', a date when the publication date is known) or, when it is
 * known, a day relative to it ('yesterday', 'last night', 'this morning'). A weekday inside a name ('Oscar Sunday')
 * is none.
 */
function dayAt(
  tokens: readonly Token[],
  i: number,
  publishedAt: string | undefined,
): { value: Extract<FactDraft['value'], { type: 'date' }>; length: number } | undefined {
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
    const day = pageLine ? undefined : dayAt(tokens, i, publishedAt);
    if (day) {
      // the lede says when the story's event happened (news style puts the day in the first sentence)
      const said = saidAt(tokens, i);
      const verb = predicateNear(clauseVerbs(tokens), i);
      const later = lede && !said ? laterOccasion(tokens, i) : undefined;
      const event = lede && !said && later === undefined;
      const predicate = said ? 'said' : event ? 'of the event' : (later ?? verb);
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
