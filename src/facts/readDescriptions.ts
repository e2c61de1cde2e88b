import {
  CHARGE_CUES,
  CLOSED_CLASSES,
  POLAR_ADVERBS,
  POLAR_PARTICIPLES,
  VEHICLE_NOUNS,
  WEAPON_CUES,
} from '../lexicon/factWords.js';
import { NATIONALITIES, PERSON_DEMONYMS } from '../lexicon/nationalities.js';
import { ORDINAL_IDIOMS, ORDINAL_REFERENCES, ORDINAL_RESTRICTORS, ORDINALS } from '../lexicon/numberWords.js';
import { PERSON_HEAD_NOUNS } from '../lexicon/people.js';
import { stem } from '../text/terms.js';
import {
  type ClauseContext,
  type ClauseMention,
  mentionFrom,
  mentionTo,
  personAfter,
  personNear,
} from './clauseContext.js';
import { numberWordValue } from './readAmount.js';
import { currencyBefore } from './readMoney.js';
import type { FactDraft } from './readNumbers.js';
import { isBreak, matchPhrase, type PhraseIndex, phraseIndex, type Token } from './tokens.js';

/** Each closed class's phrases with the value they state; a plural of one ('frigates') with no value. */
const CLASS_PHRASES: Record<string, PhraseIndex<string | undefined>> = Object.fromEntries(
  Object.entries(CLOSED_CLASSES).map(([cls, values]) => [
    cls,
    phraseIndex(
      Object.entries(values).flatMap(([value, words]) =>
        words.flatMap((w) => [
          [w, value] as const,
          [
            w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`,
            cls === 'charge' || cls === 'grade' ? value : undefined,
          ] as const,
        ]),
      ),
    ),
  ]),
);

const IDIOMS = phraseIndex(ORDINAL_IDIOMS.map((p) => [p, true] as const));

const NATIONALITY_PHRASES = phraseIndex(
  Object.entries(NATIONALITIES).flatMap(([value, words]) => words.map((w) => [w, { phrase: w, value }] as const)),
);

/** The value of a closed class that the tokens from `i` state, and how many tokens state it. */
function classAt(cls: string, tokens: readonly Token[], i: number): { value: string; length: number } | undefined {
  const index = CLASS_PHRASES[cls];
  const found = index ? matchPhrase(index, tokens, i) : undefined;
  // a plural ('frigates') is a count of them, not a description
  return found?.value === undefined ? undefined : { value: found.value, length: found.length };
}

/** The word before the (at most two) describing words before token i: 'a' in 'a sawed-off shotgun'. */
function wordBeforeModifiers(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && k >= i - 3 && !isBreak(tokens[k])) k--;
  return k;
}

function draft(
  attribute: string,
  subject: string,
  subjectLabel: string,
  values: string[],
  from: number,
  to: number,
): FactDraft {
  return {
    kind: 'descriptor',
    attribute,
    subject,
    subjectLabel,
    value: { type: 'category', values, label: values.join(' / ') },
    from,
    to,
  };
}

/** Nouns a settlement word modifies ('the town council', 'the village school'): a compound, no reference to it. */
const SETTLEMENT_COMPOUNDS =
  /^(councils?|halls?|centre|center|manager|officials?|police|limits?|square|clerk|meeting|board|mayor|budget|schools?|green|folk|people|residents?|planners?|attorney|court|line)$/;

/**
 * The settlement a definite or possessive 'town' or 'village' takes up ('her town', 'the village'), when the
 * clause names none beside it: the last one the article named before the clause.
 */
function settlementTakenUp(context: ClauseContext, i: number, end: number): ClauseMention | undefined {
  const { tokens } = context;
  if (!/^(the|her|his|their|its|our|that)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  const next = tokens[end];
  if (next && (/^\p{Ll}/u.test(next.text) ? SETTLEMENT_COMPOUNDS.test(next.lower) : !isBreak(next))) return undefined;
  if (next?.lower === 'of') return undefined;
  return context.previousSettlement;
}

/**
 * What a named thing is called as a kind: 'the village of Tyotkino', 'Tyotkino, a village', 'patrol vessel INS
 * Sukanya', 'frigate INS Sukanya': a ship, aircraft or settlement class said of an entity.
 */
function readKinds(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (const cls of ['vessel', 'aircraft', 'settlement']) {
    for (let i = 0; i < tokens.length; i++) {
      const found = classAt(cls, tokens, i);
      if (!found) continue;
      const end = i + found.length;
      // 'village of X' / 'vessel X' right before the name
      let named =
        mentionFrom(context, end) ?? (tokens[end]?.lower === 'of' ? mentionFrom(context, end + 1) : undefined);
      // 'X, a (small) village'
      if (!named) {
        const k = wordBeforeModifiers(tokens, i);
        if (/^(a|an|the)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',')
          named = mentionTo(context, k - 1);
      }
      // 'her town', 'the village's 2,500 residents': the settlement the article last named (a town or a village;
      // 'the city' as often means a larger one around it)
      if (!named && cls === 'settlement' && found.value !== 'city') named = settlementTakenUp(context, i, end);
      if (!named) continue;
      out.push(draft(cls, named.entity, named.label, [found.value], i, end));
      i = end - 1;
    }
  }
  return out;
}

/** 'a gray Toyota Camry', 'the silver sedan': a vehicle's colour; its make and model, if written, is the subject. */
function readColours(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = classAt('colour', tokens, i);
    if (!found) continue;
    const n = found.length;
    let k = i + n;
    let model: string | undefined;
    let vehicle = false;
    while (k < tokens.length && k < i + n + 4) {
      const t = tokens[k] as Token;
      if (VEHICLE_NOUNS.has(t.lower)) {
        vehicle = true;
        break;
      }
      if (/^\p{Lu}/u.test(t.text) || t.numeric) model = t.lower;
      else break;
      k++;
    }
    if (!vehicle && !model) continue;
    const subject = model && !/^\d+$/.test(model) ? `model:${model}` : '';
    out.push(draft('colour', subject, model ?? 'vehicle', [found.value], i, i + n));
  }
  return out;
}

/** 'charged with vehicular manslaughter', 'faces murder charges': the charge, after a word of charging. */
function readCharges(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const cue = tokens.findIndex((t) => CHARGE_CUES.has(t.lower));
  if (cue < 0) return [];
  const person = personNear(context, cue, cue + 1);
  const out: FactDraft[] = [];
  // what the charge is ('murder', 'vehicular manslaughter') and its grade ('a misdemeanor DUI', 'felony charges')
  for (const [cls, attribute] of [
    ['charge', 'charge'],
    ['grade', 'grade of charge'],
  ] as const) {
    const values: string[] = [];
    let from = -1;
    let to = -1;
    for (let i = Math.max(0, cue - 3); i < tokens.length && i < cue + 12; i++) {
      const found = classAt(cls, tokens, i);
      if (!found) continue;
      if (!values.includes(found.value)) values.push(found.value);
      if (from < 0) from = i;
      to = i + found.length;
      i = to - 1;
    }
    if (values.length) out.push(draft(attribute, person?.entity ?? '', person?.label ?? '', values.sort(), from, to));
  }
  return out;
}

/** 'shot with a shotgun', 'armed with a rifle': the weapon used, one of it, near a word of using it. */
function readWeapons(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  if (!tokens.some((t) => WEAPON_CUES.has(t.lower) && t.lower !== 'with')) return [];
  const out: FactDraft[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const found = classAt('weapon', tokens, i);
    if (!found) continue;
    const k = wordBeforeModifiers(tokens, i);
    if (!/^(a|an|the|his|her|their)$/.test(tokens[k]?.lower ?? '')) continue;
    out.push(draft('weapon', '', 'weapon', [found.value], i, i + found.length));
    i += found.length - 1;
  }
  return out;
}

/**
 * 'a cash gift to a recruit from coach Jim O'Brien', 'he loaned a recruit's mother money', 'he gave about $6,000 to
 * a recruit': whether money a person handed over was a gift or a loan, said of the person who gave it. 'Gave' is a
 * gift only of a sum or of money ('gave a speech' is none).
 */
/** Words that say a thing handed over is money ('gave him cash', 'gave money'). */
const MONEY_NOUNS = /^(money|cash|funds)$/;

function readTransfers(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i++) {
    const found = classAt('transfer', tokens, i);
    if (!found) continue;
    let end = i + found.length;
    // 'gift baskets', 'loan officer': a compound, no money handed over
    const next = tokens[end];
    if (/^(gift|loan)$/.test(tokens[end - 1]?.lower ?? '') && next && !isBreak(next)) continue;
    if (tokens[i]?.lower === 'gave') {
      // the sum or the money given is part of what the outlet wrote ('gave about $6,000')
      let k = end;
      while (
        k < end + 4 &&
        k < tokens.length &&
        !currencyBefore(tokens, k) &&
        !MONEY_NOUNS.test(tokens[k]?.lower ?? '')
      )
        k++;
      if (k === end + 4 || k === tokens.length) continue;
      end = currencyBefore(tokens, k) && tokens[k + 1]?.numeric ? k + 2 : k + 1;
    }
    // 'O'Brien acknowledged he gave ...': a pronoun after the speaker's verb is the speaker
    const { speakerEntity } = context.claim;
    const named = speakerEntity ? context.mentions.find((m) => m.entity === speakerEntity) : undefined;
    const self = named && /^(he|she)$/.test(tokens[i - 1]?.lower ?? '') ? named : undefined;
    const person = personNear(context, i, end) ?? self;
    if (!person) return [];
    return [draft('transfer', person.entity, person.label, [found.value], i, end)];
  }
  return [];
}

/**
 * 'Raj Chohan was struck by a car', 'the man was shot dead', 'she was stabbed to death': how a person was killed,
 * of the person the clause is about. One manner a clause: the first stated.
 */
function readDeaths(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  for (let i = 0; i < tokens.length; i++) {
    const found = classAt('death', tokens, i);
    if (!found) continue;
    // 'if he is shot', 'could have drowned': a manner that did not befall anyone is none
    if (tokens.slice(Math.max(0, i - 4), i).some((t) => /^(if|could|would|might|nearly|almost)$/.test(t.lower)))
      return [];
    const person = personNear(context, i, i + found.length);
    if (!person) return [];
    return [draft('manner of harm', person.entity, person.label, [found.value], i, i + found.length)];
  }
  return [];
}

/**
 * 'Australian climber Duncan Rait', 'a 32-year-old Briton', 'the New Zealand climber': a demonym said of a person.
 * 'New Zealand-born' is a birthplace, not a nationality, and a country after 'in' or 'from' a place.
 */
function readNationalities(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (/^(in|from|of|to|at)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    const found = matchPhrase(NATIONALITY_PHRASES, tokens, i);
    if (!found || !/^\p{Lu}/u.test(tokens[i]?.text ?? '')) continue;
    const { phrase, value } = found.value;
    const n = found.length;
    const personNoun = PERSON_HEAD_NOUNS.has(tokens[i + n]?.lower ?? '');
    const name = mentionFrom(context, i + n, (m) => m.kind === 'person') !== undefined;
    const asNoun = /^(a|an)$/.test(tokens[i - 1]?.lower ?? '') && isBreak(tokens[i + n]);
    // a demonym that is not said of a person ('Australian media') is no nationality; read on past it
    if (!PERSON_DEMONYMS.has(phrase) && !personNoun && !name && !asNoun) continue;
    const to = personNoun ? i + n + 1 : i + n;
    const person = personNear(context, i, to);
    out.push(draft('nationality', person?.entity ?? '', person?.label ?? '', [value], i, to));
    i = to - 1;
  }
  return out;
}

/** 'well equipped' / 'ill-equipped' / 'insufficiently equipped': how well a condition held, and of whom. */
function readConditions(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let side: 'well' | 'poorly' | undefined;
    let participle: string | undefined;
    let to = i + 1;
    const joined = /^([a-z]+)-([a-z]+)$/.exec(t.lower);
    if (joined && POLAR_PARTICIPLES.has(joined[2] as string)) {
      side = POLAR_ADVERBS[joined[1] as string];
      participle = joined[2];
    } else if (POLAR_ADVERBS[t.lower]) {
      // 'insufficiently equipped', 'appeared to be "insufficiently" equipped'
      let k = i + 1;
      while (tokens[k]?.text === '"' || tokens[k]?.text === "'") k++;
      if (POLAR_PARTICIPLES.has(tokens[k]?.lower ?? '')) {
        side = POLAR_ADVERBS[t.lower];
        participle = tokens[k]?.lower;
        to = k + 1;
      }
    }
    if (!side || !participle) continue;
    // 'an ill-equipped mountain climber ..., Robert Buckley': said before a noun, it describes who follows
    const attributive = !isBreak(tokens[to]) && !/^(but|and|at|for)$/.test(tokens[to]?.lower ?? '');
    const person = attributive ? personAfter(context, to) : personNear(context, i, to);
    out.push(draft(participle, person?.entity ?? '', person?.label ?? '', [side], i, to));
  }
  return out;
}

/**
 * 'the fourth head coach since King took over', 'Cheeks's 21st season': a rank, keyed by what it ranks, whether a
 * phrase after it narrows the set ranked in ('since', 'under', 'in four years'), and whose it is.
 */
function readOrdinals(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let n = ORDINALS[t.lower];
    let first = i + 1;
    if (
      n === undefined &&
      t.numeric &&
      /^(st|nd|rd|th)$/.test(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 1]?.start === t.end
    ) {
      n = Number(t.text);
      first = i + 2;
    }
    if (n === undefined || !Number.isInteger(n)) continue;
    if (matchPhrase(IDIOMS, tokens, first)) continue;
    // 'two games behind the eighth seed', 'ahead of the third': a point of comparison, not a rank of the subject
    let before = i - 1;
    if (/^(the|a)$/.test(tokens[before]?.lower ?? '')) before--;
    if (tokens[before]?.lower === 'of') before--;
    if (ORDINAL_REFERENCES.has(tokens[before]?.lower ?? '')) continue;
    // '117th Street', 'the 79th Academy Awards': an ordinal in digits before a capital is part of a name
    if (t.numeric && /^\p{Lu}/u.test(tokens[first]?.text ?? '')) continue;
    // 'the first two seasons' is a span of them, not a rank
    if (tokens[first]?.numeric || numberWordValue(tokens[first]?.lower ?? '') !== undefined) continue;
    let k = first;
    while (k < tokens.length && k < first + 3 && !isBreak(tokens[k]) && !/(ly|ing)$/.test(tokens[k]?.lower ?? '')) k++;
    const head = tokens[k - 1];
    if (k === first || !head || /^(time|times)$/.test(head.lower) || /^\p{Lu}/u.test(head.text)) continue;
    const restricted = ORDINAL_RESTRICTORS.has(tokens[k]?.lower ?? '');
    const person = personNear(context, i, k);
    const key = `${stem(head.lower)}${restricted ? ' (in a narrower set)' : ''}`;
    out.push({
      kind: 'count',
      attribute: `rank: ${key}`,
      subject: person?.entity ?? '',
      subjectLabel: person?.label ?? '',
      value: { type: 'range', low: n, high: n, unit: 'rank', label: `${n}` },
      from: i,
      to: k,
    });
  }
  return out;
}

/**
 * The same people named by their count, with what befell them: 'rescued 26 crewmembers' against 'apprehended 26
 * pirates' says one outlet's victims are another's captives.
 */
function readRoles(context: ClauseContext, counts: readonly FactDraft[]): FactDraft[] {
  const out: FactDraft[] = [];
  // the verb that states the role: the first word of it in the clause, when it comes before the count
  let roleVerb: number | undefined;
  for (const c of counts) {
    if (c.kind !== 'count' || c.subject !== 'thing:people' || c.value.type !== 'range') continue;
    if (c.value.low !== c.value.high || c.value.low < 2) continue;
    const role = c.attribute === 'rescued' ? 'rescued' : c.attribute === 'arrested' ? 'captured' : undefined;
    if (!role) continue;
    roleVerb ??= context.tokens.findIndex((t) =>
      /^(rescu|apprehend|nabb|captur|arrest|detain|saved|freed)/.test(t.lower),
    );
    const at = roleVerb >= 0 && roleVerb < c.from ? roleVerb : c.from;
    out.push(draft('role', `group:${c.value.low}`, `the ${c.value.low}`, [role], at, at + 1));
  }
  return out;
}

/** Descriptions of a clause over closed classes, conditions and ranks. */
export function readDescriptions(context: ClauseContext, counts: readonly FactDraft[]): FactDraft[] {
  return [
    ...readKinds(context),
    ...readColours(context),
    ...readCharges(context),
    ...readWeapons(context),
    ...readDeaths(context),
    ...readTransfers(context),
    ...readNationalities(context),
    ...readConditions(context),
    ...readOrdinals(context),
    ...readRoles(context, counts),
  ];
}
