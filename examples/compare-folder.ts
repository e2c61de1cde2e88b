/**
 * Compare the articles in a folder: read each text file (with the folder's manifest.json when it has one),
 * analyze them, and print where the outlets disagree and which names they spell differently.
 *
 *   npx tsx examples/compare-folder.ts seeds        (or, on Node 22.6+, node examples/compare-folder.ts seeds)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleInput, analyze } from 'corroborate';

interface ManifestEntry {
  file: string;
  outlet: string;
  publishedAt?: string;
  title?: string;
}

/** The articles of a folder: from its manifest, or one per .txt file named after its outlet. */
export function readFolder(folder: string): ArticleInput[] {
  const files = readdirSync(folder);
  if (files.includes('manifest.json')) {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as ManifestEntry[];
    return manifest.map(({ file, ...meta }) => ({ ...meta, id: file, text: readFileSync(join(folder, file), 'utf8') }));
  }
  return files
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f, outlet: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') }));
}

export function main(folder: string): string {
  const report = analyze(readFolder(folder));
  const lines = [`${report.articles.length} articles, consistency ${Math.round(report.consistency * 100)}%`, ''];
  for (const d of report.discrepancies.filter((d) => d.kind !== 'spelling')) {
    const sides = d.values.map((v) => `${v.value} (${v.outlets.join(', ')})`).join(' vs ');
    lines.push(`${d.kind.padEnd(10)} ${d.severity.toFixed(2)}  ${d.subject}: ${sides}`);
  }
  lines.push('', 'Spelled differently:');
  for (const e of report.entities.filter((e) => e.kind !== 'other' && e.variants.length > 1)) {
    lines.push(`  ${e.canonical}: ${e.variants.map((v) => `${v.form} [${v.outlets.join(', ')}]`).join(', ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(main(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'seeds')));
}
