import type { Claim } from '../claims/extractClaims.js';
import type { Entity } from '../entities/resolveEntities.js';
import { compareNames } from '../names/compareNames.js';
import { appendTo } from '../text/appendTo.js';
import type { Discrepancy } from './findDiscrepancies.js';

/** Words a quotation must hold before its wording identifies it: short ones ('We will win') are said by many. */
const MIN_QUOTE_WORDS = 6;
/** Words of a quotation's opening that key it: outlets cut a quotation's end more often than its start. */
const KEY_WORDS = 8;

const OPENING = /["“]/;
const CLOSING = /["”]/;

/**
 * The quotation inside the first pair of double quotation marks of a claim's text ('"We're aware of the issue,"
 * Smith said'), as written and as its words in lower case with apostrophes dropped, or undefined when the claim
 * quotes nothing whole or too little.
 */
function quotedWords(text: string): { words: string[]; quoted: string } | undefined {
  const open = text.search(OPENING);
  if (open < 0) return undefined;
  const rest = text.slice(open + 1);
  const close = rest.search(CLOSING);
  if (close < 0) return undefined;
  const quoted = rest.slice(0, close).trim();
  const words = quoted
    .toLowerCase()
    .replace(/['’]/g, '')
    .match(/[\p{L}\p{N}]+/gu);
  return words && words.length >= MIN_QUOTE_WORDS ? { words, quoted } : undefined;
}

/**
 * A speaker's phrase naming two people ('Zadan and Meron', 'Smith with Jones': a joint statement), or one who
 * speaks for another ('a spokesman for Mayor Sanders'): no one person's words.
 */
const NOT_ONE_SPEAKER = /\s(?:and|&|with|for|on behalf of)\s/i;

interface Attribution {
  claim: Claim;
  entity: Entity;
  /** The quotation as the outlet wrote it. */
  quoted: string;
}

/** The outlets of some attributions, each once, sorted. */
const outletsOf = (list: readonly Attribution[]) => [...new Set(list.map((a) => a.claim.outlet))].sort();

/** Speakers whose names are one name spelled two ways: a spelling discrepancy of the entity, not a misattribution. */
function sameName(a: Entity, b: Entity): boolean {
  return compareNames(a.canonical, b.canonical, { kind: 'person' }).score >= 0.85;
}

/**
 * One quotation that outlets put in two people's mouths: the same words, within quotation marks, said by a named
 * person in one outlet and by another named person in another ('"We're aware of the off-the-field issue," general
 * manager A.J. Smith said' / '... general manager A.J. Butler said'). Who said a thing is a fact of the story
 * (DESIGN.md, 'Facts': entity-valued facts), and a wrong speaker misleads as a wrong figure does.
 *
 * Only speakers named in the claim's own sentence count (a pronoun carried from an earlier sentence may be the
 * reader's guess, not the outlet's word), only persons (a spokesman and the police force he speaks for are not two
 * sources of one statement), and only quotations of at least six words (short ones are said by many).
 */
export function quoteDiscrepancies(claims: readonly Claim[], entities: readonly Entity[]): Discrepancy[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byQuote = new Map<string, Attribution[]>();
  for (const claim of claims) {
    if (claim.quote !== 'direct' || !claim.speakerEntity || !claim.speaker) continue;
    if (!claim.text.includes(claim.speaker) || NOT_ONE_SPEAKER.test(claim.speaker)) continue;
    const entity = byId.get(claim.speakerEntity);
    if (entity?.kind !== 'person') continue;
    const found = quotedWords(claim.text);
    if (!found) continue;
    appendTo(byQuote, found.words.slice(0, KEY_WORDS).join(' '), { claim, entity, quoted: found.quoted });
  }
  const out: Discrepancy[] = [];
  for (const [, said] of [...byQuote].sort(([a], [b]) => a.localeCompare(b))) {
    // speakers by entity, one spelling of a name with the other
    const groups: Attribution[][] = [];
    for (const a of said) {
      const group = groups.find((g) => {
        const { entity } = g[0] as Attribution;
        return entity === a.entity || sameName(entity, a.entity);
      });
      if (group) group.push(a);
      else groups.push([a]);
    }
    if (groups.length < 2) continue;
    // two outlets, at least, and none giving both speakers: an outlet that names every speaker of one quotation
    // quotes a joint statement or two people saying the same
    const outlets = outletsOf(said);
    if (outlets.length < 2 || groups.some((g) => outletsOf(g).length === outlets.length)) continue;
    const first = [...said].sort((a, b) => a.claim.id.localeCompare(b.claim.id))[0] as Attribution;
    let shown = first.quoted.split(/\s+/).slice(0, 6).join(' ');
    while (/[,.;:]/.test(shown.slice(-1))) shown = shown.slice(0, -1);
    const values = groups
      .map((g) => ({
        value: (g[0] as Attribution).entity.canonical,
        raw: [...new Set(g.map((a) => a.claim.speaker as string))].sort(),
        outlets: outletsOf(g),
        evidence: g.map((a) => ({ claimId: a.claim.id, articleId: a.claim.articleId, span: a.claim.span })),
      }))
      .sort((a, b) => b.outlets.length - a.outlets.length || a.value.localeCompare(b.value));
    out.push({
      id: '',
      kind: 'name',
      subject: `who said "${shown}…"`,
      severity: 0.5,
      explanation: `One quotation given to different people: ${values.map((v) => `${v.value} (${v.outlets.join(', ')})`).join(' / ')}.`,
      values,
    });
  }
  return out;
}
