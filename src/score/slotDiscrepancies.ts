import { type FactSlot, isEntitySubject } from '../facts/alignFacts.js';
import { isRegionName } from '../facts/regions.js';
import type { Fact } from '../facts/types.js';
import { BROADER } from '../lexicon/factWords.js';
import { COMPASS_POINTS } from '../lexicon/placeWords.js';
import { compareNames } from '../names/compareNames.js';
import { appendTo } from '../text/appendTo.js';
import { maxOf, minOf } from '../text/extremes.js';
import type { Discrepancy, DiscrepancyKind, DiscrepancyValue } from './findDiscrepancies.js';

/** A value of none ('no one was killed', 'held without bail'): none in any unit. */
const isNone = (v: { low: number; high: number }) => v.low === 0 && v.high === 0;

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Attributes that are the event's own, not a person's: compared even when no clause names whose they are. */
const EVENT_ATTRIBUTES =
  /^(charge|weapon|colour|role|vessel|aircraft|settlement|ransom|damage|magnitude|depth|place of the event|route|speed|wind speed|gust speed|blood alcohol|bail|fine|grade of charge|delay \(.+\)|duration \(.+\))$/;

/**
 * Attributes an article may state twice of two things ('north of X' and 'south of X'; two cars' speeds; two
 * defendants' bail): its own two values are two facts, not a conflict. (Kept a literal apart from EVENT_ATTRIBUTES,
 * so that the regex-safety test reads both.)
 */
const SELF_CHECKED = /^(direction from|speed|wind speed|gust speed|bail|fine|delay \(.+\)|duration \(.+\)|by \(.+\))$/;

type PlaceValue = Extract<Fact['value'], { type: 'place' }>;

const placeKeys = (v: PlaceValue) => [v.entity, v.label.toLowerCase()].filter(Boolean);

/**
 * Whether two places can both be the answer: one place (one entity, or two spellings of one name), one inside
 * the other as an article writes it ('Schenectady, N.Y.'), or one of them a region: a country, a continent or a
 * US state, or a place the event places something in ('117th Street in Queens'). Without a gazetteer, what lies
 * inside a region is not known, so a region agrees with any place.
 */
function samePlace(x: PlaceValue, y: PlaceValue, regions: ReadonlySet<string>): boolean {
  if (x.entity && x.entity === y.entity) return true;
  const xs = placeKeys(x);
  const ys = placeKeys(y);
  if ([...xs, ...ys].some((k) => regions.has(k)) || isRegionName(x.label) || isRegionName(y.label)) return true;
  const lower = (v: PlaceValue) => v.within.map((w) => w.toLowerCase());
  if (lower(x).some((w) => ys.includes(w)) || lower(y).some((w) => xs.includes(w))) return true;
  return compareNames(x.label, y.label).match;
}

type TimeValue = Extract<Fact['value'], { type: 'time' }>;

/** What the event knows that the readers of one fact do not: its regions, and the offset of its local time. */
export interface SlotKnowledge {
  /** Places (entity ids and lower-case names) that the event names as containing another ('within' facts). */
  regions: ReadonlySet<string>;
  /** Minutes from UTC of the event's local clock, when an article gives both ('8:00 am (0500 GMT)'). */
  localOffset?: number;
}

const NO_KNOWLEDGE: SlotKnowledge = { regions: new Set() };

/** The offset of the event's local clock: the most common one of times given with their UTC equivalent. */
function localOffsetOf(slots: readonly FactSlot[]): number | undefined {
  const counts = new Map<number, number>();
  for (const slot of slots)
    for (const f of slot.facts) {
      const v = f.value;
      if (v.type !== 'time' || v.utc === undefined || (v.zone && v.zone !== 'local time')) continue;
      let offset = (((v.minutes - v.utc) % 1440) + 1440) % 1440;
      if (offset > 720) offset -= 1440;
      counts.set(offset, (counts.get(offset) ?? 0) + 1);
    }
  return [...counts].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]?.[0];
}

/** A time's range in UTC minutes, when its zone or the event's local offset says it. */
function utcRange(v: TimeValue, localOffset: number | undefined): [number, number] | undefined {
  const shift =
    v.utc !== undefined
      ? v.minutes - v.utc
      : (!v.zone || v.zone === 'local time') && localOffset !== undefined
        ? localOffset
        : undefined;
  return shift === undefined ? undefined : [v.low - shift, v.high - shift];
}

/** Whether two ranges of minutes on a 24-hour clock come within five minutes of each other. */
function clockOverlap(x: readonly [number, number], y: readonly [number, number]): boolean {
  return [-1440, 0, 1440].some((k) => x[0] <= y[1] + k + 5 && y[0] + k <= x[1] + 5);
}

/**
 * Whether two clock times can be one: the same instant once both are in UTC ('4 p.m. (1300 GMT)' and '13:00
 * GMT'); two clocks of one zone, or both of the event's place, compared as written; a time in a zone the other's
 * cannot be related to is no disagreement.
 */
function sameTime(x: TimeValue, y: TimeValue, localOffset: number | undefined): boolean {
  const ux = utcRange(x, localOffset);
  const uy = utcRange(y, localOffset);
  if (ux && uy) return clockOverlap(ux, uy);
  const local = (v: TimeValue) => !v.zone || v.zone === 'local time';
  if ((local(x) && local(y)) || x.zone === y.zone) return clockOverlap([x.low, x.high], [y.low, y.high]);
  return true;
}

/**
 * Whether two points of the compass can name one bearing: their sectors (45 degrees wide for a point of the
 * 8-point rose, 22.5 for one of the 16-point rose) meet or overlap, so 'north' and 'north-east' can both hold and
 * 'east' and 'west' cannot. Undefined when the values are not points of the compass.
 */
function sameBearing(xs: readonly string[], ys: readonly string[]): boolean | undefined {
  const [a, b] = [COMPASS_POINTS.get(xs[0] ?? ''), COMPASS_POINTS.get(ys[0] ?? '')];
  if (a === undefined || b === undefined) return undefined;
  const half = (deg: number) => (deg % 45 === 0 ? 22.5 : 11.25);
  return degreesApart(a, b) <= half(a) + half(b);
}

/** The angle between two bearings, 0 to 180 degrees. */
function degreesApart(a: number, b: number): number {
  return Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
}

/** Whether two values of a slot can both hold, given what the event knows (its regions, its local time). */
export function compatible(a: Fact, b: Fact, knowledge: SlotKnowledge = NO_KNOWLEDGE): boolean {
  const x = a.value;
  const y = b.value;
  if (x.type === 'place' && y.type === 'place') return samePlace(x, y, knowledge.regions);
  if (x.type === 'time' && y.type === 'time') return sameTime(x, y, knowledge.localOffset);
  if (x.type === 'range' && y.type === 'range') {
    // sums in two currencies: no exchange rate is assumed; none is none in any unit
    if (x.unit !== y.unit && !isNone(x) && !isNone(y)) return true;
    // within rounding ('200 feet' = '60 metres'): 3 % of the larger value; a magnitude is given to a tenth
    const slack = x.unit === 'magnitude' ? 0.01 : 0.03 * Math.max(Math.abs(x.high), Math.abs(y.high));
    return x.low <= y.high + slack && y.low <= x.high + slack;
  }
  if (x.type === 'date' && y.type === 'date') {
    if (x.family !== y.family) return true;
    // 'by 1987' holds with any year up to 1987
    if (x.by || y.by) return x.by && y.by ? true : x.by ? y.key <= x.key : x.key <= y.key;
    return x.key === y.key;
  }
  if (x.type === 'category' && y.type === 'category') {
    const bearings = sameBearing(x.values, y.values);
    if (bearings !== undefined) return bearings;
    const covers = (p: string, q: string) =>
      p === q || (BROADER[p] ?? []).includes(q) || (BROADER[q] ?? []).includes(p);
    return x.values.some((p) => y.values.some((q) => covers(p, q)));
  }
  return true;
}

/** The middle of an amount's or a time's range; 0 for values that have none. */
function middle(f: Fact): number {
  const v = f.value;
  return v.type === 'range' || v.type === 'time' ? (v.low + v.high) / 2 : 0;
}

/** The most frequent of some strings, the first in alphabetical order on a tie. */
function mostCommon(values: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Groups of mutually compatible facts, in a fixed order: each fact joins the first group it agrees with wholly. */
function valueGroups(all: readonly Fact[], knowledge: SlotKnowledge): Fact[][] {
  // a region agrees with every place in it, so it takes no side: places are grouped without it
  const specific = all.filter(
    (f) =>
      f.value.type !== 'place' ||
      !(isRegionName(f.value.label) || placeKeys(f.value).some((k) => knowledge.regions.has(k))),
  );
  const facts = specific.length > 0 ? specific : all;
  const ordered = [...facts].sort((a, b) => middle(a) - middle(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // each group is checked against its distinct values, not every member: a slot of thousands of articles that
  // state a few values costs their number times the values, not its square
  const groups: { facts: Fact[]; values: Fact[]; keys: Set<string> }[] = [];
  for (const f of ordered) {
    const key = JSON.stringify(f.value);
    const home = groups.find((g) => g.keys.has(key) || g.values.every((o) => compatible(f, o, knowledge)));
    if (!home) groups.push({ facts: [f], values: [f], keys: new Set([key]) });
    else {
      home.facts.push(f);
      if (!home.keys.has(key)) {
        home.keys.add(key);
        home.values.push(f);
      }
    }
  }
  return groups.map((g) => g.facts);
}

/**
 * The facts of a slot that can be compared with each other: for amounts, those in the unit most of them use (a sum
 * in euros is not set against sums in dollars, nor grouped with them).
 */
function comparable(facts: readonly Fact[]): readonly Fact[] {
  // the units of values other than none (none is none in any unit)
  const units = facts.flatMap((f) => (f.value.type === 'range' && !isNone(f.value) ? [f.value.unit] : []));
  if (new Set(units).size < 2) return facts;
  const unit = mostCommon(units);
  // none is none in any unit ('held without bail' against '$1 million bail')
  return facts.filter((f) => f.value.type !== 'range' || f.value.unit === unit || isNone(f.value));
}

/** Who a fact's claim says asserts it, when the article attributes it. */
type Speakers = ReadonlyMap<string, { key: string; label: string }>;

/**
 * Whether an article gives two values of the slot that cannot both hold in its own voice or one speaker's: then
 * the slot holds two facts. Two values that two different speakers assert are a contest the article reports.
 */
function selfContradicting(facts: readonly Fact[], speakers: Speakers): boolean {
  const byArticle = new Map<string, Fact[]>();
  for (const f of facts) appendTo(byArticle, f.articleId, f);
  for (const own of byArticle.values())
    for (let i = 0; i < own.length; i++)
      for (let j = i + 1; j < own.length; j++) {
        const [a, b] = [own[i] as Fact, own[j] as Fact];
        if (compatible(a, b)) continue;
        const sa = speakers.get(a.claimId)?.key;
        const sb = speakers.get(b.claimId)?.key;
        if (sa === undefined || sb === undefined || oneParty(sa, sb)) return true;
      }
  return false;
}

/**
 * The parties of a slot's values, when every value is asserted by speakers of its own: each fact of each group
 * attributed, and no speaker behind two values ('the ministry said 12 were killed' / 'Kyiv said no one was').
 * Undefined when any value is an outlet's own word or one speaker gives two values.
 */
function partiesOf(groups: readonly Fact[][], speakers: Speakers): string[][] | undefined {
  const keys: string[][] = [];
  const labels: string[][] = [];
  for (const group of groups) {
    const mine = new Map<string, string>();
    for (const f of group) {
      const speaker = speakers.get(f.claimId);
      if (!speaker) return undefined;
      if (!mine.has(speaker.key)) mine.set(speaker.key, speaker.label);
    }
    keys.push([...mine.keys()]);
    labels.push([...mine.values()].sort());
  }
  // no party behind two values
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      if ((keys[i] as string[]).some((a) => (keys[j] as string[]).some((b) => oneParty(a, b)))) return undefined;
  return labels;
}

/** Two named speakers are one party when they share a name word ('Russian Defence Ministry' / 'Russian army'). */
function oneParty(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => words.has(w));
}

function severityOf(slot: FactSlot, groups: Fact[][]): number {
  const first = slot.facts[0] as Fact;
  const mids = groups.map((g) => middle(g[0] as Fact));
  if (first.value.type === 'range') {
    const max = maxOf(mids);
    const min = minOf(mids);
    return round(Math.min(1, 0.2 + (1.5 * (max - min)) / Math.max(Math.abs(max), 1e-9)));
  }
  if (first.value.type === 'time') {
    // minutes apart on the clock: half an hour is a minor difference of timing, more a conflict about when
    const spread = maxOf(mids) - minOf(mids);
    const d = Math.min(spread, 1440 - spread);
    return round(d <= 30 ? d / 120 : Math.min(1, 0.3 + d / 240));
  }
  if (slot.attribute === 'role' || slot.attribute === 'charge') return 0.7;
  // bearings: the share of a half turn between the farthest two ('east' / 'west' 1, 'north' / 'east' 0.5)
  const bearings = groups.map((g) =>
    COMPASS_POINTS.get(g[0]?.value.type === 'category' ? (g[0].value.values[0] ?? '') : ''),
  );
  if (bearings.every((b) => b !== undefined)) {
    let widest = 0;
    for (const a of bearings) for (const b of bearings) widest = Math.max(widest, degreesApart(a, b));
    return round(widest / 180);
  }
  return first.value.type === 'date' ? 0.4 : 0.3;
}

function describe(slot: FactSlot): string {
  // 'direction from Aden', 'charge of LaSalle'
  const about = slot.subjectLabel ? ` ${/ from$/.test(slot.attribute) ? '' : 'of '}${slot.subjectLabel}` : '';
  // 'time repel' → 'time (repel)': the time of what the verb says
  const at = /^(time|day) (?!of the event)(.+)$/.exec(slot.attribute);
  return `${at ? `${at[1]} (${at[2]})` : slot.attribute}${about}`;
}

/** The label shown for a group: the most common label among its facts. */
function labelOf(group: readonly Fact[]): string {
  return mostCommon(group.map((f) => f.value.label)) ?? '';
}

/** Whether the values only changed as the story developed: every group published after the one before. */
function developingOrder(groups: Fact[][]): Fact[][] | undefined {
  if (!groups.every((g) => g.every((f) => f.publishedAt))) return undefined;
  const span = (g: Fact[]) => {
    const times = g.map((f) => Date.parse(f.publishedAt as string)).filter(Number.isFinite);
    return [minOf(times), maxOf(times)] as const;
  };
  const ordered = [...groups].sort((a, b) => span(a)[0] - span(b)[0]);
  for (let i = 1; i < ordered.length; i++)
    if (span(ordered[i] as Fact[])[0] <= span(ordered[i - 1] as Fact[])[1]) return undefined;
  return ordered;
}

/**
 * The discrepancies of aligned facts: each slot whose outlets give values that cannot both hold (ranges that do
 * not overlap once hedges are read; two days; two values of a closed class, neither the kind of the other).
 * Values that changed in publication order are flagged `developing` and listed in that order.
 */
export function slotDiscrepancies(slots: readonly FactSlot[], speakers: Speakers = new Map()): Discrepancy[] {
  const out: Discrepancy[] = [];
  const regions = new Set<string>();
  for (const slot of slots)
    if (slot.attribute === 'within')
      for (const f of slot.facts) if (f.value.type === 'place') for (const k of placeKeys(f.value)) regions.add(k);
  const localOffset = localOffsetOf(slots);
  const knowledge: SlotKnowledge = localOffset === undefined ? { regions } : { regions, localOffset };
  for (const slot of slots) {
    // where a place lies is knowledge for comparing places; telling a wrong region from a broader one needs a
    // gazetteer, so it is not reported
    if (slot.attribute === 'within') continue;
    // a person's age, nationality or fall is only compared when the outlets say whose it is
    // (a rate given as a percentage, 'turnout was 62%', is the event's)
    const first = slot.facts[0]?.value;
    const rate = first?.type === 'range' && first.unit === '%';
    if (!slot.subject && !rate && !EVENT_ATTRIBUTES.test(slot.attribute) && !/^(count|date|time)$/.test(slot.kind))
      continue;
    const outlets = new Set(slot.facts.map((f) => f.outlet));
    if (outlets.size < 2) continue;
    let groups = valueGroups(comparable(slot.facts), knowledge);
    if (groups.length < 2) continue;
    // an article that gives two values that cannot both hold says the slot holds two facts ('one person was
    // injured' at the depot, 'two people' at the refinery): not a disagreement between outlets
    // the same for one article's two bearings from one place (it locates two things from it) or two speeds
    const selfChecked = slot.kind === 'count' || SELF_CHECKED.test(slot.attribute);
    if (selfChecked && selfContradicting(slot.facts, speakers)) continue;
    // a toll that grew between earlier and later reports; the time or place of what happened does not develop
    const developing = slot.kind === 'count' ? developingOrder(groups) : undefined;
    if (developing) groups = developing;
    else groups.sort((a, b) => b.length - a.length || labelOf(a).localeCompare(labelOf(b)));
    const kind: DiscrepancyKind = slot.kind;
    // each value a party's against another party's: a contest the outlets report, not their error
    const parties = developing ? undefined : partiesOf(groups, speakers);
    const values: DiscrepancyValue[] = groups.map((g, i) => ({
      value: labelOf(g),
      raw: [...new Set(g.map((f) => f.raw))],
      outlets: [...new Set(g.map((f) => f.outlet))].sort(),
      evidence: g.map((f) => ({ claimId: f.claimId, articleId: f.articleId, span: f.span })),
      ...(parties ? { parties: parties[i] as string[] } : {}),
    }));
    const what = describe(slot);
    const severity = developing ? round(severityOf(slot, groups) * 0.3) : severityOf(slot, groups);
    out.push({
      id: '',
      kind,
      subject: what,
      severity,
      explanation: developing
        ? `The ${what} changed between earlier and later reports (${values.map((v) => v.value).join(' → ')}): an update of a developing story.`
        : parties
          ? `The ${what} is contested: ${values.map((v) => `${(v.parties ?? []).join(', ')} say${(v.parties ?? []).length === 1 ? 's' : ''} ${v.value} (${v.outlets.join(', ')})`).join('; ')}. Outlets that report a party's claim are not in conflict with each other.`
          : `The outlets give the ${what} as ${values.map((v) => `${v.value} (${v.outlets.join(', ')})`).join(' / ')}: ${severity < 0.3 && slot.kind === 'time' ? 'a minor difference of timing' : 'these cannot both hold'}.`,
      ...(isEntitySubject(slot.subject) ? { entityId: slot.subject } : {}),
      ...(developing ? { developing: true } : {}),
      ...(parties ? { contested: true } : {}),
      values,
    });
  }
  return out;
}
