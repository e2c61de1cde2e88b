import { describe, expect, it } from 'vitest';
import { decodeEntities, repairMojibake } from '../../src/text/htmlEntities.js';

// forms from the bookstores of the Book benchmark (../shared/data/truth/book/book.txt)
describe('decodeEntities', () => {
  it.each([
    ['Gagn&eacute;, Marcel', 'Gagné, Marcel'],
    ['Bj&ouml;rn', 'Björn'],
    ['Pi&oacute;ro, Michal', 'Pióro, Michal'],
    ['Gagn&Atilde;&copy;', 'Gagné'],
    ['Jos&Atilde;&copy;e Lajoie', 'Josée Lajoie'],
    ['Z&Atilde;&frac14;llighoven', 'Züllighoven'],
    ['D&#146;Hers, Thierry', 'D’Hers, Thierry'],
    ['D&Acirc;&#146;Hers', 'D’Hers'],
    ['Benyon &amp;amp;amp;amp; Turner', 'Benyon & Turner'],
    ['AT&amp;T', 'AT&T'],
    ['Singh&nbsp;&nbsp;Anoop', 'Singh\u00a0\u00a0Anoop'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });

  it('leaves what is not a reference, or a broken one, as it is', () => {
    expect(decodeEntities('Smith & Jones; R&D &bogus; &#99999999;')).toBe('Smith & Jones; R&D &bogus; &#99999999;');
    expect(decodeEntities('Gagn&Atilde;')).toBe('GagnÃ'); // the second byte is lost: nothing to mend
  });
});

describe('repairMojibake', () => {
  it('mends UTF-8 read as Latin-1 or Windows-1252 and keeps real Latin-1 text', () => {
    expect(repairMojibake('GagnÃ©')).toBe('Gagné');
    expect(repairMojibake('donâ€™t')).toBe('don’t');
    expect(repairMojibake('Ã‰cole')).toBe('École');
    // real words with these letters are not UTF-8 byte runs
    expect(repairMojibake('São Paulo, Ãgua, Â«quoteÂ»')).toBe('São Paulo, Ãgua, «quote»');
    expect(repairMojibake('Müller, Ærø, Øster')).toBe('Müller, Ærø, Øster');
  });
});
