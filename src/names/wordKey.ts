import { FOLD_RULES } from '../lexicon/romanizationFolds.js';

const RULES_BY_FIRST = new Map<string, [string, string][]>();
for (const [from, to] of FOLD_RULES) {
  const first = from.charAt(0);
  const list = RULES_BY_FIRST.get(first) ?? [];
  list.push([from, to]);
  RULES_BY_FIRST.set(first, list);
}
for (const list of RULES_BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

const VOWEL = /[aeiou]/;

function foldOnce(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const ch = word.charAt(i);
    if (ch === 'c') {
      // c is ц before a front vowel, before k and at the end of a word; k elsewhere (Victor, Cossack)
      if (word.startsWith('ch', i) || word.startsWith('cz', i)) {
        // handled by the rules below
      } else {
        const next = word.charAt(i + 1);
        out +=
          next === '' || next === 'e' || next === 'i' || next === 'y' || next === 'j'
            ? 'ts'
            : next === 'k'
              ? 'ts'
              : 'k';
        i += next === 'k' ? 2 : 1;
        if (next === 'k') out += 'k';
        continue;
      }
    }
    let matched = false;
    for (const [from, to] of RULES_BY_FIRST.get(ch) ?? []) {
      if (word.startsWith(from, i)) {
        out += to;
        i += from.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += ch;
      i++;
    }
  }
  // ё written yo/io/jo is e
  out = out.replace(/io/g, 'e');
  // glides: i before a vowel is the y of ya/ye/yu/ia/ie (Yevgeny = Evgeni, Mariia = Maria)
  let glided = '';
  for (let k = 0; k < out.length; k++) {
    const c = out.charAt(k);
    if (c === 'i' && VOWEL.test(out.charAt(k + 1))) continue;
    if (c === out.charAt(k + 1) && /[a-z]/.test(c)) continue; // double letters
    glided += c;
  }
  return glided;
}

const DOUBLED_DIGRAPH = /(zh|sh|ch|kh|ts)\1/g;

/**
 * The romanization-free key of one word already in lower-case Latin (see foldScript): folds the renderings
 * of each Cyrillic letter into one form, drops the y-glides and doubled letters (repeated to a fixed point), then
 * reads a doubled digraph once, as Ukrainian writes a long consonant (Zaporizhzhia = Zaporizhia).
 */
export function wordKey(word: string): string {
  let current = word;
  for (let pass = 0; pass < 6; pass++) {
    const next = foldOnce(current);
    if (next === current) break;
    current = next;
  }
  return current.replace(DOUBLED_DIGRAPH, '$1');
}

/**
 * A second key for the readings that the first one cannot hold at once: German ch as х (Achmed = Akhmed),
 * Belarusian ў written u (Barsukou = Barsukov), c always as ц (Kacuba = Katsuba), Scandinavian tj as ч, and
 * unstressed o written a (Leanidavich = Leonidovich, Paulichenka = Pavlichenko).
 */
export function altWordKey(word: string): string {
  const read = word
    .replace(/(^|[aeiou])ch/g, '$1kh')
    .replace(/([aeo])u(?=[^aeiouy]|$)/g, '$1v')
    .replace(/c(?![hzk])/g, 'ts')
    .replace(/ck/g, 'k') // German ck is к (Gatwick), not the ц of Polish -cki
    .replace(/tj$/, 'ch')
    .replace(/zj/g, 'zh')
    .replace(/oe/g, 'u') // Dutch
    .replace(/(ff|ow)$/, 'v') // German -off, Polish -ow
    // German z is ц, but not the z of Polish sz, cz, rz (Szachty: Polish sz with ch read as х)
    .replace(/(?<![scr])z(?!h)/g, 'ts')
    // German j is й, never ж (Budjonnowsk = Budyonnovsk)
    .replace(/(?<!ts)(?<![zt])j/g, 'y');
  return wordKey(read).replace(/o/g, 'a');
}

/**
 * The French romanization of Cyrillic (the usage of Le Monde and of the BnF before ISO 9): ou for у, ch for ш,
 * tch for ч, and a final e after -ine to keep it from nasalizing (Choubine = Shubin, Raspoutine = Rasputin). Read
 * only in a word that shows one of its marks (ou before a consonant, tch, final -ine): ch is ч in English.
 */
function frenchReading(word: string): string {
  if (!/ou(?![aeiouy])|tch|ine$/.test(word)) return word;
  return word
    .replace(/ou(?![aeiouy])/g, 'u')
    .replace(/(t?)ch/g, (_, t: string) => (t ? 'ch' : 'sh'))
    .replace(/ine$/, 'in');
}

/**
 * A third key for French and English j written for ж and дж (Jitomir = Zhytomyr, Jafar = Dzhafar), for the
 * French reading of ou, ch and -ine, for Spanish j written for х, for c
 * and tx written for ч, and for the Greek mp, nt and gk of б, д and г at the start of a name.
 */
export function altWordKey2(word: string): string {
  const read = frenchReading(word)
    .replace(/(^|[^aeiouyd])j(?=[aeiou])/g, '$1zh')
    // Spanish writes х as j, between vowels (Mijaíl = Mikhail, Najodka = Nakhodka)
    .replace(/(?<=[aeiou])j(?=[aeiou])/g, 'kh')
    // Czech, Slovak and Romanian c for ч written without its mark (Uglic, Mukacevo), Estonian tš (Tšelny)
    .replace(/tsh/g, 'ch')
    // Catalan and Basque tx (Makhatxkala)
    .replace(/tx/g, 'ch')
    // Greek writes б, д and г of foreign names as μπ, ντ and γκ, romanized mp, nt, gk or nk (Mpisk, Nkatsina)
    .replace(/^mp(?=[aeiouy])/, 'b')
    .replace(/^nt(?=[aeiouy])/, 'd')
    .replace(/^[gn]k(?=[aeiouyr])/, 'g')
    .replace(/c(?![hkszj])/g, 'ch');
  return wordKey(read).replace(/o/g, 'a');
}
