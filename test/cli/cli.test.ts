import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/index.js';
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

  describe("a newcomer's first runs", () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-newcomer-'));
    const seedText = (file: string) => readFileSync(join(ROOT, 'seeds', file), 'utf8');
    const seedFiles = (
      JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as { file: string }[]
    ).map((m) => m.file);
    const folder = (name: string, files: Record<string, string>) => {
      const path = join(dir, name);
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(path, file)), { recursive: true });
        writeFileSync(join(path, file), text);
      }
      return path;
    };
    const stderrLines = (r: { stderr: string }) => r.stderr.trim().split('\n').filter(Boolean);

    it('prints its version, and names an unknown option in one line with exit code 1', () => {
      const v = run(['--version']);
      expect(v.status).toBe(0);
      expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
      const bad = run(['seeds', '--colour']);
      expect(bad.status).toBe(1);
      expect(stderrLines(bad)).toEqual(['corroborate: unknown option --colour (corroborate --help lists the options)']);
    });

    it("reads an article from standard input for '-'", () => {
      const r = spawnSync(process.execPath, [CLI, '-', '--format', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
        input: 'Police said 24 people were killed in the blast in Kabul on Monday.',
      });
      expect(r.status).toBe(0);
      const report = ReportSchema.parse(JSON.parse(r.stdout));
      expect(report.articles.map((a) => [a.id, a.outlet])).toEqual([['stdin', 'stdin']]);
      // one article: the run says there is nothing to compare
      expect(r.stderr).toContain('note: only one outlet (stdin): nothing to compare');
    });

    it('writes --out into a folder that does not exist yet, and says in one line when it cannot write', () => {
      const out = join(dir, 'new', 'deeper', 'report.json');
      expect(run(['seeds', '--format', 'json', '--out', out]).status).toBe(0);
      expect(ReportSchema.safeParse(JSON.parse(readFileSync(out, 'utf8'))).success).toBe(true);
      const blocked = join(dir, 'a-file');
      writeFileSync(blocked, 'x');
      const r = run(['seeds', '--format', 'json', '--out', join(blocked, 'report.json')]);
      expect(r.status).toBe(1);
      expect(stderrLines(r)).toHaveLength(1);
      expect(r.stderr).toMatch(/^corroborate: .*(EEXIST|ENOTDIR)/);
    });

    it('analyzes one text listed twice (two outlets running one story) and counts it as one source', () => {
      const path = folder('syndicated', {
        'a.txt': seedText(seedFiles[0] as string),
        'b.txt': seedText(seedFiles[1] as string),
        'manifest.json': JSON.stringify([
          { file: 'a.txt', outlet: 'Reuters' },
          { file: 'a.txt', outlet: 'Yahoo News' },
          { file: 'b.txt', outlet: 'AFP' },
        ]),
      });
      const r = run([path, '--format', 'json']);
      expect(r.status).toBe(0);
      const report = ReportSchema.parse(JSON.parse(r.stdout));
      expect(report.articles.map((a) => a.id)).toEqual(['a', 'a~2', 'b']);
      // a claim both copies tell is told by two outlets but one independent source
      const copied = report.clusters.find((c) => c.outlets.includes('Reuters') && c.outlets.includes('Yahoo News'));
      expect(copied?.independentOutlets).toBe(copied?.outlets.includes('AFP') ? 2 : 1);
    });

    it('refuses a manifest entry outside its folder by name (exit 2) and analyzes the rest', () => {
      const path = folder('escape', {
        'a.txt': seedText(seedFiles[0] as string),
        'b.txt': seedText(seedFiles[1] as string),
        'manifest.json': JSON.stringify([
          { file: 'a.txt', outlet: 'Reuters' },
          { file: 'b.txt', outlet: 'AFP' },
          { file: '../../../../etc/os-release', outlet: 'X' },
        ]),
      });
      const r = run([path, '--format', 'json']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('skipped ../../../../etc/os-release: is outside the folder of');
      expect(ReportSchema.parse(JSON.parse(r.stdout)).articles).toHaveLength(2);
    });

    it('says what it passed over (a folder inside a folder, a one-line article) and reads folders with --recursive', () => {
      const path = folder('nested', {
        'a.txt': seedText(seedFiles[0] as string),
        'b.txt': seedText(seedFiles[1] as string),
        'more/c.txt': 'Fighters took the village of Tyotkino on Tuesday',
      });
      const flat = run([path, '--format', 'json']);
      expect(flat.status).toBe(0);
      expect(flat.stderr).toContain(
        `note: passed over ${join(path, 'more')}: a folder inside a folder (--recursive reads it)`,
      );
      const deep = run([path, '--format', 'json', '--recursive', '--one-event']);
      expect(ReportSchema.parse(JSON.parse(deep.stdout)).articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
      expect(deep.stderr).toContain('note: c (c): its text was read as a heading only; nothing of it is compared');
    });

    it('stops quietly when the reader stops early (| head)', () => {
      const r = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${CLI}" seeds | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(r.stderr).not.toMatch(/EPIPE|Error/);
      expect(r.stdout.trim()).toBe('0');
    });

    it('cuts text to a width only on a terminal or when asked, and takes --max-text-length', () => {
      const whole = run(['seeds']).stdout.split('\n');
      expect(Math.max(...whole.map((l) => l.length))).toBeGreaterThan(160);
      const cut = run(['seeds', '--width', '80']).stdout.split('\n');
      const longest = (lines: string[]) => Math.max(...lines.map((l) => [...l].length));
      expect(longest(cut)).toBeLessThan(longest(whole));
      expect(cut.filter((l) => l.endsWith('…')).length).toBeGreaterThan(0);
      expect(run(['seeds', '--width', 'wide']).stderr).toContain('--width takes a whole number from 40 to 10000');
      const small = run(['seeds', '--max-text-length', '1000']);
      expect(small.status).toBe(1);
      expect(small.stderr).toContain('more than maxTextLength (1000)');
      // a limit above the text's length is honoured as well (the default is 64 MiB)
      expect(run(['seeds', '--format', 'json', '--max-text-length', '5000', '--quiet']).status).toBe(0);
    });

    it('shows no progress when stderr is not a terminal', () => {
      expect(run(['seeds', '--format', 'json']).stderr).toBe('');
    });
  });
});
