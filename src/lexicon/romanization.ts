/**
 * How the Cyrillic letters that make spelling variants are written by each romanization system. The Cyrillic
 * transliteration used by normalizeName is BGN/PCGN (column `bgn`); the other columns are the spellings that the
 * folding rules in `FOLD_RULES` bring together. Sources: BGN/PCGN 1947 (Russian), 2019 (Ukrainian), 1979
 * (Belarusian); ISO 9:1995; GOST 7.79-2000 system B; ALA-LC; ICAO Doc 9303 (2013); Ukraine national 2010;
 * Belarus 2007; Duden (German), usage of the French and Polish press.
 */
export interface LetterRomanizations {
  bgn: string;
  iso9: string;
  gost: string;
  loc: string;
  icao: string;
  german: string;
  french: string;
  polish: string;
}

export const RUSSIAN: Readonly<Record<string, LetterRomanizations>> = {
  а: { bgn: 'a', iso9: 'a', gost: 'a', loc: 'a', icao: 'a', german: 'a', french: 'a', polish: 'a' },
  б: { bgn: 'b', iso9: 'b', gost: 'b', loc: 'b', icao: 'b', german: 'b', french: 'b', polish: 'b' },
  в: { bgn: 'v', iso9: 'v', gost: 'v', loc: 'v', icao: 'v', german: 'w', french: 'v', polish: 'w' },
  г: { bgn: 'g', iso9: 'g', gost: 'g', loc: 'g', icao: 'g', german: 'g', french: 'g', polish: 'g' },
  д: { bgn: 'd', iso9: 'd', gost: 'd', loc: 'd', icao: 'd', german: 'd', french: 'd', polish: 'd' },
  е: { bgn: 'ye', iso9: 'e', gost: 'e', loc: 'e', icao: 'e', german: 'je', french: 'ie', polish: 'je' },
  ё: { bgn: 'yë', iso9: 'ë', gost: 'yo', loc: 'ë', icao: 'e', german: 'jo', french: 'io', polish: 'jo' },
  ж: { bgn: 'zh', iso9: 'ž', gost: 'zh', loc: 'zh', icao: 'zh', german: 'sch', french: 'j', polish: 'ż' },
  з: { bgn: 'z', iso9: 'z', gost: 'z', loc: 'z', icao: 'z', german: 's', french: 'z', polish: 'z' },
  и: { bgn: 'i', iso9: 'i', gost: 'i', loc: 'i', icao: 'i', german: 'i', french: 'i', polish: 'i' },
  й: { bgn: 'y', iso9: 'j', gost: 'j', loc: 'ĭ', icao: 'i', german: 'j', french: 'ï', polish: 'j' },
  к: { bgn: 'k', iso9: 'k', gost: 'k', loc: 'k', icao: 'k', german: 'k', french: 'k', polish: 'k' },
  л: { bgn: 'l', iso9: 'l', gost: 'l', loc: 'l', icao: 'l', german: 'l', french: 'l', polish: 'ł' },
  м: { bgn: 'm', iso9: 'm', gost: 'm', loc: 'm', icao: 'm', german: 'm', french: 'm', polish: 'm' },
  н: { bgn: 'n', iso9: 'n', gost: 'n', loc: 'n', icao: 'n', german: 'n', french: 'n', polish: 'n' },
  о: { bgn: 'o', iso9: 'o', gost: 'o', loc: 'o', icao: 'o', german: 'o', french: 'o', polish: 'o' },
  п: { bgn: 'p', iso9: 'p', gost: 'p', loc: 'p', icao: 'p', german: 'p', french: 'p', polish: 'p' },
  р: { bgn: 'r', iso9: 'r', gost: 'r', loc: 'r', icao: 'r', german: 'r', french: 'r', polish: 'r' },
  с: { bgn: 's', iso9: 's', gost: 's', loc: 's', icao: 's', german: 's', french: 's', polish: 's' },
  т: { bgn: 't', iso9: 't', gost: 't', loc: 't', icao: 't', german: 't', french: 't', polish: 't' },
  у: { bgn: 'u', iso9: 'u', gost: 'u', loc: 'u', icao: 'u', german: 'u', french: 'ou', polish: 'u' },
  ф: { bgn: 'f', iso9: 'f', gost: 'f', loc: 'f', icao: 'f', german: 'f', french: 'f', polish: 'f' },
  х: { bgn: 'kh', iso9: 'h', gost: 'x', loc: 'kh', icao: 'kh', german: 'ch', french: 'kh', polish: 'ch' },
  ц: { bgn: 'ts', iso9: 'c', gost: 'cz', loc: 't͡s', icao: 'ts', german: 'z', french: 'ts', polish: 'c' },
  ч: { bgn: 'ch', iso9: 'č', gost: 'ch', loc: 'ch', icao: 'ch', german: 'tsch', french: 'tch', polish: 'cz' },
  ш: { bgn: 'sh', iso9: 'š', gost: 'sh', loc: 'sh', icao: 'sh', german: 'sch', french: 'ch', polish: 'sz' },
  щ: {
    bgn: 'shch',
    iso9: 'ŝ',
    gost: 'shh',
    loc: 'shch',
    icao: 'shch',
    german: 'schtsch',
    french: 'chtch',
    polish: 'szcz',
  },
  ъ: { bgn: '"', iso9: 'ʺ', gost: '``', loc: 'ʺ', icao: 'ie', german: '', french: '', polish: '' },
  ы: { bgn: 'y', iso9: 'y', gost: "y'", loc: 'y', icao: 'y', german: 'y', french: 'y', polish: 'y' },
  ь: { bgn: "'", iso9: 'ʹ', gost: '`', loc: 'ʹ', icao: '', german: '', french: '', polish: '' },
  э: { bgn: 'e', iso9: 'è', gost: "e'", loc: 'ė', icao: 'e', german: 'e', french: 'e', polish: 'e' },
  ю: { bgn: 'yu', iso9: 'û', gost: 'yu', loc: 'i͡u', icao: 'iu', german: 'ju', french: 'iou', polish: 'ju' },
  я: { bgn: 'ya', iso9: 'â', gost: 'ya', loc: 'i͡a', icao: 'ia', german: 'ja', french: 'ia', polish: 'ja' },
};

/** Letters of Ukrainian and Belarusian that differ from Russian (Ukraine 2010 / Belarus 2007 in `icao`). */
export const UKRAINIAN_BELARUSIAN: Readonly<Record<string, LetterRomanizations>> = {
  г: { bgn: 'h', iso9: 'g', gost: 'g', loc: 'h', icao: 'h', german: 'h', french: 'h', polish: 'h' },
  ґ: { bgn: 'g', iso9: 'g̀', gost: 'g`', loc: 'g', icao: 'g', german: 'g', french: 'g', polish: 'g' },
  е: { bgn: 'e', iso9: 'e', gost: 'e', loc: 'e', icao: 'e', german: 'e', french: 'e', polish: 'e' },
  є: { bgn: 'ye', iso9: 'ê', gost: 'ye', loc: 'i͡e', icao: 'ie', german: 'je', french: 'ie', polish: 'je' },
  и: { bgn: 'y', iso9: 'i', gost: "y'", loc: 'y', icao: 'y', german: 'y', french: 'y', polish: 'y' },
  і: { bgn: 'i', iso9: 'ì', gost: "i'", loc: 'i', icao: 'i', german: 'i', french: 'i', polish: 'i' },
  ї: { bgn: 'yi', iso9: 'ï', gost: 'yi', loc: 'ï', icao: 'i', german: 'ji', french: 'ï', polish: 'ji' },
  ў: { bgn: 'w', iso9: 'ǔ', gost: 'u`', loc: 'ŭ', icao: 'u', german: 'w', french: 'w', polish: 'ŭ' },
};

/** Cyrillic to Latin as normalizeName writes it before folding (BGN/PCGN, without apostrophes for the signs). */
export function cyrillicToLatin(letter: string, ukrainianOrBelarusian: boolean): string | undefined {
  const lower = letter.toLowerCase();
  const row =
    (ukrainianOrBelarusian ? UKRAINIAN_BELARUSIAN[lower] : undefined) ?? RUSSIAN[lower] ?? UKRAINIAN_BELARUSIAN[lower];
  if (!row) return undefined;
  if (lower === 'ь' || lower === 'ъ') return '';
  if (lower === 'ё') return 'yo';
  return row.bgn;
}

/** Cyrillic letters that look like Latin ones (homoglyphs), and back. */
export const CYRILLIC_HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
};

/** Latin letters with marks that stand for a digraph in Slavic romanizations; other marks are simply dropped. */
export const MARKED_LATIN: Readonly<Record<string, string>> = {
  č: 'ch',
  ĉ: 'ch',
  ć: 'ch',
  š: 'sh',
  ŝ: 'shch',
  ś: 'sh',
  ž: 'zh',
  ẑ: 'zh',
  ź: 'zh',
  ż: 'zh',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'dj',
  ı: 'i',
  ə: 'a', // Azerbaijani, Chechen and Tatar Latin (Əvtara)
  ǝ: 'a',
  ŭ: 'u',
  û: 'yu',
  â: 'ya',
  ê: 'ye',
  ë: 'yo',
  ǔ: 'u',
  ĭ: 'y',
};
