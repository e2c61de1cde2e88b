import type { Span } from '../ingest/types.js';
import type { NameKind } from '../schema.js';

/** A name found in an article. */
export interface Mention {
  /** The name as written (folded text), without a possessive 's. */
  text: string;
  kind: NameKind;
  /** Index of the sentence in `Article.sentences`. */
  sentence: number;
  /** Offsets into `Article.text`. */
  start: number;
  end: number;
  /** Offsets into the input text. */
  span: Span;
  /**
   * A title or role given with the name: a title before it ('Kursk Governor'), an appositive after it ('a
   * spokesperson for the Freedom of Russia Legion'), or a noun for what the person is ('defensive tackle').
   */
  role?: string;
  /**
   * For a surname written alone, the full name the article uses for that person, earlier if it can ('Baranovsky' →
   * 'Alexei Baranovsky'), else later.
   */
  fullName?: string;
}
