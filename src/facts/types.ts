import type { Span } from '../ingest/types.js';

/**
 * What a fact's value is, typed so that two values can be compared by what they are:
 * - `range`: an amount, a count, an age or a rank as the interval its words allow ('about 300' → 270..330;
 *   'dozens' → 24..99; 'no one' → 0), in the base unit of `unit`;
 * - `date`: a day or a year, written as a weekday, a date or a year relative to the publication ('next year'),
 *   or a latest year (`by`);
 * - `category`: values of a closed class ('frigate'; 'manslaughter' and 'negligent homicide');
 * - `time`: a clock time with its zone, and the instant in UTC when the zone is known;
 * - `place`: a named place, an entity of the event when the name is one ('' when not), with the regions the
 *   article places it in ('Schenectady, N.Y.' → within ['N.Y.']).
 */
export type FactValue =
  | { type: 'range'; low: number; high: number; unit: string; label: string }
  | {
      type: 'date';
      family: 'weekday' | 'day' | 'monthday' | 'year' | 'relative-year';
      key: string;
      label: string;
      /** The date is a latest one ('has been open since 1987': founded in 1987 or before). */
      by?: boolean;
    }
  | { type: 'category'; values: string[]; label: string }
  | { type: 'place'; entity: string; label: string; within: string[] }
  | {
      type: 'time';
      /** Minutes after midnight on the clock as written, and the range its hedge allows ('about 3 a.m.'). */
      minutes: number;
      low: number;
      high: number;
      /** Minutes after midnight UTC, when the zone is known ('0000 GMT', 'PDT', 'Moscow time'). */
      utc?: number;
      /** The zone as written ('local time', 'GMT'). */
      zone?: string;
      label: string;
    };

/** Where a fact holds: this event, a running total that includes it, or another time or event. */
export type FactScope = 'event' | 'cumulative' | 'background';

/** One figure, date or description an article states, with what it measures and about whom. */
export interface Fact {
  id: string;
  claimId: string;
  articleId: string;
  outlet: string;
  publishedAt?: string;
  /** The report kind a disagreement over it gets: 'count', 'number', 'time', 'date', 'descriptor' or 'name' (a place). */
  kind: 'count' | 'number' | 'time' | 'date' | 'descriptor' | 'name';
  /** What is measured or described ('killed', 'age', 'fall', 'rank', 'charge', 'colour', 'residence', 'within'). */
  attribute: string;
  /**
   * Whom or what it is about: an entity id ('e3'), a counted thing ('thing:rifle'), a person known only by an age
   * stated with it ('age:36'), or '' when the article does not say.
   */
  subject: string;
  /**
   * For a fact about a person its clause does not name: a key shared by the facts of consecutive clauses that
   * describe one unnamed person ('A 36-year-old man died ...' / 'The man, a New Zealander, ...'). alignFacts
   * gives them all the person that one of them (an age, a nationality) points at.
   */
  personRef?: string;
  /**
   * For the time or day of the story's event read in a lede: the verb it was said with ('shot'), which names the
   * event wherever else an outlet uses it ('police said he was shot at 9:30 p.m.').
   */
  eventVerb?: string;
  /** The subject in words, for the report. */
  subjectLabel: string;
  value: FactValue;
  scope: FactScope;
  /** The words as written ('about 300 rounds'). */
  raw: string;
  /** Offsets in the input text. */
  span: Span;
}
