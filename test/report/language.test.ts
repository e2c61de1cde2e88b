import { describe, expect, it } from 'vitest';
import { analyze, extractMentions, formatReport, parseArticle, resolveEntities } from '../../src/index.js';
import { seedInputs } from '../helpers/seeds.js';

// written for this test: a German report of the seeds' event, every noun capitalised as German writes it
const GERMAN =
  'In der Nacht zum Dienstag wurde das Dorf Tjotkino im Gebiet Kursk mit Artillerie beschossen. ' +
  'Gouverneur Roman Starowoit sagte, die Angreifer seien an der Grenze zurückgeschlagen worden. ' +
  'Nach Angaben der Behörden gab es keine Toten und keine Verletzten. ' +
  'Der Sprecher Alexej Baranowski erklärte am Morgen, die Lage sei unter Kontrolle. ' +
  'Die Armee der Ukraine äußerte sich zunächst nicht zu dem Angriff.';

describe('the language of an article', () => {
  it('yields no common noun of a German paragraph as a name, and the names it has', () => {
    const article = parseArticle({ outlet: 'Der Spiegel', text: GERMAN, language: 'de' });
    const names = extractMentions(article).map((m) => [m.text, m.kind]);
    expect(names).toEqual([
      ['Roman Starowoit', 'person'],
      ['Alexej Baranowski', 'person'],
      ['Ukraine', 'place'],
    ]);
    // read as English, its capitalised nouns would be taken for names
    const asEnglish = extractMentions(parseArticle({ outlet: 'Der Spiegel', text: GERMAN })).map((m) => m.text);
    expect(asEnglish.some((t) => /Nacht|Dorf|Gebiet|Grenze|Behörden/.test(t))).toBe(true);
  });

  it("joins a German form of a name to the English outlets' forms", () => {
    const articles = [
      ...seedInputs().map((input) => parseArticle(input)),
      parseArticle({ id: 'spiegel', outlet: 'Der Spiegel', text: GERMAN, language: 'de-DE' }),
    ];
    const entities = resolveEntities(articles);
    const governor = entities.filter((e) => e.variants.some((v) => v.form === 'Roman Starowoit'));
    expect(governor).toHaveLength(1);
    expect(governor[0]?.variants.map((v) => v.form)).toContain('Roman Starovoyt');
  });

  it('takes no claims or facts from an article it cannot read, and the report says so', () => {
    const report = analyze([...seedInputs(), { id: 'spiegel', outlet: 'Der Spiegel', text: GERMAN, language: 'de' }]);
    const spiegel = report.articles.find((a) => a.id === 'spiegel');
    expect(spiegel?.language).toBe('de');
    expect(spiegel?.note).toMatch(/written in 'de'.*names only/);
    expect(report.claims.filter((c) => c.articleId === 'spiegel')).toEqual([]);
    expect(report.articles.filter((a) => a.id !== 'spiegel').every((a) => a.note === undefined)).toBe(true);
    expect(formatReport(report, 'text')).toContain("written in 'de'");
    // a language that capitalises names only gives names of any kind from inside its sentences
    const french = parseArticle({
      outlet: 'Le Monde',
      text: 'Dans la nuit de lundi, le village de Tiotkino a été bombardé, selon le gouverneur Roman Starovoït.',
      language: 'fr',
    });
    expect(extractMentions(french).map((m) => [m.text, m.kind])).toEqual([
      ['Tiotkino', 'other'],
      ['Roman Starovoït', 'person'],
    ]);
  });
});
