/** A [start, end) range of UTF-16 offsets into the text the user gave. */
export type Span = [number, number];

/** What a paragraph is: the title line, a heading inside the article, or body text. */
export type ParagraphKind = 'title' | 'heading' | 'body';

/** A paragraph of an article as read: its kind and span. */
export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  /** Offsets into `Article.text` (the folded text). */
  start: number;
  end: number;
  /** Offsets into the input text. */
  span: Span;
}

/** A sentence of an article, its text folded (quotes, dashes, spaces) and its span in the text given. */
export interface Sentence {
  index: number;
  paragraph: number;
  /** The sentence in folded text (straight quotes, plain spaces, NFC). */
  text: string;
  /** Offsets into `Article.text`. */
  start: number;
  end: number;
  /** Offsets into the input text. */
  span: Span;
  /** True for sentences of headings and the title rather than of the story's body. */
  heading: boolean;
}

/** A line parseArticle left out as boilerplate, with the reason (copyright line, photo credit, newsletter…). */
export interface RemovedLine {
  reason: string;
  text: string;
  span: Span;
}

/** The dateline that opens an article ('KYIV, March 12 (Reuters) -'): its place and, when given, its date. */
export interface Dateline {
  /** The place the story was filed from, as written ('Kyiv', 'MOSCOW'). */
  place: string;
  /** A news agency named in the dateline ('Reuters' in 'KYIV (Reuters) -'). */
  agency?: string;
  span: Span;
}

/** An article after ingestion: folded text, its structure, and what was removed and why. */
export interface Article {
  id: string;
  outlet: string;
  title?: string;
  url?: string;
  /** The input's publishedAt, or else the date printed on a line of the text (printedDate). */
  publishedAt?: string;
  language?: string;
  /** The input text after Unicode folding. Offsets of paragraphs and sentences index into it. */
  text: string;
  /** Sorted [foldedOffset, inputOffset] pairs mapping `text` back to the input; see `toInputSpan`. */
  breaks: [number, number][];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  dateline?: Dateline;
  /**
   * A date printed in the text itself, on a line of its own ('date 2024-03-13', 'Updated: November 11, 2011'),
   * and the span of that line. `publishedAt` is taken from it when the input gives none. (Not the dateline, which
   * opens the story: 'KYIV (Reuters) -'.)
   */
  printedDate?: { date: string; span: Span };
  /** Lines left out of the story, each with the reason. */
  removed: RemovedLine[];
}
