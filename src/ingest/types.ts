/** A [start, end) range of UTF-16 offsets into the text the user gave. */
export type Span = [number, number];

export type ParagraphKind = 'title' | 'heading' | 'body';

export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  /** Offsets into `Article.text` (the folded text). */
  start: number;
  end: number;
  /** Offsets into the input text. */
  span: Span;
}

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

export interface RemovedLine {
  reason: string;
  text: string;
  span: Span;
}

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
  /** The input's publishedAt, or else the date found in a date line of the text. */
  publishedAt?: string;
  language?: string;
  /** The input text after Unicode folding. Offsets of paragraphs and sentences index into it. */
  text: string;
  /** Sorted [foldedOffset, inputOffset] pairs mapping `text` back to the input; see `toInputSpan`. */
  breaks: [number, number][];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  dateline?: Dateline;
  /** A date stated in the text itself ('date 2024-03-13'). */
  dateLine?: { date: string; span: Span };
  /** Lines left out of the story, each with the reason. */
  removed: RemovedLine[];
}
