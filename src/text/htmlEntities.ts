/** Named references of the characters U+00A0 to U+00BF, in code point order (HTML's Latin-1 names). */
const LATIN1_NAMES = [
  'nbsp',
  'iexcl',
  'cent',
  'pound',
  'curren',
  'yen',
  'brvbar',
  'sect',
  'uml',
  'copy',
  'ordf',
  'laquo',
  'not',
  'shy',
  'reg',
  'macr',
  'deg',
  'plusmn',
  'sup2',
  'sup3',
  'acute',
  'micro',
  'para',
  'middot',
  'cedil',
  'sup1',
  'ordm',
  'raquo',
  'frac14',
  'frac12',
  'frac34',
  'iquest',
];

// built in a call marked pure, so that a bundle that never decodes entities drops the table
const NAMED: ReadonlyMap<string, string> = /* @__PURE__ */ (() =>
  new Map([
    ['amp', '&'],
    ['quot', '"'],
    ['apos', "'"],
    ['lt', '<'],
    ['gt', '>'],
    ['szlig', 'ß'],
    ['aelig', 'æ'],
    ['oslash', 'ø'],
    ['eth', 'ð'],
    ['thorn', 'þ'],
    ['times', '×'],
    ['divide', '÷'],
    ['ndash', '–'],
    ['mdash', '—'],
    ['lsquo', '‘'],
    ['rsquo', '’'],
    ['ldquo', '“'],
    ['rdquo', '”'],
    ...LATIN1_NAMES.map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
  ]))();

const MARKS: Readonly<Record<string, string>> = {
  uml: '\u0308',
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  ring: '\u030A',
  cedil: '\u0327',
  caron: '\u030C',
};

/**
 * Windows-1252 characters of the bytes 0x80–0x9F: HTML reads numeric references in that range this way
 * (&#146; is ’), and text decoded as Windows-1252 shows them for the bytes of UTF-8.
 */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = /* @__PURE__ */ (() => new Map<string, number>([...WINDOWS_1252].map((c, i) => [c, 0x80 + i])))();

function decodeOnce(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80] as string;
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const accent = /^([a-z])(uml|acute|grave|circ|tilde|ring|cedil|caron)$/i.exec(name);
    if (accent) return `${accent[1]}${MARKS[(accent[2] as string).toLowerCase()]}`.normalize('NFC');
    return NAMED.get(name.toLowerCase()) ?? whole;
  });
}

const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

/**
 * Mends UTF-8 text that was read as Latin-1 or Windows-1252 on the way ('GagnÃ©' is 'Gagné', 'â€™' is '’'): each
 * run of a lead byte and its continuation bytes is decoded again, and left as it is when it is not valid UTF-8.
 */
export function repairMojibake(text: string): string {
  return text.replace(/[\u00C2-\u00F4][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3}/g, (run) => {
    const bytes = Uint8Array.from(run, (c) => BYTE_OF.get(c) ?? c.charCodeAt(0));
    try {
      // a C1 control is what a Windows-1252 character becomes after a second round trip (D&Acirc;&#146;Hers)
      return utf8.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] as string);
    } catch {
      return run;
    }
  });
}

/**
 * Decodes the HTML character references that leak into scraped values (&uuml;, &#252;, &#xFC;, &amp;amp;
 * escaped twice over) and mends the mojibake they often spell out (Gagn&Atilde;&copy; is Gagné).
 *
 * @example
 * decodeEntities('Gagn&Atilde;&copy;, Marcel') //=> 'Gagné, Marcel'
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 4 && out.includes('&'); pass++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return repairMojibake(out);
}
