/** One source's statement of the value of one item. */
export interface SourceClaim {
  source: string;
  item: string;
  value: string | number;
}

/** How values are compared: decides parsing, equivalence and how close values support each other. */
export type ValueKind = 'text' | 'names' | 'number' | 'time' | 'category';

/** Options of {@link discoverTruth}. */
export interface TruthOptions {
  /** The kind of every item's values, or a function of the item. Default 'text'. */
  kind?: ValueKind | ((item: string) => ValueKind);
  /** ISO date (2011-12-01) that times without a date refer to. Default: none (times compare by clock only). */
  referenceDate?: string;
  /** Closeness that still counts as support: minutes for 'time' (default 10), a fraction for 'number' (default 0.01). */
  tolerance?: number;
  /** Detect sources that copy one another and discount their votes. Default true. */
  copyDetection?: boolean;
  /** Iterations of trust and confidence estimation at most. Default 20. */
  maxIterations?: number;
  /** Trust every source starts with. Default 0.8. */
  initialTrust?: number;
  /** How much a value close to another (or a partial list of names) supports it, 0..1. Default 0.6. */
  similarityWeight?: number;
}

/** A value that lost for an item, with its confidence and supporters. */
export interface TruthAlternative {
  value: string | number;
  confidence: number;
  supporters: string[];
}

/** The value chosen for one item, its confidence, its supporters and the alternatives. */
export interface TruthItem {
  item: string;
  /**
   * The chosen value: one of the values the sources gave, as a source wrote it (for 'names' with HTML character
   * references read: 'St&uuml;tzle' is shown 'Stützle'), or for 'time' an ISO reading.
   */
  value: string | number;
  /** 0..1 */
  confidence: number;
  supporters: string[];
  alternatives: TruthAlternative[];
}

/** How far one source can be trusted, and the sources it likely copies. */
export interface TruthSource {
  source: string;
  /** 0..1: how often this source's values are the chosen ones. */
  trust: number;
  /** Sources this one likely copies from, or shares a common origin with. */
  copies?: { source: string; probability: number }[];
}

/** The result of discoverTruth: per item the chosen value, per source its trust. */
export interface TruthResult {
  items: TruthItem[];
  sources: TruthSource[];
}

/** A value read by its kind: `key` identifies equal values; `data` is what `support` compares. */
export interface ParsedValue<T = unknown> {
  key: string;
  data: T;
}

/** The rules of one value kind. */
export interface ValueModel<T = unknown> {
  parse(raw: string): ParsedValue<T> | undefined;
  /**
   * True when the source marks the raw value as the reading of a moment related to, but other than, the one
   * the item names ('9:11 AM (runway)' for a departure from the gate).
   */
  related?(raw: string): boolean;
  /**
   * How much a claim of `from` supports `to` being the true value, 0..1: 1 for equal values, and for a `from` that
   * `to` takes in whole and extends (a partial list of its people).
   */
  support(from: T, to: T): number;
  /**
   * How many parts a value has (the people of a list), for kinds whose values a source may cut short: a source
   * that never gives more than a few parts may be giving only the first of them.
   */
  size?(data: T): number;
  /** True when the raw form says it gives only the first parts of the value ('Halpin, Terry, et al'). */
  incomplete?(raw: string): boolean;
  /** How much one value supports another relative to being equal, when options do not say. Default 0.6. */
  similarityWeight?: number;
  /** How good a raw form is as the representative of its value, 0..1 (default 1). */
  quality?(raw: string): number;
  /** The value to report for a group of equal values, given the raw form chosen to represent it. */
  present?(data: T, raw: string): string | number;
}
