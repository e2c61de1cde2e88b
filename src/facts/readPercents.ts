import { HEDGES } from '../extract/tables/quantities.js';
import { RATE_NOUNS } from '../lexicon/factWords.js';
import { stem } from '../text/terms.js';
import { type ClauseContext, thingNear } from './clauseContext.js';
import { hedgeAt } from './readAmount.js';
import type { FactDraft } from './readNumbers.js';
import type { Token } from './tokens.js';

/** Verbs that link a rate to its value ('turnout was 62%', 'inflation rose to 5.2%'), and the words between. */
const LINKS =
  /^(was|is|were|are|stood|reached|hit|rose|fell|climbed|dropped|jumped|at|to|of|about|around|nearly|some)$/;

/** The percentage at token i ('62%', '62 per cent', '62 percent'): its value and the tokens it takes. */
function percentAt(tokens: readonly Token[], i: number): { value: number; to: number } | undefined {
  const t = tokens[i];
  if (!t?.numeric) return undefined;
  const value = Number(t.text.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const next = tokens[i + 1];
  if (next?.text === '%' && next.start === t.end) return { value, to: i + 2 };
  if (next?.lower === 'percent') return { value, to: i + 2 };
  if (next?.lower === 'per' && tokens[i + 2]?.lower === 'cent') return { value, to: i + 3 };
  return undefined;
}

/**
 * Percentages of a clause as facts, only where the clause says what they measure: 'N% of the vote' (the share of
 * what follows), or a rate noun before it ('turnout was 62%', 'inflation rose to 5.2 per cent'). A bare
 * percentage is no fact.
 */
export function readPercents(context: ClauseContext): FactDraft[] {
  const { tokens } = context;
  const out: FactDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hedge = hedgeAt(tokens, i);
    const at = hedge ? i + hedge[1] : i;
    const found = percentAt(tokens, at);
    if (!found) continue;
    let attribute: string | undefined;
    // 'N% of (the) vote'
    if (tokens[found.to]?.lower === 'of') {
      let k = found.to + 1;
      if (/^(the|all|its|their)$/.test(tokens[k]?.lower ?? '')) k++;
      const noun = tokens[k];
      if (noun && /^\p{Ll}/u.test(noun.text)) attribute = `share of ${stem(noun.lower)}`;
    }
    // 'turnout was 62%', 'inflation rose to 5.2%': a rate noun before, past linking words only
    if (!attribute) {
      for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
        const w = tokens[k] as Token;
        if (RATE_NOUNS.has(w.lower)) {
          attribute = stem(w.lower);
          break;
        }
        if (!LINKS.test(w.lower)) break;
      }
    }
    if (!attribute) {
      i = found.to - 1;
      continue;
    }
    const [low, high] = hedge ? (HEDGES[hedge[0]] ?? [1, 1]) : [1, 1];
    const thing = thingNear(context, i, found.to, 6);
    out.push({
      kind: 'number',
      attribute,
      subject: thing?.entity ?? '',
      subjectLabel: thing?.label ?? '',
      value: { type: 'range', low: found.value * low, high: found.value * high, unit: '%', label: `${found.value}%` },
      from: i,
      to: found.to,
    });
    i = found.to - 1;
  }
  return out;
}
