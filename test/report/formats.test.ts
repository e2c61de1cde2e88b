import { describe, expect, it } from 'vitest';
import { analyze, CorroborateError, formatReport } from '../../src/index.js';
import { seedInputs } from '../helpers/seeds.js';

const inputs = seedInputs();
const report = analyze(inputs);
const ESC = '\u001b[';

describe('formatReport text', () => {
  it('has no colour unless asked, and colours headings and severity words when asked', () => {
    expect(formatReport(report, 'text')).not.toContain(ESC);
    const coloured = formatReport(report, 'text', { color: true });
    expect(coloured).toContain(`${ESC}1mDiscrepancies${ESC}0m`);
    // the contested control of Tyotkino is major (red), the 25-minute time difference minor (cyan)
    expect(coloured).toMatch(/\[contested\] Tyotkino — \u001b\[31mmajor\u001b\[0m/);
    expect(coloured).toMatch(/\[time\] time \(repel\) — \u001b\[36mminor\u001b\[0m/);
    // stripped of its escapes it is the plain text
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatReport(report, 'text'));
  });

  it('keeps every line within the width asked for (evidence is cut, not wrapped)', () => {
    for (const width of [60, 100]) {
      const lines = formatReport(report, 'text', { width }).split('\n');
      const discrepancyLines = lines.filter((l) => l.startsWith('      '));
      expect(discrepancyLines.length).toBeGreaterThan(10);
      for (const line of discrepancyLines) expect(line.length).toBeLessThanOrEqual(width);
    }
  });
});

describe('formatReport markdown', () => {
  it('writes GitHub tables: a header, a delimiter row, and the same number of cells in every row', () => {
    const md = formatReport(report, 'markdown');
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      const rows = table.split('\n');
      expect(rows[1]).toMatch(/^\|(-{3}|-{3}:|:-{3})(\|(-{3}|-{3}:|:-{3}))*\|$/);
      const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(cells(row)).toBe(cells(rows[0] as string));
    }
    expect(md).toContain(
      '| Tyotkino | place | Tyotkino (AFP, Reuters, Sindonews, The Daily Beast)<br>Tetkino (The Washington Times) |',
    );
  });
});

describe('formatReport html', () => {
  const html = formatReport(report, 'html', { inputs });

  it('is one self-contained page: no external address, a policy that forbids fetching anything', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\b(?:src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'none'");
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
  });

  it('shows the heatmap with one row per outlet, the discrepancies, the variants and the sources', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td class="cell/g)].map((m) => m[1]);
    expect(rows).toEqual(['AFP', 'Reuters', 'Sindonews', 'The Daily Beast', 'The Washington Times']);
    // Sindonews' 8:25 a.m. differs from the others' 8:00
    expect(html).toMatch(/class="cell differs"[^>]*data-outlet="Sindonews" title="Sindonews: [^"]*8:25/);
    expect(html.match(/<li class="discrepancy /g)).toHaveLength(report.discrepancies.length);
    expect(html).toMatch(/<td class="form">Tetkino<\/td>(<td><\/td>){4}<td class="wrote">✓<\/td>/);
    expect(html).toMatch(/<th>accuracy<\/th><th>corroboration<\/th><th>independence<\/th>/);
  });

  it('marks every piece of evidence in the articles with its discrepancy', () => {
    const time = report.discrepancies.find((d) => d.kind === 'time');
    expect(time).toBeDefined();
    const marked = [...html.matchAll(/<mark class="ev" data-d="([^"]+)"[^>]*>([^<]*)<\/mark>/g)]
      .filter((m) => (m[1] as string).split(' ').includes(time?.id as string))
      .map((m) => m[2]);
    expect(marked).toContain('8:25 a.m.');
    expect(marked).toContain('8:00 am (0500 GMT)');
  });

  it('without the texts shows each article as its claims, evidence still marked', () => {
    const bare = formatReport(report, 'html');
    expect(bare).toContain('class="text claims-only"');
    expect(bare).toMatch(/<mark class="ev" data-d="[^"]+"[^>]*>8:25 a\.m\.<\/mark>/);
  });

  it('strikes through the lines the report says were left out, and shows the URL the report keeps', () => {
    const text =
      'Shelling hit the village of Tyotkino on Tuesday, the governor said.\nADVERTISEMENT\nTwo people were injured in the attack, officials said.';
    const given = [{ id: 'a', outlet: 'AFP', url: 'https://example.org/a', text }];
    const own = analyze(given);
    expect(own.articles[0]).toMatchObject({
      url: 'https://example.org/a',
      removed: [{ reason: 'advertising marker', span: [68, 81] }],
    });
    expect(text.slice(68, 81)).toBe('ADVERTISEMENT');
    const html = formatReport(own, 'html', { inputs: given });
    expect(html).toMatch(/<del class="removed" title="left out: advertising marker">ADVERTISEMENT<\/del>/);
    expect(html).toContain('<span class="url">https://example.org/a</span>');
  });

  it('escapes whatever the articles hold', () => {
    const hostile = analyze([
      { outlet: '<script>alert(1)</script>', text: 'The "mayor" said <b>42</b> people & 3 dogs were hurt.' },
      { outlet: "O'Brien & Co", text: 'The mayor said 40 people were hurt on Monday.' },
    ]);
    const page = formatReport(hostile, 'html', {
      inputs: [
        { outlet: '<script>alert(1)</script>', text: 'The "mayor" said <b>42</b> people & 3 dogs were hurt.' },
        { outlet: "O'Brien & Co", text: 'The mayor said 40 people were hurt on Monday.' },
      ],
    });
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>42');
    expect(page).toContain('&lt;b&gt;42&lt;/b&gt;');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('rejects inputs that are not articles, naming the field', () => {
    expect(() => formatReport(report, 'html', { inputs: [{ outlet: 'X' } as never] })).toThrow(
      new CorroborateError('inputs[0].text', 'expected the article text as a string, got undefined'),
    );
  });
});

describe('the Report in a notebook', () => {
  it("offers Symbol.for('Jupyter.display') with the HTML report, and stays plain JSON", () => {
    const display = (report as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')];
    expect(typeof display).toBe('function');
    const bundle = display?.();
    expect(bundle?.['text/html']).toBe(formatReport(report, 'html', { inputs }));
    expect(bundle?.['text/plain']).toBe(formatReport(report, 'text'));
    expect(Object.keys(report)).not.toContain('Symbol(Jupyter.display)');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
