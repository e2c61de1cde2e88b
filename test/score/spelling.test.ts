import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

// sentences from the ECB documents of one Oscars host announcement and one coach's firing (ecb-dev-hard 2 and 5)
const input = (outlet: string, text: string) => ({ id: outlet, outlet, text });

describe('spelling discrepancies: other spellings of a name, not the forms grammar and custom make', () => {
  const report = analyze([
    input(
      'A',
      'Jackman was announced Friday as the host of the 81st Academy Awards. Stefanski fired Maurice Cheeks and Samuel Dalembert was benched. DiLeo coached for 10 seasons in West Germany. Pirates are active off Somalia. The Academy of Motion Picture Arts and Sciences announced the host. The 76ers count on forward Andre Iguodala this season.',
    ),
    input(
      'B',
      'It has been two decades since a non-comedian was one of the Academy Award hosts. Mo Cheeks was fired and center Sam Dalembert struggled. DiLeo coached the former West German teams. Indian commandos seized 12 Somali pirates. The Academy of Motion Pictures Arts and Sciences named the host. The 76ers assured that their big three would be together by re-signing Anre Iguodala.',
    ),
  ]);
  const spelled = report.discrepancies
    .filter((d) => d.kind === 'spelling' || d.kind === 'name')
    .map((d) => d.values.map((v) => v.value).sort());

  it('reports a letter dropped and a plural inside a name', () => {
    expect(spelled).toContainEqual(['Andre Iguodala', 'Anre Iguodala']);
    expect(spelled.some((values) => values.includes('Academy of Motion Pictures Arts'))).toBe(true);
  });

  it('reports no plural of the last word, no demonym of a country, no short form of a given name', () => {
    const forms = spelled.flat();
    for (const form of ['Academy Award', 'West German', 'Somali', 'Mo Cheeks', 'Sam Dalembert'])
      expect(forms).not.toContain(form);
  });
  it('reports no form that leaves out a middle name, with or without a short given name (ecb-dev-hard 18)', () => {
    const names = (texts: string[]) =>
      analyze(texts.map((t, i) => input(`O${i}`, t)))
        .discrepancies.filter((d) => d.kind === 'spelling' || d.kind === 'name')
        .map((d) => d.values.map((v) => v.value).sort());
    expect(
      names([
        'Police identified the victim as Benjamin David Banky, 40, of Vancouver.',
        'Benjamin David Banky, 40, was shot at the office party.',
        'Those who knew Ben Banky were still in shock.',
        'The victim, Benjamin Banky, co-founded the company.',
      ]),
    ).toEqual([]);
    // a surname spelled otherwise is still another spelling
    expect(
      names([
        'Police identified the victim as Benjamin David Banky, 40, of Vancouver.',
        'Benjamin David Banky, 40, was shot at the office party.',
        'Those who knew Ben Bankey were still in shock.',
      ]),
    ).toEqual([['Ben Bankey', 'Benjamin David Banky']]);
  });
});
