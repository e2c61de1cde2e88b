import { CorroborateError, validate } from '../errors.js';
import { type ArticleInput, ArticleInputSchema, DEFAULT_MAX_TEXT_LENGTH } from '../schema.js';
import { type FoldedText, foldText, toInputOffset } from '../text/foldText.js';
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
 * The dateline that opens a story's first line ('KYIV (Reuters) -', 'MOSCOW:'): its place, its agency and where
 * the story's text begins after it. A place in capitals or followed by a colon, never the whole line.
 */
function datelineOf(
  line: Line,
  toSpan: (start: number, end: number) => Span,
): { dateline: Dateline; bodyStart: number } | undefined {
  const found = DATELINE.exec(line.text);
  if (!found) return undefined;
  const place = found[1] as string;
  const allCaps = place === place.toUpperCase();
  const colon = found[3] === ':';
  if (!(allCaps || colon) || NOT_A_DATELINE_PLACE.has(place.toLowerCase()) || found[0].length >= line.text.length)
    return undefined;
  const dateline: Dateline = { place, span: toSpan(line.start, line.start + found[0].trimEnd().length) };
  if (found[2]) dateline.agency = found[2];
  return { dateline, bodyStart: line.start + found[0].length };
}

/**
 * The sentences of a line (offsets from `start`, where its text begins after any dateline): a line without
 * sentence-final punctuation is one sentence as it stands (lines are already trimmed).
 */
function piecesOf(line: Line, start: number, text: string, sentencesOfLine: Range[] | undefined): Range[] {
  const whole = start === line.start && sentencesOfLine === undefined && !SENTENCE_END.test(line.text);
  if (whole) return [{ start: 0, end: line.end - line.start }];
  return start === line.start
    ? (sentencesOfLine ?? splitSentences(line.text))
    : splitSentences(text.slice(start, line.end));
}

/**
 * Photo captions at the head of a story: a one-sentence line followed by a short credit line of capitalised
 * words, before any line of several sentences. The indexes of the caption and credit lines in `head`.
 */
function captionLines(head: readonly Line[], headSentences: readonly Range[][], keptCount: number): number[] {
  const out: number[] = [];
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
    )
      out.push(i - 1, i);
  }
  return out;
}

/** Kept lines held back at the head of a story, for the caption rule and the headline. */
const HEAD = 12;

/**
 * Reads a story's lines one by one into paragraphs and sentences, and the lines it leaves out with their reasons.
 * The first kept lines wait in a small buffer for the caption rule and the headline; every later line is turned
 * into its paragraph and sentences at once, so a flood of lines is never held twice.
 */
class LayoutBuilder {
  readonly paragraphs: Paragraph[] = [];
  readonly sentences: Sentence[] = [];
  readonly removed: RemovedLine[] = [];
  printedDate: Article['printedDate'];
  dateline: Dateline | undefined;
  title: string | undefined;
  readonly #text: string;
  readonly #folded: FoldedText;
  #seenBody = false;
  #keptCount = 0;
  readonly #head: Line[] = [];
  #headDone = false;

  constructor(folded: FoldedText, title: string | undefined) {
    this.#folded = folded;
    this.#text = folded.text;
    this.title = title;
  }

  #span(start: number, end: number): Span {
    return [toInputOffset(this.#folded, start), toInputOffset(this.#folded, end)];
  }

  #remove(line: Line, reason: string): void {
    this.removed.push({ reason, text: line.text, span: this.#span(line.start, line.end) });
  }

  /** One line: a printed date, boilerplate (left out), or a line of the story. */
  add(line: Line): void {
    const date = DATE_LINE.exec(line.text);
    if (date && !this.printedDate) {
      this.printedDate = {
        date: date[3] ? `${date[2]}T${date[3]}` : (date[2] as string),
        span: this.#span(line.start, line.end),
      };
      const rest = line.text.slice(date[0].length).trim();
      const restReason = rest ? boilerplateReason(rest) : undefined;
      if (!rest || restReason) {
        this.#remove(line, restReason ? `date line; ${restReason}` : 'date line');
        return;
      }
    }
    const reason = boilerplateReason(line.text);
    if (reason) {
      this.#remove(line, reason);
      return;
    }
    this.#keptCount++;
    if (!this.#headDone && this.#head.length < HEAD) this.#head.push(line);
    else {
      if (!this.#headDone) this.#flushHead();
      this.#emit(line, undefined);
    }
  }

  /** The end of the story: the head if still held, and the removed lines in text order. */
  finish(): void {
    if (!this.#headDone) this.#flushHead();
    this.removed.sort((a, b) => a.span[0] - b.span[0]);
  }

  #flushHead(): void {
    this.#headDone = true;
    const head = this.#head;
    const headSentences = head.map((line) => splitSentences(line.text));
    const drop = new Set(captionLines(head, headSentences, this.#keptCount));
    for (const i of [...drop].sort((a, b) => a - b))
      this.#remove(head[i] as Line, drop.has(i + 1) ? 'photo caption' : 'photo credit');
    head.forEach((line, i) => {
      if (!drop.has(i)) this.#emit(line, headSentences[i]);
    });
  }

  /** A kept line as a paragraph (a heading, the title, or body after any dateline) and its sentences. */
  #emit(line: Line, sentencesOfLine: Range[] | undefined): void {
    const heading = isHeadingShaped(line.text);
    let kind: Paragraph['kind'] = heading ? 'heading' : 'body';
    if (
      heading &&
      !this.#seenBody &&
      this.title === undefined &&
      wordsOf(line.text).length >= 3 &&
      this.#keptCount > 1
    ) {
      this.title = line.text;
      kind = 'title';
    }
    let start = line.start;
    const opening = !heading && !this.#seenBody ? datelineOf(line, (a, b) => this.#span(a, b)) : undefined;
    if (opening) {
      this.dateline = opening.dateline;
      start = opening.bodyStart;
    }
    if (!heading) this.#seenBody = true;
    const index = this.paragraphs.length;
    this.paragraphs.push({ index, kind, start: line.start, end: line.end, span: this.#span(line.start, line.end) });
    for (const piece of piecesOf(line, start, this.#text, sentencesOfLine)) {
      const s = start + piece.start;
      const e = start + piece.end;
      this.sentences.push({
        index: this.sentences.length,
        paragraph: index,
        text: this.#text.slice(s, e),
        start: s,
        end: e,
        span: this.#span(s, e),
        heading,
      });
    }
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
  const layout = new LayoutBuilder(folded, valid.title);
  for (const line of splitLines(folded.text)) layout.add(line);
  layout.finish();

  const article: Article = {
    id: articleId(valid),
    outlet: valid.outlet,
    text: folded.text,
    breaks: folded.breaks,
    paragraphs: layout.paragraphs,
    sentences: layout.sentences,
    removed: layout.removed,
  };
  if (layout.title !== undefined) article.title = layout.title;
  if (valid.url !== undefined) article.url = valid.url;
  const publishedAt = valid.publishedAt ?? layout.printedDate?.date;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (valid.language !== undefined) article.language = valid.language;
  if (layout.dateline) article.dateline = layout.dateline;
  if (layout.printedDate) article.printedDate = layout.printedDate;
  return article;
}
