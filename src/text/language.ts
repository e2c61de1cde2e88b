/**
 * How corroborate reads an article by its language (a BCP 47 tag; none is English):
 * - 'english': every rule, for English text.
 * - 'names': a language that capitalises names only (French, Spanish, Russian, Ukrainian...): capitalised words
 *   inside a sentence are names, typed from the tables of given names and places alone; no claims, no facts.
 * - 'nouns': a language that capitalises every noun (German and Luxembourgish, by the Duden's rule): capitals
 *   say nothing, so names come only from given names, known places and acronyms; no claims, no facts.
 */
export type LanguageReading = 'english' | 'names' | 'nouns';

export function languageReading(language: string | undefined): LanguageReading {
  if (language === undefined) return 'english';
  const primary = language.toLowerCase().split('-')[0];
  if (primary === 'en') return 'english';
  return primary === 'de' || primary === 'lb' || primary === 'gsw' ? 'nouns' : 'names';
}

/** What a report says of an article not read as English (undefined for English). */
export function languageNote(language: string | undefined): string | undefined {
  const reading = languageReading(language);
  if (reading === 'english') return undefined;
  return `written in '${language}': corroborate reads English, so this article gives names only (${
    reading === 'nouns' ? 'persons named with a known given name, known places and acronyms' : 'no claims and no facts'
  }); it is not compared on what it says`;
}
