import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/index.js';
import { ROOT } from '../helpers/seeds.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('the corroborate command on ../shared/data', () => {
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
