import { STOPWORDS } from '../lexicon/stopwords.js';
import { SYNONYMS } from '../lexicon/synonyms.js';

const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) SYNONYM_OF.set(word, group[0] as string);

/** A light English stemmer: plural and verb endings off ('refineries' → 'refineri', 'attacked' → 'attack'). */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(sh|ch|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}][\p{L}'-]*/gu;

/** The content term of one lower-case word: its thesaurus head ('repulsed' → 'repel'), or its stem. */
export function contentTerm(word: string): string {
  return SYNONYM_OF.get(word) ?? stem(word);
}

/**
 * The content terms of a text for telling claims apart: lower-case words without function words, folded through
 * a small news thesaurus ('repulsed' = 'thwarted' = 'repel') and stemmed. Two-word synonyms ('beaten back') count.
 */
export function contentTerms(text: string): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/'s$|'$/, ''));
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const pair = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    const pairSynonym = pair ? SYNONYM_OF.get(pair) : undefined;
    if (pairSynonym) {
      terms.push(pairSynonym);
      i++;
      continue;
    }
    if (STOPWORDS.has(w) || w.length < 3) continue;
    terms.push(contentTerm(w));
  }
  return terms;
}
