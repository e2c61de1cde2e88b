import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CorroborateError } from '../errors.js';
import { groupEvents } from '../events/groupEvents.js';
import { articleId } from '../ingest/articleId.js';
import { parseArticle } from '../ingest/parseArticle.js';
import { ReportSchema } from '../report/ReportSchema.js';
import { SEVERITY_LEVELS } from '../report/severity.js';
import { type ArticleInput, ArticleInputSchema, DEFAULT_MAX_TEXT_LENGTH } from '../schema.js';
import { escapeHtml } from '../text/escapeHtml.js';
import { formatIngestText } from './formatIngest.js';
import { readInputs, type Skipped } from './readInputs.js';
import { type FailRule, type RenderOptions, renderEvent } from './renderEvent.js';
import { runEvents } from './runEvents.js';

const KINDS: readonly string[] = ReportSchema.shape.discrepancies.def.element.shape.kind.options;

const USAGE = `Usage: corroborate [FILES or FOLDERS or -...] [--manifest FILE] [--format text|markdown|html|json] [--out FILE]
                   [--fail-on KIND[,KIND...]] [--min-severity minor|moderate|major|0..1] [--one-event] [--jobs N]
                   [--recursive] [--width N] [--max-text-length N] [--quiet] [--version] [--help]

Compares how several outlets report one event. A folder is read with its manifest.json
(a list of { file, outlet, publishedAt?, url?, title?, language? }, files inside the folder)
when it has one; otherwise each text file is an article and its outlet is taken from the file
name; --recursive also reads the folders inside it. '-' reads one article from standard input.
Text output is cut to the terminal's width on a terminal (--width N to choose), never in a file
or pipe. --max-text-length raises the longest article accepted (default ${DEFAULT_MAX_TEXT_LENGTH} characters).
Progress goes to stderr on a terminal, unless --quiet.

When the articles are about several events, they are grouped (groupEvents) and each event is
analyzed on its own, spread over --jobs worker threads (default: one per core); --one-event
compares them all as one event. With several events, json is {"events":[{event, articleIds,
report}]}, text and markdown give one report per event, and html writes one page per event
and an index.html into the --out folder.

For CI: --fail-on (kinds: ${KINDS.join(', ')}, or all) and --min-severity make the run fail
when the report holds such discrepancies; either alone is enough (--min-severity alone means any kind).
Severity words: ${SEVERITY_LEVELS.map(([word, from]) => `${word} = ${from}`)
  .reverse()
  .join(', ')}. Colour only on a terminal, and never with NO_COLOR set.

Exit codes: 0 all inputs used; 1 bad usage or nothing to read; 2 some inputs were skipped;
3 discrepancies matched --fail-on / --min-severity (listed on stderr).`;

/** Exit code when some inputs could not be used but the rest were processed. */
export const EXIT_SKIPPED = 2;
/** Exit code when the report holds discrepancies that --fail-on / --min-severity ask to fail on. */
export const EXIT_DISCREPANCIES = 3;

/** What --fail-on and --min-severity ask for, or the message saying what is wrong with them. */
function failRule(failOn: string | undefined, minSeverity: string | undefined): FailRule | string | undefined {
  if (failOn === undefined && minSeverity === undefined) return undefined;
  let kinds: string[] | undefined;
  if (failOn !== undefined) {
    const asked = failOn
      .split(',')
      .map((k) => k.trim().toLowerCase())
      .filter(Boolean);
    const unknown = asked.filter((k) => k !== 'all' && !KINDS.includes(k));
    if (asked.length === 0 || unknown.length > 0)
      return `--fail-on takes kinds from ${KINDS.join(', ')} (or all), got ${JSON.stringify(failOn)}`;
    if (!asked.includes('all')) kinds = asked;
  }
  let severity = 0;
  if (minSeverity !== undefined) {
    const word = SEVERITY_LEVELS.find(([w]) => w === minSeverity.trim().toLowerCase())?.[1];
    const n = word ?? (minSeverity.trim() === '' ? Number.NaN : Number(minSeverity));
    if (!(n >= 0 && n <= 1))
      return `--min-severity takes minor, moderate, major or a number from 0 to 1, got ${JSON.stringify(minSeverity)}`;
    severity = n;
  }
  return kinds ? { kinds, severity } : { severity };
}

/** The package's version, from the package.json beside dist/. */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A parse error of node:util parseArgs in one line of our own ('unknown option --x'). */
function usageError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const option = /'(-{1,2}[^']*)'/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `${option} needs a value`;
  return e.message.split('\n')[0] ?? String(error);
}

/** A whole number option in [low, high], or the message saying what is wrong with it. */
function wholeNumber(name: string, raw: string | undefined, low: number, high: number): number | string | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < low || n > high)
    return `${name} takes a whole number from ${low} to ${high}, got ${JSON.stringify(raw)}`;
  return n;
}

/** The options that take a value, checked: the first problem as a message, or the values. */
function checkedOptions(values: ReturnType<typeof parse>['values']):
  | string
  | {
      widthOption: number | undefined;
      maxTextLength: number | undefined;
      format: 'text' | 'json' | 'markdown' | 'html';
      rule: (ReturnType<typeof failRule> & object) | undefined;
      jobs: number;
    } {
  const widthOption = wholeNumber('--width', values.width, 40, 10_000);
  const maxTextLength = wholeNumber('--max-text-length', values['max-text-length'], 1, 1_000_000_000);
  for (const bad of [widthOption, maxTextLength]) if (typeof bad === 'string') return bad;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown' && format !== 'html')
    return `--format must be text, markdown, html or json, got ${JSON.stringify(format)}`;
  const rule = failRule(values['fail-on'], values['min-severity']);
  if (typeof rule === 'string') return rule;
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    return `--jobs takes a whole number from 1 to 256, got ${JSON.stringify(values.jobs)}`;
  return {
    widthOption: widthOption as number | undefined,
    maxTextLength: maxTextLength as number | undefined,
    format,
    rule: rule ?? undefined,
    jobs,
  };
}

/**
 * How events are written: text cut to the terminal's width on a terminal (whole lines into a file or a pipe),
 * colour on a terminal unless NO_COLOR, the fail rule and the text length limit.
 */
function renderOptionsOf(
  out: string | undefined,
  options: Pick<
    Exclude<ReturnType<typeof checkedOptions>, string>,
    'widthOption' | 'maxTextLength' | 'format' | 'rule'
  >,
): RenderOptions {
  const { widthOption, maxTextLength, format, rule } = options;
  const terminal = !out && process.stdout.isTTY === true;
  const width =
    typeof widthOption === 'number'
      ? widthOption
      : terminal
        ? Math.max(60, Math.min(process.stdout.columns ?? 100, 160))
        : 10_000;
  const color = terminal && !process.env.NO_COLOR;
  return {
    format,
    width,
    color,
    ...(rule ? { rule } : {}),
    ...(typeof maxTextLength === 'number' ? { maxTextLength } : {}),
  };
}

/** The inputs that are articles, and the files skipped with the reason (what parseArticle says is wrong). */
function validInputs(
  inputs: readonly { file: string; input: ArticleInput }[],
  skipped: readonly Skipped[],
  limit: number,
): { good: ArticleInput[]; problems: Skipped[] } {
  const good: ArticleInput[] = [];
  const problems: Skipped[] = [...skipped];
  for (const { file, input } of inputs) {
    // the schema and the length limit are cheap to check; parseArticle, run only when they fail, names what is wrong
    if (ArticleInputSchema.safeParse(input).success && input.text.length <= limit) {
      good.push(input);
      continue;
    }
    try {
      parseArticle(input, { maxTextLength: limit });
      good.push(input);
    } catch (error) {
      if (error instanceof CorroborateError)
        problems.push({ file, reason: `is not a valid article (${error.message})` });
      else throw error;
    }
  }
  return { good, problems };
}

/**
 * Several events, each analyzed on its own over worker threads and written in order as they finish (to `out`, or
 * standard output): the failing lines and the errors of the events, with the notes of each event added to `notes`.
 */
async function analyzeEvents(
  groups: readonly ArticleInput[][],
  options: RenderOptions,
  jobs: number,
  out: string | undefined,
  { progress, notes }: { progress: (line: string) => void; notes: string[] },
): Promise<{ failing: string[]; errors: string[] }> {
  const format = options.format;
  if (out && format !== 'html') mkdirSync(dirname(out), { recursive: true });
  const sink = openSink(out, format, groups.length);
  const failing: string[] = [];
  const errors: string[] = [];
  let done = 0;
  progress(`analyzing ${groups.length} events…`);
  await runEvents(groups as ArticleInput[][], options, jobs, (index, result) => {
    const label = `event ${index + 1} of ${groups.length}`;
    progress(`analyzed ${++done} of ${groups.length} events`);
    if ('error' in result) {
      errors.push(`${label} could not be analyzed: ${result.error}`);
      return;
    }
    notes.push(...result.notes.map((n) => `${label}: ${n}`));
    failing.push(...result.failing.map((line) => `${label}: ${line}`));
    sink.write(index, groups[index] as ArticleInput[], result.output);
  });
  sink.close();
  return { failing, errors };
}

/**
 * The command line read and checked, or the exit code when nothing is to be analyzed: a usage error, --help,
 * --version, an option out of range, no files given.
 */
function commandLine(
  argv: string[],
): number | (ReturnType<typeof parse> & { checked: Exclude<ReturnType<typeof checkedOptions>, string> }) {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`corroborate: ${usageError(error)} (corroborate --help lists the options)\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const checked = checkedOptions(values);
  if (typeof checked === 'string') {
    process.stderr.write(`corroborate: ${checked}\n`);
    return 1;
  }
  if (positionals.length === 0) {
    process.stderr.write(`corroborate: no files or folders given\n\n${USAGE}\n`);
    return 1;
  }
  return { values, positionals, checked };
}

async function main(argv: string[]): Promise<number> {
  const line = commandLine(argv);
  if (typeof line === 'number') return line;
  const { values, positionals, checked } = line;
  const { widthOption, maxTextLength, format, rule, jobs } = checked;
  const quiet = values.quiet === true || process.stderr.isTTY !== true;
  const progress = (line: string) => {
    if (!quiet) process.stderr.write(`\r\u001b[2K${line}`);
  };
  progress('reading the articles…');
  const { inputs, skipped, notes } = readInputs(positionals, values.manifest, {
    recursive: values.recursive === true,
    readStdin: () => readFileSync(0, 'utf8'),
  });
  const limit = typeof maxTextLength === 'number' ? maxTextLength : DEFAULT_MAX_TEXT_LENGTH;
  const { good, problems } = validInputs(inputs, skipped, limit);
  const eventNotes: string[] = [];
  const report = (lines: string[]) => {
    progress('');
    for (const n of [...notes, ...eventNotes]) process.stderr.write(`corroborate: note: ${n}\n`);
    for (const p of problems) process.stderr.write(`corroborate: skipped ${p.file}: ${p.reason}\n`);
    for (const line of lines) process.stderr.write(`corroborate: ${line}\n`);
    if (good.length === 0) return 1;
    if (lines.length > 0) return EXIT_DISCREPANCIES;
    return problems.length > 0 ? EXIT_SKIPPED : 0;
  };
  if (good.length === 0) return report([]);

  const renderOptions = renderOptionsOf(values.out, { widthOption, maxTextLength, format, rule });
  const { width } = renderOptions;
  const groups = values['one-event'] ? [good] : eventsOf(good);

  if (groups.length === 1) {
    progress(`analyzing ${good.length} articles…`);
    const rendered = renderEvent(good, renderOptions);
    eventNotes.push(...rendered.notes);
    const output =
      format === 'text'
        ? `${formatIngestText(
            good.map((input) => parseArticle(input, { maxTextLength: limit })),
            width,
          )}\n\n${rendered.output}`
        : rendered.output;
    if (values.out) writeOut(values.out, `${output}\n`);
    else process.stdout.write(`${output}\n`);
    return report(rendered.failing);
  }

  // several events: each analyzed on its own, spread over worker threads, written in order as they finish
  if (format === 'html' && !values.out) {
    process.stderr.write(
      `corroborate: the articles hold ${groups.length} events; --format html writes one page per event and needs --out FOLDER\n`,
    );
    return 1;
  }
  const { failing, errors } = await analyzeEvents(groups, { ...renderOptions, compact: true }, jobs, values.out, {
    progress,
    notes: eventNotes,
  });
  for (const e of errors) process.stderr.write(`corroborate: ${e}\n`);
  return report(failing);
}

/** Writes a file, making the folders on its way. */
function writeOut(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The articles grouped into events (groupEvents), each group's inputs in their given order. */
function eventsOf(inputs: ArticleInput[]): ArticleInput[][] {
  const byId = new Map(inputs.map((input) => [articleId(input), input]));
  return groupEvents(inputs).map((g) => g.articleIds.map((id) => byId.get(id) as ArticleInput));
}

/** Where the reports of several events go: stdout or one file (text, markdown, json), or one page each (html). */
function openSink(out: string | undefined, format: string, count: number) {
  const file = format === 'html' || !out ? undefined : openSync(out, 'w');
  const put = (text: string) => (file === undefined ? process.stdout.write(text) : writeSync(file, text));
  if (format === 'html' && out) mkdirSync(out, { recursive: true });
  const index: string[] = [];
  if (format === 'json') put('{"events":[\n');
  return {
    write(i: number, inputs: ArticleInput[], output: string) {
      const outlets = [...new Set(inputs.map((a) => a.outlet))].sort();
      const ids = inputs.map((a) => articleId(a));
      if (format === 'json') {
        put(`${i > 0 ? ',\n' : ''}{"event":${i + 1},"articleIds":${JSON.stringify(ids)},"report":${output}}`);
      } else if (format === 'html' && out) {
        const name = `event-${String(i + 1).padStart(String(count).length, '0')}.html`;
        writeFileSync(join(out, name), `${output}\n`);
        index.push(
          `<li><a href="${name}">Event ${i + 1}</a>: ${inputs.length} articles (${escapeHtml(outlets.join(', '))})</li>`,
        );
      } else {
        const head = `Event ${i + 1} of ${count}: ${inputs.length} articles (${outlets.join(', ')})`;
        put(
          `${i > 0 ? '\n\n' : ''}${format === 'markdown' ? `# ${head}\n\n` : `${head}\n${'═'.repeat(Math.min(head.length, 100))}\n`}${output}\n`,
        );
      }
    },
    close() {
      if (format === 'json') put('\n]}\n');
      if (format === 'html' && out)
        writeFileSync(
          join(out, 'index.html'),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>corroborate: ${count} events</title></head><body><h1>${count} events</h1><ol>${index.join('')}</ol></body></html>\n`,
        );
      if (file !== undefined) closeSync(file);
    },
  };
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
      'one-event': { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      recursive: { type: 'boolean', short: 'r' },
      width: { type: 'string' },
      'max-text-length': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      version: { type: 'boolean', short: 'V' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// a reader that stops early ('| head') is not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // one line a user can act on ('cannot write out/report.json: EACCES'); the stack only when asked for
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(`corroborate: ${(e.message ?? String(error)).split('\n')[0]}\n`);
    if (process.env.CORROBORATE_DEBUG) process.stderr.write(`${e.stack ?? ''}\n`);
    process.exitCode = 1;
  },
);
