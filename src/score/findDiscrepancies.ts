import type * as z from 'zod/mini';
import type { ClaimCluster } from '../claims/clusterClaims.js';
import type { Claim } from '../claims/extractClaims.js';
import type { Entity } from '../entities/resolveEntities.js';
import type { FactSlot } from '../facts/alignFacts.js';
import type { Span } from '../ingest/types.js';
import { FAILURE, SUCCESS } from '../lexicon/stance.js';
import { compareNames } from '../names/compareNames.js';
import { toWord, wordsInFull } from '../names/nameParts.js';
import { shortFormOf } from '../names/similarity.js';
import { appendTo } from '../text/appendTo.js';
import { clock } from '../text/clock.js';
import { maxOf, minOf } from '../text/extremes.js';
import { firstAtOrAfter } from '../text/firstAtOrAfter.js';
import type { Measure, Reading } from './findMeasures.js';
import { quoteDiscrepancies } from './quoteDiscrepancies.js';
import type { DiscrepancyKindSchema, DiscrepancySchema, DiscrepancyValueSchema } from './schemas.js';
import { slotDiscrepancies } from './slotDiscrepancies.js';

/** The kinds of disagreement, kept apart because users act on them differently (see the Report in DESIGN.md). */
export type DiscrepancyKind = z.infer<typeof DiscrepancyKindSchema>;

/** One of the values outlets give for the subject of a discrepancy (typed by its schema, DiscrepancyValueSchema). */
export type DiscrepancyValue = z.infer<typeof DiscrepancyValueSchema>;

/** One disagreement between outlets: its kind, subject, severity (0..1), explanation and each side with its evidence. */
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function formatValue(measure: Measure, value: number): string {
  if (measure.kind === 'time') return clock(value);
  let v = value;
  let unit = measure.unit;
  // show small lengths in metres and long durations in days or years, as people write them
  if (unit === 'km' && Math.abs(v) < 1) [v, unit] = [v * 1000, 'm'];
  if (unit === 'hours' && Math.abs(v) >= 8766) [v, unit] = [v / 8766, 'years'];
  else if (unit === 'hours' && Math.abs(v) >= 48) [v, unit] = [v / 24, 'days'];
  const shown = Math.abs(v) >= 100 ? Math.round(v) : round(v, 1);
  return `${shown} ${unit}`;
}

function rangesOverlap(readings: Reading[]): boolean {
  const low = maxOf(readings.map((r) => r.low));
  const high = minOf(readings.map((r) => r.high));
  return low <= high;
}

/** Discrepancies in the measures: the same quantity or time given as different values. */
/** A measure's readings grouped by value: readings within rounding of each other ('200 feet', '60 metres') are one. */
function valueGroups(measure: Measure): Map<string, Reading[]> {
  const groups = new Map<string, Reading[]>();
  const ordered = [...measure.readings].sort((a, b) => a.value - b.value || a.claimId.localeCompare(b.claimId));
  let current: Reading[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const counts = new Map<string, number>();
    for (const r of current)
      counts.set(formatValue(measure, r.value), (counts.get(formatValue(measure, r.value)) ?? 0) + 1);
    const label = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
    for (const r of current) appendTo(groups, label, r);
    current = [];
  };
  for (const r of ordered) {
    const first = current[0];
    const close =
      first !== undefined &&
      (measure.kind === 'time'
        ? r.value - first.value <= 2
        : r.value - first.value <= 0.03 * Math.max(Math.abs(r.value), 1e-9));
    if (!close) flush();
    current.push(r);
  }
  flush();
  return groups;
}

/** Whether a count only grew from earlier to later reports (every reading dated, more than one time). */
function risingCount(readings: readonly Reading[]): boolean {
  const dated = readings.filter((r) => r.publishedAt);
  if (dated.length !== readings.length) return false;
  const sortedByTime = [...dated].sort((a, b) => (a.publishedAt as string).localeCompare(b.publishedAt as string));
  const times = new Set(sortedByTime.map((r) => r.publishedAt));
  const rising = sortedByTime.every(
    (r, i) =>
      i === 0 ||
      r.value >= (sortedByTime[i - 1] as Reading).value ||
      r.publishedAt === (sortedByTime[i - 1] as Reading).publishedAt,
  );
  return times.size > 1 && rising;
}

function measureDiscrepancies(measures: readonly Measure[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const measure of measures) {
    const groups = valueGroups(measure);
    if (groups.size < 2) continue;
    const values = measure.readings.map((r) => r.value);
    const max = maxOf(values);
    const min = minOf(values);
    let spread: number;
    let severity: number;
    const overlap = rangesOverlap(measure.readings);
    if (measure.kind === 'time') {
      const d = Math.min(max - min, 1440 - (max - min));
      spread = Math.min(1, d / 120);
      // half an hour apart is a minor difference of timing; more is a conflict about when it happened
      severity = overlap ? d / 240 : d <= 30 ? d / 120 : Math.min(1, 0.3 + d / 240);
    } else {
      spread = (max - min) / Math.max(Math.abs(max), 1e-9);
      severity = overlap ? spread * 0.5 : Math.min(1, 0.2 + spread * 1.5);
    }
    let explanation: string;
    const unitWord = measure.kind === 'time' ? 'times' : measure.kind === 'count' ? 'counts' : 'values';
    const converted = measure.kind === 'number' ? ` (converted to ${measure.unit})` : '';
    const gap =
      measure.kind === 'time'
        ? `${Math.round(Math.min(max - min, 1440 - (max - min)))} minutes`
        : `${Math.round(spread * 100)}%`;
    if (measure.kind === 'time') {
      explanation = overlap
        ? `The outlets give times ${gap} apart, within the range their hedges ('about', 'around') allow: a minor difference.`
        : `The outlets give times ${gap} apart${severity < 0.3 ? ': a minor difference of timing' : ''}.`;
    } else if (overlap) {
      explanation = `The outlets give different ${unitWord}${converted}, but once their hedges ('about', 'nearly', 'some') are read the ranges overlap: a minor difference of ${Math.round(spread * 100)}%.`;
    } else {
      explanation = `The outlets give ${unitWord}${converted} that differ by ${gap} even after hedges.`;
    }
    if (measure.kind === 'count' && risingCount(measure.readings)) {
      severity *= 0.3;
      explanation = `The count rose between earlier and later reports: an update of a developing story rather than a conflict. ${explanation}`;
    }
    const kind: DiscrepancyKind = measure.kind === 'time' ? 'time' : measure.kind === 'count' ? 'count' : 'number';
    out.push({
      id: '',
      kind,
      subject: measure.kind === 'time' ? 'time' : measure.unit,
      severity: round(severity),
      explanation,
      measureId: measure.id,
      ...(measure.clusterIds[0] ? { clusterId: measure.clusterIds[0] } : {}),
      values: [...groups.entries()]
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .map(([value, readings]) => ({
          value,
          raw: [...new Set(readings.map((r) => r.raw))],
          outlets: [...new Set(readings.map((r) => r.outlet))].sort(),
          evidence: readings.map((r) => ({ claimId: r.claimId, articleId: r.articleId, span: r.span })),
        })),
    });
  }
  return out;
}

/**
 * Whether the forms of an entity are one thing called by two names, not two things that both exist: an article
 * that writes both forms names two things ('Academy Awards' and 'Emmy Awards'); forms that differ in a number are
 * two of a series ('117th Street', '115th Street'); a form inside another is the same name cut short ('WDIV' in
 * 'WDIV-TV'); forms with different head nouns are two things ('Human Services', 'National Human Genome Research
 * Institute').
 */
function oneThingTwoNames(entity: Entity, forms: readonly string[]): boolean {
  const lower = forms.map((f) => f.toLowerCase());
  const digits = new Set(lower.map((f) => f.replace(/\D/g, '')));
  if (digits.size > 1) return false;
  // a thing called by two names has a few forms; scores of forms are many names gathered into one entity
  if (lower.length > 12) return false;
  for (const a of lower) for (const b of lower) if (a !== b && b.includes(a)) return false;
  const formsOf = new Map<string, Set<string>>();
  for (const m of entity.mentions) {
    const set = formsOf.get(m.articleId) ?? new Set<string>();
    set.add(m.form.toLowerCase());
    formsOf.set(m.articleId, set);
  }
  for (const set of formsOf.values()) if (lower.filter((f) => set.has(f)).length > 1) return false;
  // two names of one thing keep their head noun, the last word of an English noun phrase or the one before 'of'
  // ('Maurice Cheeks' / 'Mo Cheeks'), or one is the other's initials; 'Human Services' / 'National Human Genome
  // Research Institute' are two things in one entity
  const initials = new Set(lower.map(initialsOf));
  const heads = new Set(lower.filter((f) => !isInitialism(f, initials)).map(headWord));
  return heads.size <= 1;
}

/** The head word of a name: the word before 'of' ('Gulf of Aden'), else the last word, without a plural 's'. */
function headWord(form: string): string {
  const words = form.split(/\s+/);
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
  return head.replace(/(?<=\w{3})s$/, '');
}

/** The initials of a name's words, without 'of', 'the', 'and', 'for' ('irtc' of 'internationally recognized ...'). */
function initialsOf(form: string): string {
  return form
    .split(/[\s-]+/)
    .filter((w) => !/^(of|the|and|for)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/** A name's words without punctuation, abbreviations read in full: 'Aoraki/Mt. Cook' → 'aoraki mount cook'. */
function writtenKey(form: string): string {
  return wordsInFull(form)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .join(' ')
    .replace(/\b(\p{L}) (?=\p{L}\b)/gu, '$1');
}

/** Whether a form is the initials of another form of the entity (`initials`: every form's initials). */
function isInitialism(form: string, initials: ReadonlySet<string>): boolean {
  if (/\s/.test(form) || form.length < 2 || form.length > 8) return false;
  // a form is its own initials only when it is one letter long, which the length rule leaves out
  return initials.has(form.replace(/\./g, ''));
}

/**
 * Whether two words are forms of one word that English grammar makes, not spellings: a plural ('Academy Award
 * hosts' / 'Academy Awards'), or a country and its demonym or adjective with a regular ending ('Somalia' /
 * 'Somali', 'West Germany' / 'West German', 'Russia' / 'Russian', 'Yemen' / 'Yemeni', 'China' / 'Chinese').
 */
function inflectedForms(a: string, b: string): boolean {
  const singular = (w: string) => (w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w);
  const x = singular(a.toLowerCase());
  const y = singular(b.toLowerCase());
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short) && /^(?:a|y|n|an|ian|i|ese|ish|ia)$/.test(long.slice(short.length)))
    return true;
  const stem = short.replace(/[aeiouy]$/, '');
  return stem.length >= 4 && long.startsWith(stem) && /^(?:an|ian|i|ese|ish|n)$/.test(long.slice(stem.length));
}

/**
 * Whether a form of a name differs from another only as news customarily writes one name: one word inflected
 * (above), or a person's given name in its short form ('Sam Dalembert' / 'Samuel Dalembert', 'Mo Cheeks').
 */
function customaryForm(a: string, b: string, kind: Entity['kind']): boolean {
  const xs = a.split(/\s+/);
  const ys = b.split(/\s+/);
  // a person's middle names are left out as often as not ('Ben Banky' for 'Benjamin David Banky'): compare the
  // longer form without them
  if (kind === 'person' && Math.min(xs.length, ys.length) >= 2 && xs.length !== ys.length) {
    const [long, short] = xs.length > ys.length ? [xs, ys] : [ys, xs];
    const kept = [long[0] as string, ...long.slice(long.length - short.length + 1)];
    return customaryForm(kept.join(' '), short.join(' '), kind);
  }
  if (xs.length !== ys.length) return false;
  let differing = -1;
  for (let i = 0; i < xs.length; i++) {
    if ((xs[i] as string).toLowerCase() === (ys[i] as string).toLowerCase()) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return true;
  const x = xs[differing] as string;
  const y = ys[differing] as string;
  // the last word is the one grammar inflects ('Academy Award hosts'); a plural inside a name misspells it
  if (differing === xs.length - 1 && inflectedForms(x, y)) return true;
  return kind === 'person' && differing < xs.length - 1 && shortFormOf(toWord(x).key, toWord(y).key);
}

/** Spelling and naming differences of one entity across outlets. */
/** The claim a span of an article lies in, found among the claims of each article sorted by their spans. */
function claimLocator(claims: readonly Claim[]): (articleId: string, span: Span) => string | undefined {
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) appendTo(byArticle, c.articleId, c);
  for (const list of byArticle.values()) list.sort((a, b) => a.span[0] - b.span[0]);
  return (articleId, span) => {
    const list = byArticle.get(articleId) ?? [];
    // the last claim that starts at or before the span (offsets are whole numbers)
    const claim = list[firstAtOrAfter(list, span[0] + 1, (c) => c.span[0]) - 1];
    return claim && claim.span[1] >= span[1] ? claim.id : undefined;
  };
}

/**
 * The forms of an entity that can be other spellings of it: full forms only (a surname written alone, or any
 * shorter form whose words all stand in a longer one, 'Putin' / 'Vladimir Putin', is not another name), each
 * written once (forms written another way but not spelled otherwise, 'Mt. Cook' / 'Mount Cook', 'U.S.' / 'US',
 * and acronyms, 'NIH', are how news writes a name, not deviations).
 */
function fullForms(entity: Entity): Entity['variants'] {
  const words = entity.variants.map(
    (v) =>
      new Set(
        v.form
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => !/^(of|for|the|and)$/.test(w)),
      ),
  );
  // the variants holding each word, so that a form is checked against those sharing its rarest word only
  const holding = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) appendTo(holding, w, i);
  });
  const initials = new Set(
    entity.variants.filter((v) => /\s/.test(v.form)).map((v) => initialsOf(v.form.toLowerCase())),
  );
  const seen = new Set<string>();
  const written = entity.variants.map((v) => {
    const key = writtenKey(v.form);
    const repeat = seen.has(key) || isInitialism(v.form.toLowerCase(), initials);
    seen.add(key);
    return !repeat;
  });
  return entity.variants.filter((_v, i) => {
    if (!written[i]) return false;
    const mine = words[i] as Set<string>;
    let rarest: number[] | undefined;
    for (const w of mine) {
      const list = holding.get(w) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return !(rarest ?? []).some((j) => {
      const other = words[j] as Set<string>;
      return j !== i && other.size > mine.size && [...mine].every((w) => other.has(w));
    });
  });
}

function entityDiscrepancies(entities: readonly Entity[], claimAt: ReturnType<typeof claimLocator>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const entity of entities) {
    if (entity.kind === 'other') continue;
    const forms = fullForms(entity);
    if (forms.length < 2) continue;
    const canonical = forms[0] as (typeof forms)[number];
    // forms grammar or custom makes from the canonical one are how news writes it, not other spellings
    const deviating = forms.filter((v) => v === canonical || !customaryForm(canonical.form, v.form, entity.kind));
    if (deviating.length < 2) continue;
    const spelling = deviating.every(
      (v) => v === canonical || compareNames(canonical.form, v.form, { kind: entity.kind }).score >= 0.85,
    );
    if (
      !spelling &&
      !oneThingTwoNames(
        entity,
        deviating.map((v) => v.form),
      )
    )
      continue;
    const kind: DiscrepancyKind = spelling ? 'spelling' : 'name';
    const deviants = deviating.filter((v) => v !== canonical).map((v) => `${v.form} (${v.outlets.join(', ')})`);
    out.push({
      id: '',
      kind,
      subject: entity.canonical,
      severity: spelling ? 0.1 : 0.3,
      explanation: spelling
        ? `Spelled differently, not a factual conflict: most outlets write ${canonical.form}; ${deviants.join('; ')} deviate.`
        : `Called by different names: ${[canonical.form, ...deviating.filter((v) => v !== canonical).map((v) => v.form)].join(' / ')}.`,
      entityId: entity.id,
      values: deviating.map((v) => ({
        value: v.form,
        raw: [v.form],
        outlets: v.outlets,
        evidence: entity.mentions
          .filter((m) => m.form.toLowerCase() === v.form.toLowerCase())
          .map((m) => {
            const claimId = claimAt(m.articleId, m.span);
            return { ...(claimId ? { claimId } : {}), articleId: m.articleId, span: m.span };
          }),
      })),
    });
  }
  return out;
}

/** The claims that mention each entity, in claim order. */
function claimsByEntity(claims: readonly Claim[]): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  for (const claim of claims) for (const id of new Set(claim.entities)) appendTo(index, id, claim);
  return index;
}

/**
 * Party against party: one side's claim of success (took control of a place) against the other side's claim that
 * the attempt failed (repelled), both about the same place. Outlets that report both sides are not in conflict with
 * each other; the discrepancy is between the parties.
 */
function contestedDiscrepancies(
  entities: readonly Entity[],
  byEntity: Map<string, Claim[]>,
  clusterOf: Map<string, string>,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const speakerKey = (c: Claim) => c.speakerEntity ?? c.speaker?.toLowerCase();
  for (const entity of entities) {
    if (entity.kind !== 'place') continue;
    const about = (byEntity.get(entity.id) ?? []).filter((c) => c.speaker);
    const success = about.filter(
      (c) => SUCCESS.test(c.text) && !FAILURE.test(c.text) && !/\bno\b|\bnot\b|n't/.test(c.text),
    );
    const failure = about.filter((c) => FAILURE.test(c.text));
    if (success.length === 0 || failure.length === 0) continue;
    const successSpeakers = new Set(success.map(speakerKey));
    const failureSpeakers = new Set(failure.map(speakerKey));
    // the same party on both sides is not a contest
    if ([...successSpeakers].every((s) => failureSpeakers.has(s))) continue;
    // only places that both sides name as the scene: a few, not every region mentioned in passing
    if (success.length + failure.length < 3) continue;
    const side = (list: Claim[], label: string): DiscrepancyValue => ({
      value: `${label} (${[...new Set(list.map((c) => c.speaker as string))].slice(0, 4).join('; ')})`,
      raw: [...new Set(list.map((c) => c.text))].slice(0, 6),
      outlets: [...new Set(list.map((c) => c.outlet))].sort(),
      evidence: list.map((c) => ({ claimId: c.id, articleId: c.articleId, span: c.span })),
    });
    out.push({
      id: '',
      kind: 'contested',
      subject: entity.canonical,
      severity: 0.8,
      explanation: `The parties disagree about ${entity.canonical}: one side claims success, the other says the attempt failed. Outlets that report both sides are not in conflict with each other.`,
      entityId: entity.id,
      ...(clusterOf.get(success[0]?.id ?? '') ? { clusterId: clusterOf.get(success[0]?.id ?? '') as string } : {}),
      values: [side(success, 'claimed success'), side(failure, 'says it failed')],
    });
  }
  // one contest per claim of success, about the most specific place it names: the place mentioned least in the event
  const mentionsOf = new Map(entities.map((e) => [e.id, e.mentions.filter((m) => m.within === undefined).length]));
  out.sort(
    (a, b) =>
      (mentionsOf.get(a.entityId ?? '') ?? 0) - (mentionsOf.get(b.entityId ?? '') ?? 0) ||
      a.subject.localeCompare(b.subject),
  );
  const claimed = new Set<string>();
  return out.filter((d) => {
    const ids = (d.values[0] as DiscrepancyValue).evidence.flatMap((e) => (e.claimId ? [e.claimId] : []));
    const fresh = ids.filter((id) => !claimed.has(id)).length > ids.length / 2;
    for (const id of ids) claimed.add(id);
    return fresh;
  });
}

/**
 * The measures left to compare by unit once facts are lined up by what they measure: lengths, speeds and times
 * that no fact reads (a fact says what a figure measures; a measure only groups figures of one unit). Counts are
 * facts only ('30 killed' and 'dozens injured' are two facts, never one measure), and durations too (a
 * contract's two years left and a three-year deal are not one figure).
 */
function measuresLeft(measures: readonly Measure[], slots: readonly FactSlot[]): Measure[] {
  const slotOf = new Map<string, string>();
  for (const slot of slots) for (const f of slot.facts) slotOf.set(`${f.articleId}@${f.span[0]}`, slot.id);
  return measures.filter((m) => {
    if (m.kind === 'count' || m.unit === 'hours') return false;
    const read = m.readings.map((r) => slotOf.get(`${r.articleId}@${r.span[0]}`));
    if (m.kind !== 'time') return !read.some(Boolean);
    // times whose facts say what happened at them are compared by slot; a time measure whose readings the facts
    // spread over several slots, or do not all read, stays (what happened at a time is read from its verb, which
    // outlets vary more than the time)
    return !(read.every(Boolean) && new Set(read).size === 1);
  });
}

/**
 * Who each claim says made its statement, when the article names a party: the capitalised words of the speaker
 * ('Russian Defence Ministry', 'Ukrainian army'), in lower case. A speaker named by a common noun only ('the local
 * governor', 'police officials') is no named party: which side it speaks for is not written.
 */
function speakersOf(claims: readonly Claim[]): Map<string, { key: string; label: string }> {
  const out = new Map<string, { key: string; label: string }>();
  for (const c of claims) {
    if (!c.speaker) continue;
    const words = (c.speaker.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).filter((w) => !/^(?:The|A|An)$/.test(w));
    if (words.length > 0) out.set(c.id, { key: words.map((w) => w.toLowerCase()).join(' '), label: c.speaker });
  }
  return out;
}

/**
 * Every kind of disagreement in an event, kept apart, each with its values, outlets and evidence: figures and
 * times no fact reads (from the measures), facts of one slot that cannot both hold (from alignFacts), spellings
 * and names of one entity, and contests between parties. The stage after alignFacts and findMeasures; analyze
 * runs it for you, and it is exported to stop a pipeline here.
 *
 * @example
 * const articles = seedInputs.map((input) => parseArticle(input));
 * const entities = resolveEntities(articles);
 * const claims = articles.flatMap((a) => extractClaims(a, entities));
 * const clusters = clusterClaims(claims);
 * const slots = alignFacts(articles.flatMap((a) => extractFacts(a, claims, entities)));
 * findDiscrepancies(findMeasures(claims, clusters), entities, claims, clusters, slots).map((d) => d.kind)
 * //=> ['contested', 'time', 'spelling', ...]
 */
export function findDiscrepancies(
  measures: readonly Measure[],
  entities: readonly Entity[],
  claims: readonly Claim[],
  clusters: readonly ClaimCluster[],
  slots: readonly FactSlot[] = [],
): Discrepancy[] {
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const id of c.claimIds) clusterOf.set(id, c.id);
  const byEntity = claimsByEntity(claims);
  const all = [
    ...measureDiscrepancies(measuresLeft(measures, slots)),
    ...slotDiscrepancies(slots, speakersOf(claims)),
    ...entityDiscrepancies(entities, claimLocator(claims)),
    ...contestedDiscrepancies(entities, byEntity, clusterOf),
    ...quoteDiscrepancies(claims, entities),
  ];
  all.sort((a, b) => b.severity - a.severity || a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject));
  all.forEach((d, i) => {
    d.id = `d${i + 1}`;
  });
  return all;
}
