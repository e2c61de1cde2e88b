import { appendTo } from '../text/appendTo.js';
import type { Fact, FactScope } from './types.js';

/** One slot of an event: what is measured about whom, in one scope, with every outlet's fact for it. */
export interface FactSlot {
  id: string;
  kind: Fact['kind'];
  attribute: string;
  subject: string;
  subjectLabel: string;
  scope: FactScope;
  facts: Fact[];
}

/** Subjects that are not entities: a counted thing, a group known by its count, a vehicle's model. */
const SYNTHETIC = /^(thing|group|model):/;

/** Whether a fact's subject is an entity of the event (not a counted thing, a group or a model, and not unknown). */
export function isEntitySubject(subject: string): boolean {
  return subject !== '' && !SYNTHETIC.test(subject);
}

const slotKey = (f: Fact) => `${f.kind}|${f.attribute}|${f.scope}|${f.subject}`;
const familyKey = (f: Fact) => `${f.kind}|${f.attribute}|${f.scope}`;

/** A value's key for linking a person known only by it: the age range or the nationality. */
function linkKey(f: Fact): string | undefined {
  if (f.attribute === 'age' && f.value.type === 'range') return `age:${f.value.low}-${f.value.high}`;
  if (f.attribute === 'nationality' && f.value.type === 'category') return `nationality:${f.value.values.join('+')}`;
  return undefined;
}

/**
 * Gives a subject to facts whose clause names no one but describes them: 'A 36-year-old climber fell 150 metres'
 * is about the one person of the event given that age (or that nationality), when exactly one is.
 */
function linkDescribedPeople(facts: Fact[]): void {
  const people = new Map<string, Set<string>>();
  const labels = new Map<string, string>();
  for (const f of facts) {
    const key = f.subject && !SYNTHETIC.test(f.subject) ? linkKey(f) : undefined;
    if (!key) continue;
    const set = people.get(key) ?? new Set();
    set.add(f.subject);
    people.set(key, set);
    labels.set(f.subject, f.subjectLabel);
  }
  // the facts said of one unnamed person: one clause, or the clauses that continue its description
  const byPerson = new Map<string, Fact[]>();
  for (const f of facts) appendTo(byPerson, f.personRef ?? f.claimId, f);
  for (const group of byPerson.values()) {
    if (!group.some((f) => !f.subject)) continue;
    const found = new Set<string>();
    for (const f of group) {
      const key = f.subject ? undefined : linkKey(f);
      const candidates = key ? people.get(key) : undefined;
      if (candidates?.size === 1) found.add([...candidates][0] as string);
    }
    // an age that points at one person and a nationality that points at another: no one
    if (found.size !== 1) continue;
    const [person] = [...found] as [string];
    for (const f of group)
      if (!f.subject && f.kind !== 'count') {
        f.subject = person;
        f.subjectLabel = labels.get(person) ?? '';
      }
  }
}

/** Attributes of a person (an age, a nationality, a fall): never given to someone the clause does not point at. */
export const PERSONAL =
  /^(day (?!of the event).*|age|nationality|fall|term \(deal\)|years of service|children|grandchildren|distance away|depth|height|rank: .*|equipped|prepared|trained|armed|protected|dressed|clothed|staffed|resourced|maintained|lit)$/;

/**
 * A fact that names no subject joins the one subject the event gives that attribute, when there is exactly one
 * (the event's charge, its weapon); a person's attributes are left alone, as the event may hold other people.
 */
function joinLoneSubjects(facts: Fact[]): void {
  const subjects = new Map<string, Map<string, string>>();
  for (const f of facts) {
    if (!f.subject) continue;
    const map = subjects.get(familyKey(f)) ?? new Map<string, string>();
    map.set(f.subject, f.subjectLabel);
    subjects.set(familyKey(f), map);
  }
  for (const f of facts) {
    if (f.subject || PERSONAL.test(f.attribute)) continue;
    const map = subjects.get(familyKey(f));
    if (map?.size !== 1) continue;
    const [[subject, label]] = [...map] as [[string, string]];
    f.subject = subject;
    f.subjectLabel = label;
  }
}

/** A time or day written as an offset from another moment: 'an hour later', 'two days after', 'minutes earlier'. */
const AFTER_ANOTHER = /\b(?:later|after|afterwards?|earlier|before)\b/i;

/**
 * The time and day of the story's event, wherever they are written: the verbs the ledes give them with ('was shot
 * at 9 p.m.') name the event in the body of any article too ('police said he was shot at 9:30'), so those facts
 * become 'time of the event' and 'day of the event'.
 */
function nameTheEvent(facts: Fact[]): void {
  const verbs = new Set<string>();
  for (const f of facts) if (f.eventVerb) verbs.add(f.eventVerb);
  for (const f of facts) {
    const m = /^(time|day) (.+)$/.exec(f.attribute);
    // a moment written as some time after another ('died an hour later') follows the event
    if (m && verbs.has(m[2] as string) && !AFTER_ANOTHER.test(f.raw)) f.attribute = `${m[1]} of the event`;
  }
}

/**
 * Lines up the facts of all the articles of one event by slot: the same attribute of the same subject in the same
 * scope ('killed' of people in this event; the age of Robert Buckley; the colour of the Camry). A fact whose
 * clause names no subject is given one when the event leaves no doubt (one person of that age; one subject of
 * that attribute). Facts of a running total or of the background are slots of their own, never compared with
 * this event's. Deterministic: the order of the facts does not change the slots.
 *
 * @example
 * alignFacts(facts).filter((s) => s.attribute === 'seized').map((s) => [s.subjectLabel, s.facts.length])
 * //=> [['magazine', 10], ['rifle', 10], ['round', 10]]
 */
export function alignFacts(facts: readonly Fact[]): FactSlot[] {
  const copies = facts.map((f) => ({ ...f }));
  copies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  nameTheEvent(copies);
  linkDescribedPeople(copies);
  joinLoneSubjects(copies);
  const bySlot = new Map<string, Fact[]>();
  for (const f of copies) appendTo(bySlot, slotKey(f), f);
  const slots = [...bySlot.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return slots.map(([, group], i) => {
    const f = group[0] as Fact;
    return {
      id: `s${i + 1}`,
      kind: f.kind,
      attribute: f.attribute,
      subject: f.subject,
      subjectLabel: group.find((g) => g.subjectLabel)?.subjectLabel ?? '',
      scope: f.scope,
      facts: group,
    };
  });
}
