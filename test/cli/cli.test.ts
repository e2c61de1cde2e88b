import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/index.js';
import { ROOT } from '../helpers/seeds.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('the corroborate command', () => {
  beforeAll(() => {
    // the CLI is tested as built; build it when the test runs alone
    try {
      execFileSync(process.execPath, [CLI, '--help'], { stdio: 'ignore' });
    } catch {
      execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'ignore' });
    }
  });

  it('summarises the five seed articles read through their manifest', () => {
    const { stdout, status } = run(['seeds']);
    expect(status).toBe(0);
    expect(stdout).toContain('5 articles');
    for (const outlet of ['Reuters', 'AFP', 'The Daily Beast', 'The Washington Times', 'Sindonews']) {
      expect(stdout).toContain(`${outlet}  (`);
    }
    expect(stdout).toContain('dateline:  Kyiv');
    expect(stdout).toContain('published: 2024-03-13');
    expect(stdout).toContain('- copyright line: "© Copyright AFP 2024. All rights reserved."');
  });

  it('prints the comparison: discrepancies, corroborated claims, names and sources', () => {
    const { stdout } = run(['seeds']);
    expect(stdout).toContain('[contested] Tyotkino');
    expect(stdout).toContain('"some 800 kilometres (500 miles)"');
    expect(stdout).toMatch(/Tetkino: The Washington Times/);
    expect(stdout).toMatch(/The Daily Beast +credibility [\d.]+ .*relies on Reuters/);
  });

  it('prints the Report as JSON with --format json, and Markdown with --format markdown', async () => {
    const { stdout, status } = run(['seeds', '--format', 'json']);
    expect(status).toBe(0);
    const { ReportSchema } = await import('../../src/index.js');
    const report = ReportSchema.parse(JSON.parse(stdout));
    expect(report.articles.map((a) => a.outlet)).toEqual([
      'Reuters',
      'AFP',
      'The Daily Beast',
      'The Washington Times',
      'Sindonews',
    ]);
    expect(report.articles[4]?.sentences).toBe(13);
    expect(run(['seeds', '--format', 'markdown']).stdout).toMatch(/^# corroborate report/);
  });

  it('reports binary, non-UTF-8, empty and missing files by name, reads the rest, and exits with 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
    writeFileSync(
      join(dir, 'good-outlet.txt'),
      'KYIV - Fighters crossed the border on Tuesday. Moscow said it repelled them.',
    );
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { stdout, stderr, status } = run([dir, join(dir, 'missing.txt')]);
    expect(status).toBe(2);
    expect(stdout).toContain('good outlet');
    expect(stdout).toContain('1 article');
    expect(stderr).toContain('binary.txt: is binary');
    expect(stderr).toContain('latin1.txt: is not UTF-8 text');
    expect(stderr).toContain('empty.txt: is empty');
    expect(stderr).toContain('missing.txt: cannot be read (ENOENT)');
  });

  it('treats manifest keys as data: __proto__ does not reach any prototype', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-proto-'));
    writeFileSync(join(dir, 'a.txt'), 'The minister said the dam held. Officials agreed.');
    writeFileSync(
      join(dir, 'manifest.json'),
      '[{"file":"a.txt","outlet":"Outlet A","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]',
    );
    const { stdout, status } = run([dir, '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).articles[0].outlet).toBe('Outlet A');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exits with 1 and the usage on bad arguments', () => {
    expect(run([]).status).toBe(1);
    const bad = run(['seeds', '--format', 'pdf']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--format must be');
  });

  it('writes a self-contained HTML report under 1 MB with --format html --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
    const out = join(dir, 'report.html');
    const { status, stdout } = run(['seeds', '--format', 'html', '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(statSync(out).size).toBeLessThan(1024 * 1024);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/https?:\/\/|\b(?:src|href)=/);
    // the article texts are there, evidence marked
    expect(html).toMatch(/<mark class="ev" data-d="[^"]+"[^>]*>8:25 a\.m\.<\/mark>/);
  });

  it('fails a CI run with exit code 3 on the discrepancies --fail-on and --min-severity name', () => {
    // the seeds hold a minor time discrepancy (0.21), two minor distance ones and a major contested one
    const time = run(['seeds', '--format', 'json', '--fail-on', 'time']);
    expect(time.status).toBe(3);
    expect(time.stderr).toMatch(
      /time discrepancy \(severity 0\.21\): time \(repel\): 08:00 \(AFP, Reuters, The Daily Beast\) vs 08:25 \(Sindonews\)/,
    );
    expect(run(['seeds', '--format', 'json', '--fail-on', 'time', '--min-severity', 'moderate']).status).toBe(0);
    expect(run(['seeds', '--format', 'json', '--fail-on', 'date']).status).toBe(0);
    const major = run(['seeds', '--format', 'json', '--min-severity', 'major']);
    expect(major.status).toBe(3);
    expect(major.stderr).toMatch(/^corroborate: contested discrepancy \(severity 0\.\d+\): Tyotkino/);
    expect(major.stderr.trim().split('\n')).toHaveLength(1);
    expect(run(['seeds', '--format', 'json', '--fail-on', 'number,count', '--min-severity', '0.5']).status).toBe(0);
    expect(run(['seeds', '--format', 'json', '--fail-on', 'all', '--min-severity', '0.01']).status).toBe(3);
  });

  it('rejects unknown kinds and severities with exit code 1 and says what it takes', () => {
    const kind = run(['seeds', '--fail-on', 'number,colour']);
    expect(kind.status).toBe(1);
    expect(kind.stderr).toContain(
      '--fail-on takes kinds from spelling, name, number, time, date, count, descriptor, contested (or all), got "number,colour"',
    );
    for (const bad of ['high', '1.5', '-0.1', '']) {
      const r = run(['seeds', `--min-severity=${bad}`]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('--min-severity takes minor, moderate, major or a number from 0 to 1');
    }
  });

  it('does not colour output that is not a terminal', () => {
    expect(run(['seeds']).stdout).not.toContain('\u001b[');
  });

  describe('a folder holding several events', () => {
    // the seeds and the ECB+ office-shooting event, in one folder with one manifest
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
    const shooting = join(ROOT, '..', 'shared', 'data', 'ecbplus-dev', '18_ecbplus');
    const manifest = [
      ...(JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as { file: string }[]).map((m) => ({
        ...m,
        from: join(ROOT, 'seeds', m.file),
      })),
      ...(JSON.parse(readFileSync(join(shooting, 'manifest.json'), 'utf8')) as { file: string }[]).map((m) => ({
        ...m,
        file: `shooting-${m.file}`,
        from: join(shooting, m.file),
      })),
    ];
    for (const m of manifest) writeFileSync(join(folder, m.file), readFileSync(m.from));
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest.map(({ from: _from, ...m }) => m)));

    it('groups the articles into events and writes one report per event (json)', () => {
      const { stdout, status } = run([folder, '--format', 'json']);
      expect(status).toBe(0);
      const out = JSON.parse(stdout) as { events: { event: number; articleIds: string[]; report: unknown }[] };
      expect(out.events.length).toBeGreaterThanOrEqual(2);
      const seeds = out.events.find((e) => e.articleIds.some((id) => id.startsWith('000')));
      expect(seeds?.articleIds.sort()).toEqual(
        manifest
          .slice(0, 5)
          .map((m) => m.file.replace(/\.txt$/, ''))
          .sort(),
      );
      for (const e of out.events) {
        const parsed = ReportSchema.safeParse(e.report);
        expect(parsed.success).toBe(true);
        const ids = e.articleIds.map((id) => id.startsWith('shooting-'));
        expect(new Set(ids).size).toBe(1); // no event mixes the two stories
      }
    });

    it('gives the same output with one worker thread and with one per core', () => {
      const one = run([folder, '--format', 'json', '--jobs', '1']);
      const two = run([folder, '--format', 'json', '--jobs', '2']);
      expect(one.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    });

    it('heads each text report with its event, and --one-event compares everything as one', () => {
      const text = run([folder]).stdout;
      expect(text).toMatch(/^Event 1 of \d+: \d+ articles \(/);
      expect(text).toMatch(/\n\nEvent 2 of \d+: /);
      const one = run([folder, '--one-event', '--format', 'json']);
      expect(JSON.parse(one.stdout).articles).toHaveLength(manifest.length);
    });

    it('writes one HTML page per event and an index into the --out folder, and needs that folder', () => {
      const nowhere = run([folder, '--format', 'html']);
      expect(nowhere.status).toBe(1);
      expect(nowhere.stderr).toMatch(/writes one page per event and needs --out FOLDER/);
      const out = join(mkdtempSync(join(tmpdir(), 'corroborate-cli-')), 'pages');
      expect(run([folder, '--format', 'html', '--out', out]).status).toBe(0);
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      const pages = [...index.matchAll(/href="(event-\d+\.html)"/g)].map((m) => m[1] as string);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) expect(readFileSync(join(out, page), 'utf8')).toMatch(/^<!doctype html>/);
    });

    it('fails on discrepancies in any event, naming the event', () => {
      const r = run([folder, '--format', 'json', '--fail-on', 'time']);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/corroborate: event \d+ of \d+: time discrepancy \(severity 0\.21\)/);
    });

    it('rejects a --jobs that is not a whole number from 1 to 256', () => {
      for (const bad of ['0', 'two', '1.5']) {
        const r = run([folder, `--jobs=${bad}`]);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('--jobs takes a whole number from 1 to 256');
      }
    });
  });
});
