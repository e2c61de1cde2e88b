import { describe, expect, it } from 'vitest';
import { type Entity, extractMentions, parseArticle, resolveEntities } from '../../src/index.js';
import { seed, seedInputs } from '../helpers/seeds.js';

const articles = seedInputs().map((input) => parseArticle(input));
const entities = resolveEntities(articles);

function entityOf(form: string): Entity {
  const found = entities.filter((e) => e.variants.some((v) => v.form.toLowerCase() === form.toLowerCase()));
  expect(found, `one entity holds ${form}`).toHaveLength(1);
  return found[0] as Entity;
}

function variants(entity: Entity): Record<string, string[]> {
  return Object.fromEntries(entity.variants.map((v) => [v.form, v.outlets]));
}

describe('resolveEntities on the seeds', () => {
  // [spellings of one entity, kind, each variant with its outlets]
  const same: [string[], string, Record<string, string[]>][] = [
    [
      ['Tyotkino', 'Tetkino'],
      'place',
      { Tyotkino: ['AFP', 'Reuters', 'Sindonews', 'The Daily Beast'], Tetkino: ['The Washington Times'] },
    ],
    [
      ['Roman Starovoyt', 'Roman Starovoit'],
      'person',
      { 'Roman Starovoyt': ['AFP', 'Sindonews'], 'Roman Starovoit': ['The Washington Times'], Starovoyt: ['AFP'] },
    ],
    [
      ['Alexei Baranovsky', 'Alexei Branovsky'],
      'person',
      { 'Alexei Baranovsky': ['Reuters'], 'Alexei Branovsky': ['The Daily Beast'], Baranovsky: ['Reuters'] },
    ],
    [
      ['Andriy Yusov', 'Andrii Yusov'],
      'person',
      { 'Andriy Yusov': ['The Daily Beast'], 'Andrii Yusov': ['The Washington Times'] },
    ],
    [
      [
        'Freedom of Russia Legion',
        'Freedom for Russia Legion',
        'Freedom of Russian Legion',
        'Russian Legion of Freedom',
      ],
      'organization',
      {
        'Freedom of Russia Legion': ['AFP', 'Reuters', 'The Daily Beast'],
        'Freedom for Russia Legion': ['The Washington Times'],
        'Freedom of Russian Legion': ['The Daily Beast'],
        'Russian Legion of Freedom': ['Sindonews'],
      },
    ],
  ];
  it.each(same)('%j are one %s entity with each variant and its outlets', (forms, kind, expected) => {
    const entity = entityOf(forms[0] as string);
    for (const form of forms) expect(entityOf(form).id).toBe(entity.id);
    expect(entity.kind).toBe(kind);
    expect(variants(entity)).toEqual(expected);
    // the form most outlets use; a tie goes to the form written more often, then alphabetical order
    expect(entity.canonical).toBe(forms[0] === 'Andriy Yusov' ? 'Andrii Yusov' : forms[0]);
  });

  const apart: [string, string][] = [
    ['Belgorod', 'Bryansk'],
    ['Kursk', 'Kstovo'],
    ['Russian Volunteer Corps', 'Freedom of Russia Legion'],
    ['Russian Volunteer Corps', 'Siberian Battalion'],
    ['Freedom of Russia Legion', 'Siberian Battalion'],
    ['Roman Starovoyt', 'Gleb Nikitin'],
    ['Ilya Ponomarev', 'Andriy Yusov'],
    ['Russia', 'Ukraine'],
  ];
  it.each(apart)('keeps %s and %s apart', (a, b) => {
    expect(entityOf(a).id).not.toBe(entityOf(b).id);
  });

  it("'armoured' and 'armored' are ordinary words, not names", () => {
    expect(entities.some((e) => e.variants.some((v) => /armou?red/i.test(v.form)))).toBe(false);
  });

  it('does not depend on the order of the articles', () => {
    expect(resolveEntities([...articles].reverse())).toEqual(entities);
  });
});

describe('extractMentions', () => {
  it('finds people with their roles and ties surnames to full names', () => {
    const mentions = extractMentions(parseArticle(seed('AFP')));
    const starovoyt = mentions.filter((m) => /Starovoyt/.test(m.text));
    expect(starovoyt.map((m) => [m.text, m.kind, m.role ?? m.fullName])).toEqual([
      ['Roman Starovoyt', 'person', 'Kursk Governor'],
      ['Starovoyt', 'person', 'Roman Starovoyt'],
    ]);
    const reuters = extractMentions(parseArticle(seed('Reuters')));
    const baranovsky = reuters.find((m) => m.text === 'Alexei Baranovsky');
    expect(baranovsky?.role).toBe('a spokesperson for the Freedom of Russia Legion');
    const sindo = extractMentions(parseArticle(seed('Sindonews')));
    expect(sindo.find((m) => m.text === 'Ilya Ponomarev')?.role).toBe('a former member of the Russian Duma');
  });

  it('gives spans into the input text', () => {
    const input = seed('The Washington Times');
    for (const m of extractMentions(parseArticle(input))) {
      expect(input.text.slice(m.span[0], m.span[1]).replace(/[\u2019]/g, "'")).toBe(m.text);
    }
  });

  it('types names by their cues', () => {
    const article = parseArticle({
      outlet: 'T',
      text: 'Officials in Oryol said the Defence Ministry and the village of Pokrovka were hit. Regional governor Ivan Petrov said so.',
    });
    const kinds = Object.fromEntries(extractMentions(article).map((m) => [m.text, m.kind]));
    expect(kinds).toEqual({
      Oryol: 'place',
      'Defence Ministry': 'organization',
      Pokrovka: 'place',
      'Ivan Petrov': 'person',
    });
  });
});
