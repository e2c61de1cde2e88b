import { ABBREVIATIONS, SENTENCE_OPENERS } from './boilerplateRules.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Window size for the segmenter: its cost grows with the square of the sentences in one call. */
const WINDOW = 2048;

/**
 * Intl.Segmenter's segments of a text, fed to it in windows of about WINDOW characters cut after a sentence-final
 * mark and a space, so that a paragraph of thousands of sentences is split in linear time. A cut is always a place
 * where the segmenter itself would break, so the result is the same.
 */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > WINDOW * 2) {
      to = from + WINDOW;
      // the next sentence end after the window: a mark, closing quotes or brackets, then white space
      const tail = /[.!?\u2026]["'\u201D\u2019)\]]{0,3}\s/g;
      tail.lastIndex = to;
      const m = tail.exec(text);
      if (m && m.index < from + WINDOW * 2) to = m.index + m[0].length;
      else {
        // no sentence end near: cut between two words rather than inside one
        const space = text.lastIndexOf(' ', from + WINDOW * 2);
        to = space > from ? space + 1 : from + WINDOW * 2;
      }
    }
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) yield { segment, index: index + from };
    from = to;
  }
}

/** A run of text [start, end) in the string that was split. */
export interface Range {
  start: number;
  end: number;
}

/** The last word of a text: what follows its last space or opening quote or bracket. */
function lastToken(text: string): string {
  let i = text.length;
  while (i > 0 && !' \t\n"\'([{'.includes(text.charAt(i - 1))) i--;
  return text.slice(i);
}
const INITIALS = /^(\p{Lu}\.){0,3}\p{Lu}$/u;
const FIRST_WORD = /^[\s"'([{]*([\p{L}\p{N}]+)/u;

/** Decides whether a break that Intl.Segmenter put after `before` is wrong and the next piece belongs to it. */
function continuesSentence(before: string, after: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const token = lastToken(trimmed);
  if (!token) return false;
  // 'Aoraki-Mt.', 'Aoraki/Mt.': the abbreviation is the last part of a compound
  const whole = token.slice(0, -1).toLowerCase();
  const part = whole.slice(Math.max(whole.lastIndexOf('-'), whole.lastIndexOf('/')) + 1);
  const word = ABBREVIATIONS.always.has(whole) || ABBREVIATIONS.conditional.has(whole) ? whole : part;
  const next = FIRST_WORD.exec(after);
  const nextWord = next?.[1] ?? '';
  const first = nextWord.charAt(0);
  const nextIsLower = first !== '' && first === first.toLowerCase() && first !== first.toUpperCase();
  const nextIsDigit = /^\d/.test(nextWord) || /^\s*\(/.test(after);
  if (ABBREVIATIONS.always.has(word)) return nextWord !== '';
  // an initial: 'W. Richard Stevens', 'A.A. Raspletin'
  if (!ABBREVIATIONS.conditional.has(word) && INITIALS.test(token.slice(0, -1)) && nextWord !== '') return true;
  if (ABBREVIATIONS.conditional.has(word)) {
    if (nextWord === '') return false;
    if (nextIsLower || nextIsDigit) return true;
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return nextIsLower;
}

/**
 * Splits one paragraph into sentences: Intl.Segmenter, then wrong breaks after abbreviations ('U.S.', 'a.m.',
 * 'Gov.', 'Mr.', initials) are merged back. Ranges exclude surrounding white space.
 */
export function splitSentences(text: string): Range[] {
  // no sentence-final punctuation: one sentence, without the cost of a segmenter pass (lines of a list, headings)
  if (!/[.!?\u2026\u3002\uFF01\uFF1F\u0964\u061F]/.test(text)) {
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return end > start ? [{ start, end }] : [];
  }
  const pieces: Range[] = [];
  for (const { segment, index } of segments(text)) {
    const last = pieces[pieces.length - 1];
    if (last && continuesSentence(text.slice(Math.max(last.start, index - 48), index), segment.slice(0, 64))) {
      last.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  const out: Range[] = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
