import { RESIDENCE_VERBS } from '../lexicon/factWords.js';
import { NEWS_SOURCES } from '../lexicon/newsAgencies.js';
import { ORGANIZATION_HEADS } from '../lexicon/organizationWords.js';
import { COMPASS_POINTS } from '../lexicon/placeWords.js';
import {
  type ClauseContext,
  type ClauseMention,
  mentionFrom,
  mentionTo,
  personNear,
  subjectBefore,
  wordsOf,
} from './clauseContext.js';
import { clauseVerbs, saidAt, stateVerbAt, verbNear, verbOf } from './predicates.js';
import type { FactDraft } from './readNumbers.js';
import type { Token } from './tokens.js';

type PlaceValue = Extract<FactDraft['value'], { type: 'place' }>;

/** A place named from token `from`: its value and the tokens [from, to) that name it, the region after a comma included. */
interface PlaceReading {
  value: PlaceValue;
  from: number;
  to: number;
}

const CAPITAL = /^\p{Lu}/u;
const AGENCIES = new Set(NEWS_SOURCES.map((s) => s.toLowerCase()));

/**
 * A name that says it is an organization by its head, the last word of an English noun phrase ('the Environmental
 * Protection Agency', not 'College Point'), or a news agency ('Reuters'): an employer, not a home.
 */
function organizationName(context: ClauseContext, from: number, to: number): boolean {
  return (
    AGENCIES.has(wordsOf(context, from, to).toLowerCase()) ||
    ORGANIZATION_HEADS.has(context.tokens[to - 1]?.lower ?? '')
  );
}
const LEADING = /^(the)$/;
const CLAUSE_END = /^(who|which|that|when|where|while|because|after|before|but|and|or)$/;

/**
 * A run of capitalised words from token i ('Schenectady', 'N.Y.', 'South Ozone Park'), with the full stops of
 * an abbreviation; at most five tokens. Returns the end of the run, or i when there is none.
 */
function capitalRun(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 5) {
    const t = tokens[k] as Token;
    if (CAPITAL.test(t.text)) k++;
    // 'N.Y.', 'U.K.': a full stop after a one-letter capital
    else if (t.text === '.' && k > i && (tokens[k - 1] as Token).text.length === 1) k++;
    else break;
  }
  return k;
}

/**
 * The place named at token i ('of Queens', 'in South Ozone Park', 'of Schenectady, N.Y.'): an entity of the event
 * when one is mentioned there, else the capitalised words. A region after a comma ('Schenectady, N.Y.') is kept
 * as where the place lies. `organizations` says whether a name of the event typed as an organization may be read
 * as a place here (only where the pattern itself says 'place').
 */
function placeAt(context: ClauseContext, at: number, organizations: boolean): PlaceReading | undefined {
  const { tokens } = context;
  let i = at;
  if (LEADING.test(tokens[i]?.lower ?? '')) i++;
  const mention = mentionFrom(context, i);
  if (mention && mention.kind === 'organization' && !organizations) return undefined;
  const end = mention ? mention.to : capitalRun(tokens, i);
  if (end === i || organizationName(context, i, end)) return undefined;
  const label = mention ? mention.label : wordsOf(context, i, end);
  const value: PlaceValue = { type: 'place', entity: mention?.entity ?? '', label, within: [] };
  let to = end;
  if (tokens[end]?.text === ',') {
    const regionEnd = capitalRun(tokens, end + 1);
    const after = tokens[regionEnd];
    if (regionEnd > end + 1 && (!after || after.text === ',' || after.text === '.' || CLAUSE_END.test(after.lower))) {
      value.within.push(wordsOf(context, end + 1, regionEnd));
      to = regionEnd;
    }
  }
  return { value, from: i, to };
}

/**
 * Where the story's event happened, as its lede says it (news style puts the place in the first sentence: 'A bomb
 * exploded in Kandahar on Monday'): the first place of the event named after 'in' in a clause that is not what
 * someone said. Only a name the event types as a place; a region agrees with any place in it when compared.
 */
function eventPlace(context: ClauseContext): FactDraft | undefined {
  const { tokens } = context;
  const verbs = clauseVerbs(tokens);
  for (let i = 0; i < tokens.length - 1; i++) {
    if ((tokens[i] as Token).lower !== 'in' || saidAt(tokens, i)) continue;
    // 'was living in Melbourne' is a state, not where the event happened
    const near = verbNear(verbs, i);
    if (!near || stateVerbAt(tokens, near[0])) continue;
    const at = LEADING.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (!mentionFrom(context, at, (m) => m.kind === 'place')) continue;
    const place = placeAt(context, at, false);
    if (!place) continue;
    return {
      kind: 'name',
      attribute: 'place of the event',
      subject: '',
      subjectLabel: '',
      value: place.value,
      from: place.from,
      to: place.to,
    };
  }
  return undefined;
}

/**
 * The way the story's ship, plane or convoy went, as its lede says it: 'from X to Y' with two names the event
 * types as places ('the ferry was sailing from Dover to Calais'). The value is the ordered pair, so the same two
 * places the other way round differ.
 */
function eventRoute(context: ClauseContext): FactDraft | undefined {
  const { tokens } = context;
  for (let i = 0; i < tokens.length - 3; i++) {
    if ((tokens[i] as Token).lower !== 'from' || saidAt(tokens, i)) continue;
    const origin = mentionFrom(context, i + 1, (m) => m.kind === 'place');
    if (!origin || tokens[origin.to]?.lower !== 'to') continue;
    const destination = mentionFrom(context, origin.to + 1, (m) => m.kind === 'place');
    if (!destination) continue;
    const label = `${origin.label} to ${destination.label}`;
    return {
      kind: 'descriptor',
      attribute: 'route',
      subject: '',
      subjectLabel: '',
      value: {
        type: 'category',
        values: [`${origin.entity || origin.label}>${destination.entity || destination.label}`],
        label,
      },
      from: i,
      to: destination.to,
    };
  }
  return undefined;
}

/** The point of the compass written from token i ('north', 'north-east', 'north east', 'north-northeast'), keyed as in COMPASS_POINTS. */
function compassAt(tokens: readonly Token[], i: number): { key: string; length: number } | undefined {
  // every point opens with one of the four letters: most tokens are settled by their first character
  const first = tokens[i]?.lower.charAt(0);
  if (first !== 'n' && first !== 's' && first !== 'e' && first !== 'w') return undefined;
  const one = (tokens[i] as Token).lower.replace(/-/g, '');
  if (!COMPASS_POINTS.has(one)) return undefined;
  const next = tokens[i + 1]?.lower.replace(/-/g, '') ?? '';
  return next && COMPASS_POINTS.has(one + next) ? { key: one + next, length: 2 } : { key: one, length: 1 };
}

/**
 * A bearing from a named place: '150 nautical miles east of Aden', 'north-east of Ludian', 'to the west of Kyiv'.
 * 'In the north of England' names a part of the place, not a bearing from it, and is not read.
 */
function bearingAt(context: ClauseContext, i: number): FactDraft | undefined {
  const { tokens } = context;
  const point = compassAt(tokens, i);
  if (!point || tokens[i + point.length]?.lower !== 'of') return undefined;
  if (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower !== 'to') return undefined;
  const place = placeAt(context, i + point.length + 1, false);
  if (!place) return undefined;
  return {
    kind: 'descriptor',
    attribute: 'direction from',
    subject: place.value.entity || `place:${place.value.label.toLowerCase()}`,
    subjectLabel: place.value.label,
    value: { type: 'category', values: [point.key], label: wordsOf(context, i, i + point.length).toLowerCase() },
    from: i,
    to: place.to,
  };
}

function residence(person: ClauseMention, place: PlaceReading): FactDraft {
  return {
    kind: 'name',
    attribute: 'residence',
    subject: person.entity,
    subjectLabel: person.label,
    value: place.value,
    from: place.from,
    to: place.to,
  };
}

/**
 * Who did what the clause says was done, in the passive voice: 'Jackson was arrested by the California Highway
 * Patrol', 'she was struck by a car driven by Vishwanand Subryan', 'the clinic was founded by Regina Benjamin': the
 * person or organization after 'by', as a fact of the verb before it and of the person it was done to. One
 * slot filled by two names ('arrested by the Highway Patrol' / 'by San Diego police') is a discrepancy of kind
 * 'name'; two spellings of one name ('CHP' / 'California Highway Patrol') agree.
 */
function agentsOf(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if ((tokens[i] as Token).lower !== 'by') continue;
    const verb = verbOf(tokens[i - 1] as Token);
    if (!verb) continue;
    let at = i + 1;
    if (LEADING.test(tokens[at]?.lower ?? '')) at++;
    const agent = mentionFrom(context, at, (m) => m.kind === 'person' || m.kind === 'organization');
    if (!agent) continue;
    // only of a person it was done to: 'the 85th Academy Awards, hosted by Seth MacFarlane' and 'the 2007 Oscars
    // hosted by DeGeneres' are two shows
    const patient = subjectBefore(context, i - 1);
    if (!patient || patient.entity === agent.entity) continue;
    out.push({
      kind: 'name',
      attribute: `by (${verb})`,
      subject: patient.entity,
      subjectLabel: patient.label,
      value: { type: 'place', entity: agent.entity, label: agent.label, within: [] },
      from: at,
      to: agent.to,
    });
    i = agent.to - 1;
  }
  return out;
}

/**
 * Where the people of a clause live, and where its places lie.
 * - Residence: 'Raj Chohan, 59, of College Point' (the AP Stylebook's name, age, hometown), 'Subryan of
 *   Schenectady', 'who lived half a mile away in South Ozone Park', 'a New Zealander living in Melbourne', 'a
 *   resident of Queens', 'Queens resident Raj Chohan'.
 * - Where a place lies ('117th Street in Queens', 'Richmond Hill, Queens'): attribute 'within', the knowledge
 *   that tells a region from a place inside it when residences are compared.
 * - A bearing from a named place ('150 nautical miles east of Aden'): attribute 'direction from', the place its
 *   subject, a point of the compass its value.
 */
export function readPlaces(context: ClauseContext, lede = false): FactDraft[] {
  const { tokens, people } = context;
  const out: FactDraft[] = agentsOf(context);
  if (lede) {
    const where = eventPlace(context);
    if (where) out.push(where);
    const route = eventRoute(context);
    if (route) out.push(route);
  }
  // 'NAME, AGE, of PLACE', 'NAME, of PLACE', 'NAME of PLACE'
  for (const person of people) {
    let k = person.to;
    const comma = tokens[k]?.text === ',';
    if (comma) k++;
    if (comma && tokens[k]?.numeric && tokens[k + 1]?.text === ',') k += 2;
    if (tokens[k]?.lower !== 'of') continue;
    // without the comma, 'NAME of X' is as often an employer ('Smith of Reuters'): only a name typed a place
    if (!comma && !mentionFrom(context, k + 1, (m) => m.kind === 'place')) continue;
    const place = placeAt(context, k + 1, comma);
    if (place) out.push(residence(person, place));
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const bearing = bearingAt(context, i);
    if (bearing) {
      out.push(bearing);
      i = bearing.to - 1;
      continue;
    }
    // 'who lived half a mile away in South Ozone Park', 'living and working in Christchurch'
    if (RESIDENCE_VERBS.has(t.lower)) {
      for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
        const w = tokens[k] as Token;
        if (w.text === ',' || w.text === '.' || w.text === ';' || (CLAUSE_END.test(w.lower) && w.lower !== 'and'))
          break;
        if (w.lower !== 'in') continue;
        const place = placeAt(context, k + 1, false);
        const person = place && personNear(context, i, i + 1);
        if (place && person) out.push(residence(person, place));
        break;
      }
      continue;
    }
    // 'a resident of Queens'; 'Queens resident Raj Chohan'
    if (/^residents?$/.test(t.lower)) {
      if (tokens[i + 1]?.lower === 'of') {
        const place = placeAt(context, i + 2, true);
        const person = place && personNear(context, i, i + 1);
        if (place && person) out.push(residence(person, place));
        continue;
      }
      const person = mentionFrom(context, i + 1, (m) => m.kind === 'person');
      const before = mentionTo(context, i);
      if (person && before) {
        const place = placeAt(context, before.from, true);
        if (place) out.push(residence(person, place));
      }
      continue;
    }
    // '117th Street in Queens', 'Richmond Hill, Queens': where a named place lies
    if ((t.lower === 'in' || t.text === ',') && i > 0) {
      const inner = mentionTo(context, i);
      if (!inner) continue;
      const outer = placeAt(context, i + 1, false);
      if (!outer || outer.value.entity === inner.entity) continue;
      // after a comma, only a name of the event typed as a place ('Richmond Hill, Queens'), not a list of names
      if (t.text === ',' && !mentionFrom(context, outer.from, (m) => m.kind === 'place')) continue;
      out.push({
        kind: 'name',
        attribute: 'within',
        subject: inner.entity,
        subjectLabel: inner.label,
        value: { ...outer.value, within: [] },
        from: inner.from,
        to: outer.to,
      });
    }
  }
  return out;
}
