import { FOLD_TABLE } from './foldTable.js';

/**
 * Text folded for analysis together with the way back to the text the user gave.
 * `breaks` is a sorted list of [foldedOffset, inputOffset] pairs: between two breaks the two texts advance together.
 */
export interface FoldedText {
  text: string;
  breaks: [number, number][];
}

const COMBINING = /\p{M}/u;

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code < 0xa0 && code !== 0x85);
}

/**
 * Folds Unicode for analysis: NFC composition, straight quotes and hyphens for their typographic forms, plain
 * spaces, no invisible characters, `\n` line ends, U+FFFD for lone surrogates. Runs in one linear pass and
 * records how offsets in the result map back to the input.
 */
export function foldText(input: string): FoldedText {
  const out: string[] = [];
  const breaks: [number, number][] = [[0, 0]];
  let outLength = 0;
  let delta = 0; // inputOffset - foldedOffset at the current position
  const emit = (piece: string, inputAt: number, inputLength: number) => {
    if (inputAt - outLength !== delta) {
      delta = inputAt - outLength;
      breaks.push([outLength, inputAt]);
    }
    out.push(piece);
    outLength += piece.length;
    if (piece.length !== inputLength) {
      delta = inputAt + inputLength - outLength;
      breaks.push([outLength, inputAt + inputLength]);
    }
  };
  let i = 0;
  while (i < input.length) {
    // a run of printable ASCII needs no folding: copy it in one piece
    let j = i;
    while (j < input.length) {
      const c = input.charCodeAt(j);
      if (c < 0x20 || c >= 0x7f || c === 0x60) break;
      j++;
    }
    if (j > i) {
      emit(input.slice(i, j), i, j - i);
      i = j;
      continue;
    }
    const code = input.charCodeAt(i);
    // surrogate pairs and lone surrogates
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = input.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        emit(input.slice(i, i + 2), i, 2);
        i += 2;
      } else {
        emit('\uFFFD', i, 1);
        i += 1;
      }
      continue;
    }
    const ch = input[i] as string;
    if (ch === '\r') {
      emit(input[i + 1] === '\n' ? '' : '\n', i, 1);
      i += 1;
      continue;
    }
    const mapped = FOLD_TABLE[ch];
    if (mapped !== undefined) {
      emit(mapped, i, 1);
    } else if (isControl(code)) {
      emit(code === 0x09 ? ' ' : '', i, 1);
    } else if (COMBINING.test(ch) && out.length > 0) {
      const last = out[out.length - 1] as string;
      const lastChar = last.slice(-1);
      const composed = (lastChar + ch).normalize('NFC');
      if (lastChar !== '' && composed.length === 1) {
        out[out.length - 1] = last.slice(0, -1) + composed;
        // the mark was absorbed: one input code unit more, no output
        delta += 1;
        breaks.push([outLength, i + 1]);
      } else {
        emit(ch, i, 1);
      }
    } else {
      const nfc = ch.normalize('NFC');
      emit(nfc, i, 1);
    }
    i += 1;
  }
  return { text: out.join(''), breaks };
}

/** Maps an offset in folded text back to the input it came from (binary search over the breaks). */
export function toInputOffset(folded: Pick<FoldedText, 'breaks'>, offset: number): number {
  const { breaks } = folded;
  let lo = 0;
  let hi = breaks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((breaks[mid] as [number, number])[0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const [f, inp] = breaks[lo] as [number, number];
  const next = breaks[lo + 1];
  const mapped = inp + (offset - f);
  return next ? Math.min(mapped, next[1]) : mapped;
}
