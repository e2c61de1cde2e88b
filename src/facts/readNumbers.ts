import {
  ATTRIBUTE_WORDS,
  BLOOD_ALCOHOL_NOUNS,
  CONVEYANCE_NOUNS,
  DEPTH_AFTER,
  DISTANCE_AFTER,
  FALL_WORDS,
  HEIGHT_AFTER,
  MOTION_WORDS,
  PROJECTILE_NOUNS,
  REPEATED_HARM_VERBS,
  SPEED_LIMIT_WORDS,
  TIMES_ADVERBS,
  WIND_WORDS,
} from '../lexicon/factWords.js';
import { PASSIVE_AUXILIARIES } from '../lexicon/functionWords.js';
import { DECADE_PARTS, NONE_WORDS } from '../lexicon/numberWords.js';
import { PEOPLE_NOUNS, PERSON_HEAD_NOUNS } from '../lexicon/people.js';
import { firstAtOrAfter } from '../text/firstAtOrAfter.js';
import { stem } from '../text/terms.js';
import { type ClauseContext, mentionTo, personAdjacent, personNear, subjectBefore, wordsOf } from './clauseContext.js';
import { verbOf } from './predicates.js';
import {
  type Amount,
  hyphenedNumberAt,
  readAmount,
  readUnit,
  tokenValue,
  trailingHalf,
  type UnitReading,
} from './readAmount.js';
import { isBreak, type Token } from './tokens.js';
import type { Fact } from './types.js';

/** A fact before it is given its id and its claim's fields. */
export type FactDraft = Omit<
  Fact,
  'id' | 'claimId' | 'articleId' | 'outlet' | 'publishedAt' | 'scope' | 'span' | 'raw'
> & {
  /** The tokens that state it, [from, to). */
  from: number;
  to: number;
};

const TIME_AFTER = /^(a\.?m|p\.?m|am|pm|gmt|utc|o'clock|hours|hrs|local)$/;

/**
 * The attribute the clause states of a count at tokens [from, to): the nearest casualty, arrest or seizure word,
 * one inside the phrase first. A word after counts one closer than a word before, as a count before its verb is
 * its subject ('24 people died and several others were wounded'); at equal distance the word before wins.
 * `positions` holds the token indices of the clause's attribute words, in order (found once per clause).
 */
function attributeNear(
  tokens: readonly Token[],
  positions: readonly number[],
  from: number,
  to: number,
): string | undefined {
  const lo = firstAtOrAfter(positions, from, (p) => p);
  const next = positions[lo];
  const previous = positions[lo - 1];
  let best: number | undefined;
  if (next !== undefined && next < to) best = next;
  else if (previous === undefined) best = next;
  else if (next === undefined) best = previous;
  else best = next - to < from - previous ? next : previous;
  return best === undefined ? undefined : ATTRIBUTE_WORDS[(tokens[best] as Token).lower];
}

/** A casualty, arrest or seizure word right after a count ('13 killed', 'two were injured', 'one person died'). */
function attributeAfter(tokens: readonly Token[], at: number): string | undefined {
  let k = at;
  while (k < at + 3 && /^(were|was|have|has|had|been|are|is|reported|later|also)$/.test(tokens[k]?.lower ?? '')) k++;
  return ATTRIBUTE_WORDS[tokens[k]?.lower ?? ''];
}

/**
 * The verb a counted plural stands right beside, as its object or its subject ('the plane carried 120 passengers',
 * 'about 300 people attended the funeral', '40 students were expelled'): what the count is of, when no casualty,
 * arrest or seizure word says it. Only a verb next to the count: one further away may be said of anything.
 */
function verbBeside(tokens: readonly Token[], from: number, to: number): string | undefined {
  const before = tokens[from - 1];
  const object = before ? verbOf(before) : undefined;
  if (object) return object;
  let k = to;
  while (k < to + 2 && /^(were|was|have|has|had|been|are|is)$/.test(tokens[k]?.lower ?? '')) k++;
  const after = tokens[k];
  return after && k < tokens.length ? verbOf(after) : undefined;
}

const YEARS_OLD = /^years?-old$/;

/** An age at token i: '32-year-old', 'aged 38', 'Smith, 54,', 'in his early 30s'. Returns [low, high, to]. */
function ageAt(context: ClauseContext, i: number): [number, number, number] | undefined {
  const { tokens } = context;
  const t = tokens[i] as Token;
  // 'thirty-two-year-old' is one token, '32-year-old' three
  const aged = hyphenedNumberAt(tokens, i, YEARS_OLD);
  if (aged && aged[1] === i + 1) return [aged[0], aged[0], aged[1]];
  const n = tokenValue(t);
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 120) return undefined;
  if (aged) return [n, n, aged[1]];
  const prev = tokens[i - 1]?.lower;
  // 'aged 38'; 'at age 40' is the age at some earlier moment, not now
  if (prev === 'aged' && t.numeric) return [n, n, i + 1];
  // 'Smith, 54, ...' right after a person's name
  const after = tokens[i + 1]?.text;
  if (t.numeric && prev === ',' && (after === ',' || after === '.' || after === undefined)) {
    const named = mentionTo(context, i - 1, (m) => m.kind === 'person');
    if (named) return [n, n, i + 1];
  }
  return undefined;
}

/** 'in his early 30s', 'in her 40s': a decade of age. Returns [low, high, to, from]. */
function decadeAt(tokens: readonly Token[], i: number): [number, number, number, number] | undefined {
  const t = tokens[i] as Token;
  if (!t.numeric || !/^[1-9]0$/.test(t.text) || tokens[i + 1]?.lower !== 's' || tokens[i + 1]?.start !== t.end)
    return undefined;
  const base = Number(t.text);
  const part = DECADE_PARTS[tokens[i - 1]?.lower ?? ''];
  const from = part ? i - 1 : i;
  if (!/^(his|her|their)$/.test(tokens[from - 1]?.lower ?? '')) return undefined;
  return part ? [base + part[0], base + part[1], i + 2, from - 2] : [base, base + 9, i + 2, from - 2];
}

/** A lower-case plural noun such as 'boats' or 'rifles' (not a verb of what befell the counted thing). */
function isPluralNoun(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.lower === t.text &&
    t.lower.length > 3 &&
    /[^s]s$/.test(t.lower) &&
    ATTRIBUTE_WORDS[t.lower] === undefined
  );
}

/** What the counted phrase after an amount is ('AK 47 rifles', 'Somali pirates'): its tokens and head. */
function countedAfter(tokens: readonly Token[], i: number): { to: number; head: string } | undefined {
  let j = i;
  let head: string | undefined;
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j] as Token;
    if (isBreak(t) && !(t.text === '-' && tokens[j + 1]?.numeric)) break;
    // a word in -ing before a plural noun is part of a compound ('two Yemeni fishing boats', 'landing craft'
    // aside); anywhere else it is a verb or an adverb after the counted thing
    if (/(ly|ing)$/.test(t.lower) && j > i && !(t.lower.endsWith('ing') && isPluralNoun(tokens[j + 1]))) break;
    // the verb after the counted thing ('24 people died') is not part of it
    if ((ATTRIBUTE_WORDS[t.lower] || verbOf(t)) && j > i) break;
    head = t.lower;
    j++;
    // a plural noun closes the phrase ('rifles', 'magazines')
    if (t.lower.length > 3 && /[^s]s$/.test(t.lower) && !/^[A-Z0-9-]+$/.test(t.text)) break;
  }
  if (!head || j === i) return undefined;
  return { to: j, head };
}

/**
 * Numbers of a clause as facts: counts of people and things with what befell them ('30 people were killed', 'six
 * AK 47 rifles ... were seized'), lengths with what they measure (a fall, a distance away, a depth), and ages.
 */
export function readNumbers(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  const attributes = tokens.flatMap((t, k) => (ATTRIBUTE_WORDS[t.lower] ? [k] : []));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // a model's number is part of its name ('AK 47', 'F-16', 'Boeing 747')
    const prev = tokens[i - 1];
    if (modelNumberAt(tokens, i)) {
      i++;
      continue;
    }
    // '97th', '7:01', '2003-04', '10/11': parts of ordinals, clock times, spans and dates
    if (t.numeric && /^(st|nd|rd|th|s)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.start === t.end) {
      i += 2;
      continue;
    }
    if (t.numeric && prev && /^[:/.-]$/.test(prev.text) && prev.end === t.start) {
      i++;
      continue;
    }
    const magnitude = magnitudeAt(tokens, i) ?? bloodAlcoholAt(context, i) ?? timesAdverbAt(context, i);
    if (magnitude) {
      out.push(magnitude);
      i = Math.max(i + 1, magnitude.to);
      continue;
    }
    const age = ageAt(context, i) ?? decadeAt(tokens, i);
    if (age) {
      const [low, high, to, from = i] = age;
      const person = personAdjacent(context, from, to);
      out.push({
        kind: 'number',
        attribute: 'age',
        subject: person?.entity ?? '',
        subjectLabel: person?.label ?? '',
        value: { type: 'range', low, high, unit: 'years', label: low === high ? `${low}` : `${low}-${high}` },
        from,
        to,
      });
      i = to;
      continue;
    }
    const none = noneAt(tokens, i);
    const amount = none ?? readAmount(tokens, i);
    if (!amount) {
      i++;
      continue;
    }
    // 'shot three times', 'hosted the ceremony five times': a count of times, read from the amount just read
    const times =
      tokens[amount.to]?.lower === 'times'
        ? timesFact(context, i, {
            low: amount.low,
            high: amount.high,
            to: amount.to + 1,
            label: amountLabel(tokens, amount),
          })
        : undefined;
    const fact = times ?? amountFact(context, amount, attributes);
    if (fact) out.push(fact);
    i = Math.max(amount.to, fact?.to ?? 0, i + 1);
  }
  return out;
}

/** Nouns an earthquake's magnitude is said of; an aftershock's is its own. */
const QUAKE_NOUNS = /^(quake|earthquake|tremor|temblor|aftershock|shock)s?$/;

/**
 * An earthquake's magnitude: 'a magnitude 6.1 quake', 'the 6.4-magnitude earthquake', 'a magnitude of 6.1',
 * 'measuring 6.1 on the Richter scale'. The number is read at token i; the words before it are looked at.
 */
function magnitudeAt(tokens: readonly Token[], i: number): FactDraft | undefined {
  const t = tokens[i] as Token;
  if (!t.numeric || !/^\d(\.\d)?$/.test(t.text)) return undefined;
  const value = Number(t.text);
  let from = i;
  let to = i + 1;
  const before = tokens[i - 1]?.lower;
  if (before === 'magnitude') from = i - 1;
  else if (before === 'of' && tokens[i - 2]?.lower === 'magnitude') from = i - 2;
  else if (tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'magnitude') to = i + 3;
  else if (tokens[i + 1]?.lower === 'magnitude') to = i + 2;
  else if (tokens[i + 1]?.lower === 'on' && tokens[i + 3]?.lower === 'richter') to = i + 5;
  else return undefined;
  // what has the magnitude: the noun after it ('aftershock'), else the event's earthquake
  const noun = [tokens[to], tokens[to + 1]].find((w) => QUAKE_NOUNS.test(w?.lower ?? ''));
  const thing = noun?.lower.startsWith('aftershock') ? 'aftershock' : 'earthquake';
  return {
    kind: 'number',
    attribute: 'magnitude',
    subject: `thing:${thing}`,
    subjectLabel: thing,
    value: { type: 'range', low: value, high: value, unit: 'magnitude', label: t.text },
    from,
    to,
  };
}

/** 'no one was killed', 'there were no injuries': zero. */
function noneAt(tokens: readonly Token[], i: number): Amount | undefined {
  const t = tokens[i];
  if (!t || !NONE_WORDS.includes(t.lower)) return undefined;
  if (t.lower === 'no' && tokens[i + 1]?.lower === 'one') return { value: 0, low: 0, high: 0, from: i, to: i + 2 };
  return { value: 0, low: 0, high: 0, from: i, to: i + 1 };
}

/** The fact an amount states, by what follows it: a unit, a counted phrase, or a casualty word. */
function amountFact(context: ClauseContext, amount: Amount, attributes: readonly number[]): FactDraft | undefined {
  const { tokens } = context;
  const next = tokens[amount.to];
  if (next && TIME_AFTER.test(next.lower)) return undefined;
  // '7 p.m.', '9 a.m.'
  if (next && /^[ap]$/.test(next.lower) && tokens[amount.to + 1]?.text === '.') return undefined;
  const numberToken = tokens[amount.to - 1] as Token;
  // a year ('in 1990') is a date, read elsewhere
  if (numberToken.numeric && /^\d{4}$/.test(numberToken.text) && !amount.hedge && !readUnit(tokens, amount.to))
    return undefined;
  // '43-39' is a record
  if (next?.text === '-') return undefined;
  const unit = readUnit(tokens, amount.to);
  if (unit) {
    let to = unit.to;
    let low = amount.low;
    let high = amount.high;
    const half = trailingHalf(tokens, to);
    if (half) {
      low += 0.5;
      high += 0.5;
      to += half;
    }
    return unitFact(context, amount, unit, low, high, to);
  }
  // things are counted in whole numbers: '7.62mm rifles' is a calibre, not seven and a bit rifles; and a number
  // written against letters is a measure ('a 9mm handgun', 'a 12ga shotgun'), not a count
  if (!Number.isInteger(amount.value)) return undefined;
  if (next && next.start === numberToken.end && /^\p{L}/u.test(next.text)) return undefined;
  const counted = countedAfter(tokens, amount.to);
  // a count states a fact only with what befell what it counts: 'six rifles were seized', '13 killed'; a bare
  // number ('two of them') or a count of one ('one man') needs the word right after it
  // 'the pirates in two boats', 'gunmen aboard three cars': how many they travelled or attacked in
  const conveyance =
    counted !== undefined &&
    /^(in|aboard)$/.test(tokens[amount.from - 1]?.lower ?? '') &&
    CONVEYANCE_NOUNS.has(counted.head);
  const attribute = conveyance
    ? 'travelling in'
    : counted && amount.high > 1
      ? (attributeNear(tokens, attributes, amount.from, counted.to) ??
        (isPluralNoun(tokens[counted.to - 1]) || PEOPLE_NOUNS.has(counted.head)
          ? verbBeside(tokens, amount.from, counted.to)
          : undefined))
      : (attributeAfter(tokens, counted?.to ?? amount.to) ??
        // 'killing two people and wounding four': a bare number right after what befell it
        (counted ? undefined : ATTRIBUTE_WORDS[tokens[amount.from - 1]?.lower ?? '']));
  if (!attribute) return undefined;
  const head = counted?.head ?? '';
  // 'fired 10 shots'; a coach 'fired after 52 games' is dismissed, and the games are no count of what befell
  if (attribute === 'fired' && !PROJECTILE_NOUNS.has(stem(head))) return undefined;
  const people =
    !counted || PEOPLE_NOUNS.has(head) || PERSON_HEAD_NOUNS.has(head) || ATTRIBUTE_WORDS[head] !== undefined;
  const to = counted?.to ?? amount.to;
  // a model designation in the counted phrase names the kind more closely than its head noun: 'seven AK-47
  // assault rifles', '12 AK 47 guns' and 'seven AK-47s' are one kind of weapon; 'three machine guns' another
  const model = people ? undefined : designationIn(tokens, amount.to, to);
  const thing = people ? 'people' : (model ?? stem(head.replace(/[^a-z0-9]/g, '')));
  if (!thing) return undefined;
  return {
    kind: 'count',
    attribute,
    subject: `thing:${thing}`,
    subjectLabel: thing,
    value: {
      type: 'range',
      low: amount.low,
      high: amount.high,
      unit: thing,
      label: amountLabel(tokens, amount),
    },
    from: amount.from,
    to,
  };
}

/** A designation written as one token, capitals and a number ('AK-47', 'M16', 'AK-47s'). */
const DESIGNATION = /^([A-Z]{1,4})-?(\d{1,3})s?$/;

/** Whether token i is a model's number, right after its capitals ('AK 47', 'MH 17'): part of a name. */
function modelNumberAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    t?.numeric === true &&
    prev !== undefined &&
    /^[A-Z]{1,4}$/.test(prev.text) &&
    (prev.end === t.start || (prev.end + 1 === t.start && prev.text.length > 1))
  );
}

/** The model designation among tokens from..to of a counted phrase, folded ('ak47'), if there is one. */
function designationIn(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const whole = DESIGNATION.exec(t.text);
    if (whole) return `${whole[1]}${whole[2]}`.toLowerCase();
    if (k + 1 < to && modelNumberAt(tokens, k + 1)) return `${t.text}${(tokens[k + 1] as Token).text}`.toLowerCase();
  }
  return undefined;
}

function rawWords(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
}

/** An amount's label: as written when it is vague ('dozens', 'several'), else its number. */
function amountLabel(tokens: readonly Token[], amount: Amount): string {
  return amount.vague ? rawWords(tokens, amount.from, amount.to) : `${amount.value}`;
}

/**
 * What a speed measures, by the words around it: the wind's or its gusts' ('sustained winds of 120 mph'), or how
 * fast someone or something went ('driving 70 mph', 'at speeds of up to 100 mph'). A limit is a rule, not a fact
 * of the event ('a 35 mph zone', 'the speed limit of 65 mph'): undefined, as for a speed with no such word.
 * `from` is the amount's first token, `after` the token after its unit.
 */
function speedAttribute(tokens: readonly Token[], from: number, after: number): string | undefined {
  const near = (k: number) => tokens[k]?.lower ?? '';
  if (SPEED_LIMIT_WORDS.has(near(after)) || SPEED_LIMIT_WORDS.has(near(after + 1))) return undefined;
  let motion = false;
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    const w = near(k);
    if (SPEED_LIMIT_WORDS.has(w)) return undefined;
    if (WIND_WORDS[w]) return WIND_WORDS[w];
    if (MOTION_WORDS.has(w)) motion = true;
    if (isBreak(tokens[k]) && !/^(at|of|to|up)$/.test(w)) break;
  }
  return motion ? 'speed' : undefined;
}

/** Words after 'N times' that make it a multiple or a rate, not a count ('three times the limit', 'twice a day'). */
const NOT_COUNTED_TIMES =
  /^(the|as|more|less|higher|lower|larger|bigger|smaller|greater|over|that|what|a|an|per|each|every|daily|weekly|yearly|annually)$/;

/** Irregular past forms that may take a count of times ('won three times', 'led twice'). */
const IRREGULAR_PAST =
  /^(won|led|ran|beat|hit|shot|struck|met|fought|broke|became|fell|sang|wrote|took|made|went|came|saw|held|lost|beaten|sworn)$/;

/** A count of times written as an adverb at token i ('once', 'twice', 'thrice'), as timesFact reads it. */
function timesAdverbAt(context: ClauseContext, i: number): FactDraft | undefined {
  const word = (context.tokens[i] as Token).lower;
  const n = TIMES_ADVERBS[word];
  return n === undefined ? undefined : timesFact(context, i, { low: n, high: n, to: i + 1, label: word });
}

/**
 * How many times someone did or suffered something: 'was shot three times', 'stabbed twice', 'has hosted the
 * Oscars eight times', 'was arrested three times'. The count starts at token `at` ('three' of 'three times',
 * 'twice') and ends before `count.to`; the verb is the past form before it, past at most three words of its object
 * ('hosted the Oscars'). A multiple or a rate is no count ('three times the legal limit', 'twice a day').
 */
function timesFact(
  context: ClauseContext,
  at: number,
  count: { low: number; high: number; to: number; label: string },
): FactDraft | undefined {
  const { tokens } = context;
  const { low, high, to, label } = count;
  if (NOT_COUNTED_TIMES.test(tokens[to]?.lower ?? '')) return undefined;
  let verb: string | undefined;
  let from = at;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const w = (tokens[k] as Token).lower;
    if (REPEATED_HARM_VERBS.has(w) || IRREGULAR_PAST.test(w) || (w.length > 4 && w.endsWith('ed'))) {
      verb = w;
      from = k;
      break;
    }
    if (!/^[\p{L}\d]/u.test(w) || /^(and|or|but|who|which|was|were|is|are|has|have|had|been)$/.test(w)) break;
  }
  if (!verb) return undefined;
  // whose count it is: the person in subject position ('Crystal hosted the ceremony five times', 'Smith was shot
  // three times'); in the active voice a blow counts for the one it falls on, the object ('Smith shot Jones three
  // times'), and with no named object for no one ('he stabbed his wife 20 times' names no victim). A count of
  // times said of no one is not compared.
  const passive = PASSIVE_AUXILIARIES.has(tokens[from - 1]?.lower ?? '');
  const person =
    REPEATED_HARM_VERBS.has(verb) && !passive
      ? context.people.find((p) => p.from > from && p.to <= at)
      : subjectBefore(context, from);
  if (!person) return undefined;
  return {
    kind: 'count',
    attribute: `times ${verb}`,
    subject: person.entity,
    subjectLabel: person.label,
    value: { type: 'range', low, high, unit: 'times', label },
    from,
    to,
  };
}

/** Whether tokens[i] opens a decimal written without its zero ('.14'). */
function bareDecimalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return t?.text === '.' && n?.numeric === true && n.start === t.end && !n.text.includes('.');
}

/**
 * A blood alcohol concentration said of someone: 'a blood alcohol level of 0.41 percent', 'his blood-alcohol
 * content was .14', 'a .14 blood alcohol content', 'a BAC of 0.08'. The number is looked for after the phrase,
 * up to a legal limit ('more than twice the legal limit of 0.08' states the limit, not the level), or just before
 * it. Read at token i, the phrase's first word.
 */
function bloodAlcoholAt(context: ClauseContext, i: number): FactDraft | undefined {
  const { tokens } = context;
  const t = tokens[i] as Token;
  let end: number;
  if (t.lower === 'blood-alcohol' || t.lower === 'bac') end = i + 1;
  else if (t.lower === 'blood' && tokens[i + 1]?.lower === 'alcohol') end = i + 2;
  else return undefined;
  if (BLOOD_ALCOHOL_NOUNS.has(tokens[end]?.lower ?? '')) end++;
  const valueAt = (k: number): [number, number] | undefined => {
    if (bareDecimalAt(tokens, k)) return [Number(`0.${(tokens[k + 1] as Token).text}`), k + 2];
    const n = tokens[k];
    // a numeric token is digits with separators: without a comma it is a number as JavaScript reads it
    return n?.numeric && !n.text.includes(',') && Number(n.text) < 1 ? [Number(n.text), k + 1] : undefined;
  };
  let found: [number, number, number] | undefined;
  for (let k = end; k < tokens.length && k <= end + 6 && !found; k++) {
    if (SPEED_LIMIT_WORDS.has((tokens[k] as Token).lower)) break;
    const v = valueAt(k);
    if (v) found = [v[0], k, v[1]];
  }
  // 'a .14 blood alcohol content', 'a 0.41 blood-alcohol level'
  for (let k = i - 1; k >= Math.max(0, i - 2) && !found; k--) {
    const v = valueAt(k);
    if (v && v[1] === i) found = [v[0], k, v[1]];
  }
  if (!found) return undefined;
  const [value, from, to] = found;
  const person = personNear(context, Math.min(i, from), Math.max(end, to));
  return {
    kind: 'number',
    attribute: 'blood alcohol',
    subject: person?.entity ?? '',
    subjectLabel: person?.label ?? '',
    value: { type: 'range', low: value, high: value, unit: 'g/100 ml', label: `${value}` },
    from: Math.min(i, from),
    to: Math.max(end, to),
  };
}

/** A length, speed or other amount with a unit, given the attribute its verb or following word states. */
function unitFact(
  context: ClauseContext,
  amount: Amount,
  unit: UnitReading,
  low: number,
  high: number,
  to: number,
): FactDraft | undefined {
  const { tokens } = context;
  let attribute: string | undefined;
  // '10 km (6 miles) deep': the word after a conversion in brackets
  let next = to;
  if (tokens[next]?.text === '(') {
    for (let k = next + 1; k <= next + 5 && k < tokens.length; k++)
      if ((tokens[k] as Token).text === ')') {
        next = k + 1;
        break;
      }
  }
  const after = tokens[next]?.lower ?? '';
  // 'at a depth of 10 km', 'an altitude of 3,000 metres'
  const measure = tokens[amount.from - 1]?.lower === 'of' ? (tokens[amount.from - 2]?.lower ?? '') : '';
  if (unit.dimension === 'speed') attribute = speedAttribute(tokens, amount.from, next);
  if (unit.dimension === 'length') {
    if (measure === 'depth') attribute = 'depth';
    else if (/^(height|altitude|elevation)$/.test(measure)) attribute = 'height';
    else if (DISTANCE_AFTER.has(after)) attribute = 'distance away';
    else if (DEPTH_AFTER.has(after)) attribute = 'depth';
    else if (HEIGHT_AFTER.has(after)) attribute = 'height';
    else {
      // 'fell about 150 metres', 'after falling 2,000ft': a falling verb just before
      for (let k = amount.from - 1; k >= Math.max(0, amount.from - 3); k--)
        if (FALL_WORDS.has(tokens[k]?.lower ?? '')) attribute = 'fall';
    }
  }
  if (!attribute) return undefined;
  // a depth is the event's (a quake's, a mine's), not a person's; so is the wind
  const person = /^(depth|wind speed|gust speed)$/.test(attribute) ? undefined : personNear(context, amount.from, to);
  const shown = Math.round(amount.value * 1000) / 1000;
  return {
    kind: 'number',
    attribute,
    subject: person?.entity ?? '',
    subjectLabel: person?.label ?? '',
    value: {
      type: 'range',
      low: low * unit.factor,
      high: high * unit.factor,
      unit: unit.name,
      label: `${shown} ${tokens[to - 1]?.lower === 'half' ? 'and a half ' : ''}${wordsOf(context, amount.to, unit.to).toLowerCase()}`,
    },
    from: amount.from,
    to,
  };
}
