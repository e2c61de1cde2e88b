/**
 * How characters are folded before any text analysis. Each entry maps a character to its replacement;
 * an empty replacement removes it. Kept as data so the rules can be read and tested apart from the code.
 */
export const FOLD_TABLE: Readonly<Record<string, string>> = {
  // quotation marks and apostrophes
  '\u2018': "'", // left single quotation mark
  '\u2019': "'", // right single quotation mark
  '\u201A': "'", // single low-9 quotation mark
  '\u201B': "'", // single high-reversed-9 quotation mark
  '\u2032': "'", // prime
  '\u02BC': "'", // modifier letter apostrophe (Ukrainian apostrophe)
  '\u02B9': "'", // modifier letter prime (soft-sign transliteration)
  '\u0060': "'", // grave accent used as apostrophe
  '\u00B4': "'", // acute accent used as apostrophe
  '\u201C': '"', // left double quotation mark
  '\u201D': '"', // right double quotation mark
  '\u201E': '"', // double low-9 quotation mark
  '\u201F': '"', // double high-reversed-9 quotation mark
  '\u2033': '"', // double prime
  '\u00AB': '"', // left guillemet
  '\u00BB': '"', // right guillemet
  '\u2039': "'", // single left guillemet
  '\u203A': "'", // single right guillemet
  // dashes and minus signs
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\uFE58': '-', // small em dash
  '\uFF0D': '-', // fullwidth hyphen-minus
  // spaces
  '\u00A0': ' ', // no-break space
  '\u1680': ' ',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ', // narrow no-break space
  '\u205F': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\v': '\n',
  '\f': '\n',
  '\u0085': '\n', // next line
  '\u2028': '\n', // line separator
  '\u2029': '\n', // paragraph separator
  // invisible characters: zero-width, joiners, soft hyphen, byte-order mark, bidi controls
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u00AD': '',
  '\u200E': '',
  '\u200F': '',
  '\u202A': '',
  '\u202B': '',
  '\u202C': '',
  '\u202D': '',
  '\u202E': '',
  '\u2066': '',
  '\u2067': '',
  '\u2068': '',
  '\u2069': '',
  // typographic ligatures of punctuation
  '\u2026': '...', // horizontal ellipsis
  '\u2022': '\u2022', // bullet stays: it marks list items
};
