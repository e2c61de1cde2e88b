import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
}

// the CLI is tested as built: test/globalSetup.ts builds it once when dist/ is missing
describe('the corroborate command', () => {
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
});
