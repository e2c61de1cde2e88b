import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CorroborateError } from '../errors.js';
import { parseArticle } from '../ingest/parseArticle.js';
import type { Article } from '../ingest/types.js';
import { analyze } from '../report/analyze.js';
import { formatReport } from '../report/formatReport.js';
import type { ArticleInput } from '../schema.js';
import { formatIngestText } from './formatIngest.js';
import { readInputs, type Skipped } from './readInputs.js';

const USAGE = `Usage: corroborate [FILES or FOLDERS...] [--manifest FILE] [--format text|markdown|html|json] [--out FILE]

Compares how several outlets report one event. A folder is read with its manifest.json
(a list of { file, outlet, publishedAt?, url?, title?, language? }) when it has one;
otherwise each text file is an article and its outlet is taken from the file name.

Exit codes: 0 all inputs used; 1 bad usage or nothing to read; 2 some inputs were skipped.`;

/** Exit code when some inputs could not be used but the rest were processed. */
export const EXIT_SKIPPED = 2;

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`corroborate: ${(error as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown' && format !== 'html') {
    process.stderr.write(`corroborate: --format must be text, markdown, html or json, got ${JSON.stringify(format)}\n`);
    return 1;
  }
  if (positionals.length === 0) {
    process.stderr.write(`corroborate: no files or folders given\n\n${USAGE}\n`);
    return 1;
  }
  const { inputs, skipped } = readInputs(positionals, values.manifest);
  const articles: Article[] = [];
  const good: ArticleInput[] = [];
  const problems: Skipped[] = [...skipped];
  for (const { file, input } of inputs) {
    try {
      articles.push(parseArticle(input));
      good.push(input);
    } catch (error) {
      if (error instanceof CorroborateError)
        problems.push({ file, reason: `is not a valid article (${error.message})` });
      else throw error;
    }
  }
  const width = Math.max(60, Math.min(process.stdout.columns ?? 100, 160));
  const report = analyze(good);
  const output =
    format === 'text'
      ? `${formatIngestText(articles, width)}\n\n${formatReport(report, 'text', { width })}`
      : formatReport(report, format);
  if (values.out) writeFileSync(values.out, `${output}\n`);
  else process.stdout.write(`${output}\n`);
  for (const p of problems) process.stderr.write(`corroborate: skipped ${p.file}: ${p.reason}\n`);
  if (articles.length === 0) return 1;
  return problems.length > 0 ? EXIT_SKIPPED : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      manifest: { type: 'string' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

process.exitCode = main(process.argv.slice(2));
