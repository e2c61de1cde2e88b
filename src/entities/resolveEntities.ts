import type * as z from 'zod/mini';
import { extractMentions } from '../extract/extractMentions.js';
import type { Mention } from '../extract/types.js';
import type { Article } from '../ingest/types.js';
import { NAMED_AFTER_HEADS, PLACE_LEADS } from '../lexicon/placeWords.js';
import { withoutShipPrefix } from '../lexicon/shipPrefixes.js';
import { compareNames, type NameComparison } from '../names/compareNames.js';
import { wordsInFull } from '../names/nameParts.js';
import { nameKey } from '../names/normalizeName.js';
import type { NameKind } from '../schema.js';
import { appendTo } from '../text/appendTo.js';
import { DisjointSets } from '../text/DisjointSets.js';
import { maxOf } from '../text/extremes.js';
import { toInputOffset } from '../text/foldText.js';
import type { EntitySchema, EntityVariantSchema } from './schemas.js';

/** One spelling of an entity's name, with the outlets that wrote it (typed by its schema, EntityVariantSchema). */
export type EntityVariant = z.infer<typeof EntityVariantSchema>;

/** A person, place or organization as named across outlets (typed by its schema, EntitySchema). */
export type Entity = z.infer<typeof EntitySchema>;

interface Form {
  /** the name clustered on: the full name for a surname written alone */
  name: string;
  kinds: Map<NameKind, number>;
  /** surface forms (case-folded key → casing → outlets / count) */
  surfaces: Map<string, { casings: Map<string, number>; outlets: Set<string>; count: number }>;
  mentions: { articleId: string; outlet: string; mention: Mention; within: string | undefined }[];
}

/** The longer name each nested mention is written inside. */
const withinOf = new WeakMap<Mention, string>();

/**
 * The places named inside longer names: 'Aoraki/Mt. Cook' in 'Aoraki/Mt. Cook National Park', 'Mt Cook' in 'Mt
 * Cook Village', 'Aoraki Mt Cook' in 'Aoraki Mt Cook Alpine Rescue Team'. A park, a village or a body named after
 * a place names that place too, and a reader counts it among the place's names. The opening words of a name of
 * a place or an organization are such a place when they are a feature's dual name or a place the event names on
 * its own, and the words after them close a place or an organization's name.
 */
function nestedPlaces(article: Article, mentions: readonly Mention[], places: ReadonlySet<string>): Mention[] {
  const nested: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'place' && m.kind !== 'organization') continue;
    const words = m.text.split(' ');
    if (words.length < 2) continue;
    const last = (words[words.length - 1] as string).toLowerCase();
    if (m.kind === 'place' && !NAMED_AFTER_HEADS.has(last)) continue;
    for (let k = words.length - 1; k >= 1; k--) {
      const prefix = words.slice(0, k).join(' ');
      const next = words[k] as string;
      if (!/^\p{Lu}/u.test(next) || !(dualName(prefix) || places.has(dualKey(prefix)))) continue;
      const end = m.start + prefix.length;
      const inner: Mention = {
        text: prefix,
        kind: 'place',
        sentence: m.sentence,
        start: m.start,
        end,
        span: [m.span[0], toInputOffset(article, end)],
      };
      withinOf.set(inner, m.text);
      nested.push(inner);
      break;
    }
  }
  return nested;
}

function majorityKind(kinds: Map<NameKind, number>): NameKind {
  let best: NameKind = 'other';
  let bestCount = -1;
  for (const kind of ['person', 'organization', 'place', 'other'] as NameKind[]) {
    const n = kinds.get(kind) ?? 0;
    if (kind !== 'other' && n > bestCount) {
      best = kind;
      bestCount = n;
    }
  }
  return bestCount > 0 ? best : 'other';
}

/** Blocks up to this size compare every pair; larger ones are searched as a sorted neighbourhood of WINDOW. */
const MAX_BLOCK = 64;
const WINDOW = 16;

/**
 * The letters an acronym is matched on ('IRTC' → irtc), and the first letters of a name's capitalised words
 * ('Internationally Recognized Transit Corridor' → irtc), so that an acronym meets the names it may stand for.
 */
function initialsKey(name: string): { key: string; acronym: boolean } | undefined {
  if (/^\p{Lu}{2,6}$/u.test(name)) return { key: name.toLowerCase(), acronym: true };
  const capitals = name.match(/(?<![\p{L}\p{N}])\p{Lu}/gu) ?? [];
  return capitals.length >= 2 ? { key: capitals.join('').toLowerCase(), acronym: false } : undefined;
}

function blockingKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const w of nameKey(name).split(' ')) {
    if (w.length < 3) continue;
    // the first letters, and the first with the last ones, so that a typo in its second or third letter
    // ('Schnectady') still meets its name
    // (multi-pass blocking: Hernández and Stolfo 1995)
    keys.add(`<${w.slice(0, 3)}`);
    // with the first letter, which a typo seldom changes (Kalomika / Lalomika are two names, not one misspelt)
    keys.add(`>${w.charAt(0)}${w.slice(-3)}`);
  }
  return [...keys];
}

/**
 * 'Aoraki/Mt. Cook', 'Aoraki-Mount Cook', 'Aoraki Mount Cook': a feature's two names, one of them opened by the
 * feature's word, written together (the dual names of the New Zealand Geographic Board and of other gazetteers;
 * 'Uluru/Ayers Rock'). Returns the two names, or undefined for any other name.
 */
function dualName(name: string): [string, string] | undefined {
  const m = /^(\p{Lu}[\p{L}\p{M}']+)(?:\/|-| )(\p{Lu}[\p{L}.]*) (\p{Lu}[\p{L}\p{M}']*)$/u.exec(name);
  if (!m) return undefined;
  const lead = (m[2] as string).toLowerCase().replace(/\.$/, '');
  if (!PLACE_LEADS.has(lead) || PLACE_LEADS.has((m[1] as string).toLowerCase())) return undefined;
  return [m[1] as string, `${m[2]} ${m[3]}`];
}

/** A place's name as compared for a dual name ('Mt. Cook' → 'mount cook'). */
const dualKey = (name: string) => wordsInFull(name).join(' ');

/** The names the articles mention, one form per name (case aside), with its kinds, surfaces and mentions. */
function gatherForms(articles: readonly Article[]): Form[] {
  const forms = new Map<string, Form>();
  const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const found = ordered.map((article) => extractMentions(article));
  // the places the event names on their own, for the names written inside longer names
  const places = new Set<string>();
  for (const mentions of found) for (const m of mentions) if (m.kind === 'place') places.add(dualKey(m.text));
  for (const [a, article] of ordered.entries()) {
    const mentions = found[a] as Mention[];
    for (const mention of [...mentions, ...nestedPlaces(article, mentions, places)]) {
      // a ship's prefix is not part of its name: 'INS Mysore' and 'the Mysore' are one form
      const name = withoutShipPrefix(mention.fullName ?? mention.text);
      const key = name.toLowerCase();
      let form = forms.get(key);
      if (!form) {
        form = { name, kinds: new Map(), surfaces: new Map(), mentions: [] };
        forms.set(key, form);
      }
      form.kinds.set(mention.kind, (form.kinds.get(mention.kind) ?? 0) + 1);
      const surfaceKey = mention.text.toLowerCase();
      const surface = form.surfaces.get(surfaceKey) ?? { casings: new Map(), outlets: new Set(), count: 0 };
      surface.casings.set(mention.text, (surface.casings.get(mention.text) ?? 0) + 1);
      surface.outlets.add(article.outlet);
      surface.count++;
      form.surfaces.set(surfaceKey, surface);
      form.mentions.push({ articleId: article.id, outlet: article.outlet, mention, within: withinOf.get(mention) });
    }
  }
  const list = [...forms.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return list;
}

/**
 * The blocks of forms that share a blocking key, and the acronyms and names of each set of initials. A kind is
 * evidence, not a wall: names of every kind share blocks.
 */
function blocksOf(list: readonly Form[]) {
  const blocks = new Map<string, number[]>();
  const initials = new Map<string, { acronyms: number[]; names: number[] }>();
  list.forEach((form, i) => {
    for (const key of blockingKeys(form.name)) appendTo(blocks, key, i);
    const letters = initialsKey(form.name);
    if (!letters) return;
    const entry = initials.get(letters.key) ?? { acronyms: [], names: [] };
    (letters.acronym ? entry.acronyms : entry.names).push(i);
    initials.set(letters.key, entry);
  });
  return { blocks, initials };
}

/** Whether two sets of article ids share one. */
function sharesAnArticle(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

/**
 * Whether two forms of these kinds are compared at all: of one kind, or one of them 'other' (a name whose kind no
 * cue settled is compared with names of every kind, under theirs) and both names whose spelling says much: two
 * words or more, or an acronym ('IRTC'); one ordinary word is too near too many others ('Philly' / 'Billy',
 * 'Somali' / 'Somalia').
 */
function comparableForms(a: Form, b: Form, kindA: NameKind, kindB: NameKind): boolean {
  if (kindA === kindB) return true;
  if (kindA !== 'other' && kindB !== 'other') return false;
  const telling = (form: Form) => /\s/.test(form.name) || /^\p{Lu}{2,6}$/u.test(form.name);
  return telling(a) && telling(b);
}

/**
 * How two forms' names match for joining: 'strong' (a spelling variant: join at once), 'weak' (a surname written
 * alone is as like each person of that surname, 'Singh': Manpreet Singh, Ravi Singh; an acronym each name of those
 * initials, 'AMA': American or Alabama Medical Association) or undefined. Two names that differ by one word put for
 * another, but for a generic one, are two things in news ('Academy Awards' / 'Emmy Awards').
 */
function matchStrength(result: NameComparison): 'strong' | 'weak' | undefined {
  if (!result.match || (result.score < 0.85 && result.reasons.some((r) => r.endsWith('one word put for another'))))
    return undefined;
  const partial = result.reasons.some(
    (r) => r.includes('holds the other') || r.includes('only on one side') || r.includes('acronym of'),
  );
  return result.score >= 0.85 && !partial ? 'strong' : 'weak';
}

/**
 * Compares the forms that share a blocking key (or an acronym and the names of its initials), never all pairs.
 * Strong matches (a spelling variant) join at once in `sets`; weak ones (one name holds the other, a name shares
 * only part of another) are returned, each form with its weak partners, to join only when they point to a single
 * entity (joinWeakMatches), so that 'Russia-Ukraine' never bridges Russia and Ukraine.
 */
function compareForms(list: readonly Form[], kinds: readonly NameKind[], sets: DisjointSets): Map<number, number[]> {
  const { blocks, initials } = blocksOf(list);
  const compared = new Set<number>();
  const weak = new Map<number, number[]>();
  const articlesOf = list.map((form) => new Set(form.mentions.map((m) => m.articleId)));
  const wordCount = (name: string) => name.split(/\s+/).length;
  const keyOf = list.map((form) => nameKey(form.name));
  /** Compares two forms once, and joins them strongly or notes them as weakly alike. */
  const consider = (x: number, y: number) => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const pair = a * list.length + b;
    if (compared.has(pair)) return;
    compared.add(pair);
    const [formA, formB] = [list[a] as Form, list[b] as Form];
    const kindA = kinds[a] as NameKind;
    const kindB = kinds[b] as NameKind;
    if (!comparableForms(formA, formB, kindA, kindB)) return;
    const kind = kindA === 'other' ? kindB : kindA;
    const strength = matchStrength(compareNames(formA.name, formB.name, { kind }));
    if (!strength) return;
    // two names of places, one with more words, that one article writes both are two places ('Saginaw' and
    // 'Saginaw County', 'Mt Cook' and 'Mt Cook Village'): the article tells them apart by writing both
    const fewer = wordCount(formA.name) !== wordCount(formB.name);
    if (kind === 'place' && fewer && sharesAnArticle(articlesOf[a] as Set<string>, articlesOf[b] as Set<string>))
      return;
    if (strength === 'strong') sets.union(a, b);
    else {
      appendTo(weak, a, b);
      appendTo(weak, b, a);
    }
  };
  for (const full of blocks.values()) {
    // a block of many names (a common prefix) is searched as a sorted neighbourhood: each name against the next
    // WINDOW names in the order of their keys, where spelling variants sort together (Hernández and Stolfo 1995),
    // so that a block costs its size times WINDOW, not its size squared
    const large = full.length > MAX_BLOCK;
    const block = large
      ? [...full].sort((p, q) => ((keyOf[p] as string) < (keyOf[q] as string) ? -1 : keyOf[p] === keyOf[q] ? p - q : 1))
      : full;
    for (let x = 0; x < block.length; x++) {
      const last = large ? Math.min(block.length, x + 1 + WINDOW) : block.length;
      for (let y = x + 1; y < last; y++) consider(block[x] as number, block[y] as number);
    }
  }
  // an acronym against the names of its initials, at most MAX_BLOCK of them (the first in name order)
  for (const { acronyms, names } of initials.values())
    for (const a of acronyms) for (const n of names.slice(0, MAX_BLOCK)) consider(a, n);
  return weak;
}

/** Joins each form to the one entity its weak partners point to; a form weakly like two entities joins neither. */
function joinWeakMatches(sets: DisjointSets, weak: ReadonlyMap<number, number[]>, count: number): void {
  // the entities as the strong matches left them, before any weak join
  const strongRoot = Array.from({ length: count }, (_, i) => sets.find(i));
  const rootOf = (i: number) => strongRoot[i] as number;
  const rootsOf = (i: number, partners: number[]) => {
    const roots = new Set(partners.map((j) => rootOf(j)));
    roots.delete(rootOf(i));
    return roots;
  };
  // a form weakly like two different entities is a bridge ('Russia-Ukraine'): it joins neither, and nothing joins through it
  const bridges = new Set([...weak].filter(([i, partners]) => rootsOf(i, partners).size > 1).map(([i]) => i));
  for (const [i, partners] of [...weak].sort((p, q) => p[0] - q[0])) {
    if (bridges.has(i)) continue;
    const roots = rootsOf(
      i,
      partners.filter((j) => !bridges.has(j)),
    );
    if (roots.size === 1) sets.union(i, [...roots][0] as number);
  }
}

/** A feature's dual name joins each of its two names written alone ('Aoraki/Mt. Cook', 'Aoraki', 'Mount Cook'). */
function joinDualNames(list: readonly Form[], kinds: readonly NameKind[], sets: DisjointSets): void {
  const byDualKey = new Map<string, number[]>();
  list.forEach((form, i) => {
    if (kinds[i] === 'place' || kinds[i] === 'other') appendTo(byDualKey, dualKey(form.name), i);
  });
  list.forEach((form, i) => {
    if (kinds[i] !== 'place' && kinds[i] !== 'other') return;
    const parts = dualName(form.name);
    if (!parts) return;
    for (const part of parts) for (const j of byDualKey.get(dualKey(part)) ?? []) sets.union(i, j);
  });
}

/**
 * A surname written alone in an article that never gives the full name ('Putin') joins the one person whose
 * surname it is, across articles.
 */
function joinLoneSurnames(list: readonly Form[], kinds: readonly NameKind[], sets: DisjointSets): void {
  const surnames = new Map<string, Set<number>>();
  list.forEach((form, i) => {
    const words = form.name.split(/\s+/);
    if (kinds[i] === 'person' && words.length >= 2) {
      const key = nameKey(words[words.length - 1] as string);
      surnames.set(key, (surnames.get(key) ?? new Set()).add(sets.find(i)));
    }
  });
  list.forEach((form, i) => {
    if (form.name.includes(' ') || (kinds[i] !== 'other' && kinds[i] !== 'person')) return;
    const roots = surnames.get(nameKey(form.name));
    if (roots?.size === 1) sets.union(i, [...roots][0] as number);
  });
}

/** The entity of a group of forms: its kind by majority, its variants by outlets, its canonical form. */
function entityOf(forms: readonly Form[]): Entity {
  const kindCounts = new Map<NameKind, number>();
  const variants: EntityVariant[] = [];
  const mentions: Entity['mentions'] = [];
  for (const form of forms) {
    for (const [k, n] of form.kinds) kindCounts.set(k, (kindCounts.get(k) ?? 0) + n);
    for (const surface of form.surfaces.values()) {
      const casing = [...surface.casings].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))[0]?.[0] ?? '';
      variants.push({ form: casing, outlets: [...surface.outlets].sort(), count: surface.count });
    }
    for (const m of form.mentions) {
      mentions.push({
        articleId: m.articleId,
        outlet: m.outlet,
        form: m.mention.text,
        sentence: m.mention.sentence,
        span: m.mention.span,
        ...(m.within === undefined ? {} : { within: m.within }),
      });
    }
  }
  // merge variants that differ only by case across forms
  const merged = new Map<string, EntityVariant>();
  for (const v of variants) {
    const key = v.form.toLowerCase();
    const had = merged.get(key);
    if (had) {
      had.outlets = [...new Set([...had.outlets, ...v.outlets])].sort();
      had.count += v.count;
    } else merged.set(key, { ...v });
  }
  const sorted = [...merged.values()].sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.count - a.count ||
      b.form.length - a.form.length ||
      (a.form < b.form ? -1 : 1),
  );
  const longest = maxOf(sorted.map((v) => v.form.split(/\s+/).length));
  const canonical = (sorted.find(
    (v) => v.form.split(/\s+/).length === longest || longest > 1 === v.form.includes(' '),
  ) ?? sorted[0]) as EntityVariant;
  mentions.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.span[0] - b.span[0]));
  return { id: '', canonical: canonical.form, kind: majorityKind(kindCounts), variants: sorted, mentions };
}

/**
 * Resolves the names mentioned across articles into entities: the same person, place or organization however
 * each outlet spells it (romanization, typos, word order), each with a canonical form (the one most outlets use)
 * and its variants with the outlets behind each. Candidates come from blocking keys, never all pairs.
 *
 * @example
 * const entities = resolveEntities(articles);
 * entities.find((e) => e.canonical === 'Roman Starovoyt')?.variants.map((v) => [v.form, v.outlets])
 * //=> [['Roman Starovoyt', ['AFP', 'Sindonews']], ['Roman Starovoit', ['The Washington Times']], ['Starovoyt', ['AFP']]]
 */
export function resolveEntities(articles: readonly Article[]): Entity[] {
  const list = gatherForms(articles);
  const kinds = list.map((f) => majorityKind(f.kinds));
  const sets = new DisjointSets(list.length);
  const weak = compareForms(list, kinds, sets);
  joinWeakMatches(sets, weak, list.length);
  joinDualNames(list, kinds, sets);
  joinLoneSurnames(list, kinds, sets);
  const groups = new Map<number, number[]>();
  list.forEach((_, i) => {
    const root = sets.find(i);
    appendTo(groups, root, i);
  });
  const entities = [...groups.values()].map((members) => entityOf(members.map((i) => list[i] as Form)));
  entities.sort((a, b) =>
    a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0,
  );
  const used = new Map<string, number>();
  for (const e of entities) {
    const base = `${e.kind}:${nameKey(e.canonical).replace(/\s+/g, '-') || 'name'}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return entities;
}
