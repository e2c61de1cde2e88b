import { CorroborateError, validate } from '../errors.js';
import { type ArticleInput, ArticleInputSchema, DEFAULT_MAX_TEXT_LENGTH } from '../schema.js';
import { foldText, toInputOffset } from '../text/foldText.js';
import { articleId } from './articleId.js';
import { BOILERPLATE_RULES, DATE_LINE, DATELINE, NOT_A_DATELINE_PLACE } from './boilerplateRules.js';
import { type Range, splitSentences } from './splitSentences.js';
import type { Article, Dateline, Paragraph, RemovedLine, Sentence, Span } from './types.js';

/** Options of {@link parseArticle}. */
export interface ParseArticleOptions {
  /** Longest accepted text in UTF-16 code units; longer input throws a CorroborateError. Default 64 MiB. */
  maxTextLength?: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const TERMINAL = /[.!?;:"')\]]$/;
const SENTENCE_END = /[.!?\u2026\u3002\uFF01\uFF1F\u0964\u061F]/;
const CREDIT_WORD = /^(\p{Lu}[\p{L}.'&-]*|of|the|and|for|via|de|\/|&|[\p{Lu}\d]+)$/u;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function isHeadingShaped(text: string): boolean {
  if (text.length > 200 || TERMINAL.test(text)) return false;
  let spaces = 0;
  for (let i = 0; i < text.length && spaces <= 20; i++) if (text.charCodeAt(i) === 32) spaces++;
  return text.trim() !== '' && spaces < 20;
}

/** A short line of capitalised words without a full stop, such as a photo credit 'Russia Defense Ministry Telegram'. */
function isCreditShaped(text: string): boolean {
  if (text.length > 100) return false;
  const words = wordsOf(text);
  return words.length >= 1 && words.length <= 7 && !TERMINAL.test(text) && words.every((w) => CREDIT_WORD.test(w));
}

function boilerplateReason(text: string): string | undefined {
  for (const rule of BOILERPLATE_RULES) {
    if (
      text.length <= rule.maxLength &&
      (!rule.needs || rule.needs.test(text)) &&
      rule.pattern.test(text) &&
      (!rule.also || rule.also.test(text))
    ) {
      return rule.reason;
    }
  }
  return undefined;
}

function* splitLines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) yield { start: s, end: e, text: text.slice(s, e) };
    start = end + 1;
  }
}

/**
 * Reads one article: validates it, folds Unicode, removes boilerplate lines with the reason for each, finds the
 * dateline and a date printed on a line of its own, and splits paragraphs and sentences, every piece with offsets into the input text.
 *
 * @example
 * const article = parseArticle({ outlet: 'Reuters', text: 'Kyiv: Fighters said they crossed into Russia at 3 a.m. Moscow time (0000 GMT). Moscow said it repelled them.' });
 * article.dateline?.place //=> 'Kyiv'
 * article.sentences.map((s) => s.text)
 * //=> ['Fighters said they crossed into Russia at 3 a.m. Moscow time (0000 GMT).', 'Moscow said it repelled them.']
 */
export function parseArticle(input: ArticleInput, options: ParseArticleOptions = {}): Article {
  const maxTextLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const valid = validate(ArticleInputSchema, input);
  if (valid.text.length > maxTextLength) {
    throw new CorroborateError(
      'text',
      `is ${valid.text.length} characters long, more than maxTextLength (${maxTextLength})`,
    );
  }
  const folded = foldText(valid.text);
  const { text } = folded;
  const toSpan = (start: number, end: number): Span => [toInputOffset(folded, start), toInputOffset(folded, end)];

  const removed: RemovedLine[] = [];
  const remove = (line: Line, reason: string) =>
    removed.push({ reason, text: line.text, span: toSpan(line.start, line.end) });

  let printedDate: Article['printedDate'];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let dateline: Dateline | undefined;
  let title = valid.title;
  let seenBody = false;
  let keptCount = 0;

  // The first kept lines wait in a small buffer for the caption rule and the headline; every later line is turned
  // into its paragraph and sentences at once, so a flood of lines is never held twice.
  const HEAD = 12;
  const head: Line[] = [];
  let headDone = false;
  let headSentences: Range[][] = [];
  const drop = new Set<number>();

  const emit = (line: Line, sentencesOfLine: Range[] | undefined) => {
    const heading = isHeadingShaped(line.text);
    let kind: Paragraph['kind'] = heading ? 'heading' : 'body';
    if (heading && !seenBody && title === undefined && wordsOf(line.text).length >= 3 && keptCount > 1) {
      title = line.text;
      kind = 'title';
    }
    let start = line.start;
    if (!heading && !seenBody) {
      const found = DATELINE.exec(line.text);
      if (found) {
        const place = found[1] as string;
        const allCaps = place === place.toUpperCase();
        const colon = found[3] === ':';
        if (
          (allCaps || colon) &&
          !NOT_A_DATELINE_PLACE.has(place.toLowerCase()) &&
          found[0].length < line.text.length
        ) {
          dateline = { place, span: toSpan(line.start, line.start + found[0].trimEnd().length) };
          if (found[2]) dateline.agency = found[2];
          start = line.start + found[0].length;
        }
      }
    }
    if (!heading) seenBody = true;
    const index = paragraphs.length;
    paragraphs.push({ index, kind, start: line.start, end: line.end, span: toSpan(line.start, line.end) });
    // a line without sentence-final punctuation is one sentence as it stands (lines are already trimmed)
    const whole = start === line.start && sentencesOfLine === undefined && !SENTENCE_END.test(line.text);
    const pieces = whole
      ? [{ start: 0, end: line.end - line.start }]
      : start === line.start
        ? (sentencesOfLine ?? splitSentences(line.text))
        : splitSentences(text.slice(start, line.end));
    for (const piece of pieces) {
      const s = start + piece.start;
      const e = start + piece.end;
      sentences.push({
        index: sentences.length,
        paragraph: index,
        text: text.slice(s, e),
        start: s,
        end: e,
        span: toSpan(s, e),
        heading,
      });
    }
  };

  const flushHead = () => {
    headDone = true;
    // Photo captions at the head of a story: a one-sentence line followed by a short credit line of capitalised words.
    headSentences = head.map((line) => splitSentences(line.text));
    for (let i = 1; i < head.length && i < 10; i++) {
      const caption = head[i - 1] as Line;
      const captionSentences = headSentences[i - 1] as Range[];
      const earlierStory = headSentences.slice(0, i - 1).some((x) => x.length > 1);
      if (earlierStory) break;
      if (
        isCreditShaped((head[i] as Line).text) &&
        captionSentences.length === 1 &&
        caption.text.endsWith('.') &&
        wordsOf(caption.text).length <= 40 &&
        i + 1 < keptCount
      ) {
        drop.add(i - 1);
        drop.add(i);
      }
    }
    for (const i of [...drop].sort((a, b) => a - b))
      remove(head[i] as Line, drop.has(i + 1) ? 'photo caption' : 'photo credit');
    head.forEach((line, i) => {
      if (!drop.has(i)) emit(line, headSentences[i]);
    });
  };

  for (const line of splitLines(text)) {
    const date = DATE_LINE.exec(line.text);
    if (date && !printedDate) {
      printedDate = {
        date: date[3] ? `${date[2]}T${date[3]}` : (date[2] as string),
        span: toSpan(line.start, line.end),
      };
      const rest = line.text.slice(date[0].length).trim();
      const restReason = rest ? boilerplateReason(rest) : undefined;
      if (!rest || restReason) {
        remove(line, restReason ? `date line; ${restReason}` : 'date line');
        continue;
      }
    }
    const reason = boilerplateReason(line.text);
    if (reason) {
      remove(line, reason);
      continue;
    }
    keptCount++;
    if (!headDone && head.length < HEAD) head.push(line);
    else {
      if (!headDone) flushHead();
      emit(line, undefined);
    }
  }
  if (!headDone) flushHead();
  removed.sort((a, b) => a.span[0] - b.span[0]);

  const article: Article = {
    id: articleId(valid),
    outlet: valid.outlet,
    text,
    breaks: folded.breaks,
    paragraphs,
    sentences,
    removed,
  };
  if (title !== undefined) article.title = title;
  if (valid.url !== undefined) article.url = valid.url;
  const publishedAt = valid.publishedAt ?? printedDate?.date;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (valid.language !== undefined) article.language = valid.language;
  if (dateline) article.dateline = dateline;
  if (printedDate) article.printedDate = printedDate;
  return article;
}
