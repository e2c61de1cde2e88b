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

const KINDS = ['spelling', 'name', 'number', 'time', 'date', 'count', 'descriptor', 'contested'] as const;

const USAGE = `Usage: corroborate [FILES or FOLDERS...] [--manifest FILE] [--format text|markdown|html|json] [--out FILE]
                   [--fail-on KIND[,KIND...]] [--min-severity minor|moderate|major|0..1]

Compares how several outlets report one event. A folder is read with its manifest.json
(a list of { file, outlet, publishedAt?, url?, title?, language? }) when it has one;
otherwise each text file is an article and its outlet is taken from the file name.

For CI: --fail-on (kinds: ${KINDS.join(', ')}, or all) and --min-severity make the run fail
when the report holds such discrepancies; either alone is enough (--min-severity alone means any kind).
Severity words: minor = 0, moderate = 0.3, major = 0.6. Colour only on a terminal, and never with NO_COLOR set.

Exit codes: 0 all inputs used; 1 bad usage or nothing to read; 2 some inputs were skipped;
3 discrepancies matched --fail-on / --min-severity (listed on stderr).`;

/** Exit code when some inputs could not be used but the rest were processed. */
export const EXIT_SKIPPED = 2;
/** Exit code when the report holds discrepancies that --fail-on / --min-severity ask to fail on. */
export const EXIT_DISCREPANCIES = 3;

const SEVERITY_WORDS: Record<string, number> = { minor: 0, moderate: 0.3, major: 0.6 };

/** What --fail-on and --min-severity ask for, or the message saying what is wrong with them. */
function failRule(failOn: string | undefined, minSeverity: string | undefined) {
  if (failOn === undefined && minSeverity === undefined) return undefined;
  let kinds: Set<string> | undefined;
  if (failOn !== undefined) {
    const asked = failOn
      .split(',')
      .map((k) => k.trim().toLowerCase())
      .filter(Boolean);
    const unknown = asked.filter((k) => k !== 'all' && !(KINDS as readonly string[]).includes(k));
    if (asked.length === 0 || unknown.length > 0)
      return `--fail-on takes kinds from ${KINDS.join(', ')} (or all), got ${JSON.stringify(failOn)}`;
    if (!asked.includes('all')) kinds = new Set(asked);
  }
  let severity = 0;
  if (minSeverity !== undefined) {
    const word = SEVERITY_WORDS[minSeverity.trim().toLowerCase()];
    const n = word ?? (minSeverity.trim() === '' ? Number.NaN : Number(minSeverity));
    if (!(n >= 0 && n <= 1))
      return `--min-severity takes minor, moderate, major or a number from 0 to 1, got ${JSON.stringify(minSeverity)}`;
    severity = n;
  }
  return { kinds, severity };
}

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
  const rule = failRule(values['fail-on'], values['min-severity']);
  if (typeof rule === 'string') {
    process.stderr.write(`corroborate: ${rule}\n`);
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
  const color = !values.out && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output =
    format === 'text'
      ? `${formatIngestText(articles, width)}\n\n${formatReport(report, 'text', { width, color })}`
      : formatReport(report, format, format === 'html' ? { inputs: good } : {});
  if (values.out) writeFileSync(values.out, `${output}\n`);
  else process.stdout.write(`${output}\n`);
  for (const p of problems) process.stderr.write(`corroborate: skipped ${p.file}: ${p.reason}\n`);
  if (articles.length === 0) return 1;
  if (rule) {
    const failing = report.discrepancies.filter(
      (d) => (!rule.kinds || rule.kinds.has(d.kind)) && d.severity >= rule.severity,
    );
    for (const d of failing)
      process.stderr.write(
        `corroborate: ${d.kind} discrepancy (severity ${d.severity.toFixed(2)}): ${d.subject}: ${d.values
          .map((v) => `${v.value} (${v.outlets.join(', ')})`)
          .join(' vs ')}\n`,
      );
    if (failing.length > 0) return EXIT_DISCREPANCIES;
  }
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
      'fail-on': { type: 'string' },
      'min-severity': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

process.exitCode = main(process.argv.slice(2));
