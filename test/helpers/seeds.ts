import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../../src/schema.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHARED = join(ROOT, '..', 'shared');

interface ManifestEntry {
  file: string;
  outlet: string;
  publishedAt?: string;
  language?: string;
}

/** The five seed articles as ArticleInputs, in manifest order. */
export function seedInputs(): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((e) => ({
    id: e.file.slice(0, 3),
    outlet: e.outlet,
    text: readFileSync(join(ROOT, 'seeds', e.file), 'utf8'),
    ...(e.publishedAt ? { publishedAt: e.publishedAt } : {}),
    ...(e.language ? { language: e.language } : {}),
  }));
}

export function seed(outlet: string): ArticleInput {
  const found = seedInputs().find((s) => s.outlet === outlet);
  if (!found) throw new Error(`no seed for ${outlet}`);
  return found;
}

const ECBPLUS = join(SHARED, 'data', 'ecbplus-dev');

/**
 * The ECB+ development events (../shared/data/ecbplus-dev), one folder each, sorted. Read when called, so that a
 * test file that does not use ../shared loads in a clone without it.
 */
export function ecbplusFolders(): string[] {
  return readdirSync(ECBPLUS)
    .filter((d) => d.endsWith('_ecbplus'))
    .sort();
}

/** The articles of one ECB+ event as ArticleInputs, in manifest order, each id the file name after `prefix`. */
export function ecbplusInputs(folder: string, prefix = ''): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(join(ECBPLUS, folder, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((m) => ({
    id: `${prefix}${m.file}`,
    outlet: m.outlet,
    text: readFileSync(join(ECBPLUS, folder, m.file), 'utf8'),
  }));
}

const ECB_HARD = join(SHARED, 'data', 'ecb-dev-hard');

/** The folders of ../shared/data/ecb-dev-hard (earlier events of the dev kinds), sorted. Read when called. */
export function ecbHardFolders(): string[] {
  return readdirSync(ECB_HARD)
    .filter((d) => d.endsWith('_ecb'))
    .sort();
}

/** The articles of one ecb-dev-hard event as ArticleInputs, in manifest order (they carry no date). */
export function ecbHardInputs(folder: string): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(join(ECB_HARD, folder, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((m) => ({
    id: m.file,
    outlet: m.outlet,
    text: readFileSync(join(ECB_HARD, folder, m.file), 'utf8'),
  }));
}
