import { CorroborateError } from '../errors.js';
import type { ArticleInput } from '../schema.js';
import { formatHtml } from './formatHtml.js';
import type { Report } from './ReportSchema.js';
import { pct, severityWord } from './severity.js';

/** The formats formatReport writes. */
export type ReportFormat = 'text' | 'markdown' | 'html' | 'json';

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /** Width of text output in columns. Default 100. */
  width?: number;
  /** How many single-source claims with figures to list. Default 25. */
  maxSingleSource?: number;
  /** Colour text output with ANSI escapes (for a terminal; the CLI turns it on for a TTY without NO_COLOR). Default false. */
  color?: boolean;
  /** html: the articles the report was made from, so that each is shown whole with its evidence highlighted. */
  inputs?: readonly ArticleInput[];
  /** html: most claim columns in the agreement heatmap. Default 40. */
  maxColumns?: number;
}

const ANSI = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  green: '\u001b[32m',
  reset: '\u001b[0m',
};

type Paint = (style: keyof typeof ANSI, s: string) => string;

const KIND_ORDER = ['contested', 'number', 'count', 'time', 'date', 'descriptor', 'name', 'spelling'] as const;

function truncate(text: string, width: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > width ? `${one.slice(0, Math.max(1, width - 1))}…` : one;
}

function sortedDiscrepancies(report: Report) {
  return [...report.discrepancies].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.severity - a.severity || a.id.localeCompare(b.id),
  );
}

function text(report: Report, width: number, maxSingle: number, color: boolean): string {
  const paint: Paint = (style, s) => (color ? `${ANSI[style]}${s}${ANSI.reset}` : s);
  const sevColor = (s: number) => (s >= 0.6 ? 'red' : s >= 0.3 ? 'yellow' : 'cyan') as keyof typeof ANSI;
  const out: string[] = [];
  const rule = '─'.repeat(Math.min(width, 80));
  out.push(
    `corroborate: ${report.articles.length} articles, ${report.claims.length} claims, consistency ${pct(report.consistency)}`,
  );
  out.push(rule);
  out.push(paint('bold', 'Articles'));
  for (const a of report.articles) {
    out.push(
      `  ${a.outlet.padEnd(24)} ${(a.publishedAt ?? '').padEnd(11)} ${String(a.sentences).padStart(3)} sentences  ${truncate(a.title ?? '', width - 48)}`,
    );
    if (a.note) out.push(`    ${truncate(a.note, width - 4)}`);
  }
  out.push('', paint('bold', 'Discrepancies'));
  if (report.discrepancies.length === 0) out.push('  none');
  for (const d of sortedDiscrepancies(report)) {
    out.push(
      `  [${d.kind}] ${d.subject} — ${paint(sevColor(d.severity), severityWord(d.severity))} (severity ${d.severity.toFixed(2)})`,
    );
    for (const v of d.values)
      out.push(
        `      ${truncate(`${v.value}: ${v.outlets.join(', ')}  ← ${v.raw.map((r) => `"${truncate(r, 70)}"`).join(', ')}`, width - 6)}`,
      );
    out.push(`      ${truncate(d.explanation, width - 6)}`);
  }
  const corroborated = report.clusters.filter((c) => c.status === 'corroborated');
  out.push('', paint('bold', `Corroborated (${corroborated.length})`));
  for (const c of corroborated)
    out.push(`  ${truncate(`${c.outlets.join(', ')} [${c.independentOutlets} independent]: ${c.summary}`, width - 2)}`);
  const disputedMeasures = new Set(report.discrepancies.map((d) => d.measureId).filter(Boolean));
  const agreed = report.measures.filter((m) => m.readings.length > 1 && !disputedMeasures.has(m.id));
  out.push('', paint('bold', `Corroborated figures (${agreed.length})`));
  for (const m of agreed) {
    const outlets = [...new Set(m.readings.map((r) => r.outlet))].join(', ');
    const forms = [...new Set(m.readings.map((r) => `"${r.raw}"`))].join(' / ');
    out.push(`  ${truncate(`${forms}: ${outlets}`, width - 2)}`);
  }
  const copied = report.clusters.filter((c) => c.outlets.length > c.independentOutlets);
  out.push('', paint('bold', `Counted once: the same report through several outlets (${copied.length})`));
  for (const c of copied)
    out.push(`  ${truncate(`${c.outlets.join(', ')} = ${c.independentOutlets} independent: ${c.summary}`, width - 2)}`);
  const single = report.clusters.filter((c) => c.status === 'single-source');
  const claimById = new Map(report.claims.map((x) => [x.id, x]));
  const quantified = single.filter((c) => c.claimIds.some((id) => (claimById.get(id)?.quantities.length ?? 0) > 0));
  out.push(
    '',
    paint('bold', `Single-source claims with figures (${quantified.length} of ${single.length} single-source)`),
  );
  for (const c of quantified.slice(0, maxSingle)) {
    const figures = c.claimIds.flatMap((id) => claimById.get(id)?.quantities.map((q) => q.raw) ?? []);
    out.push(`  ${truncate(`${c.outlets.join(', ')} [${figures.join(', ')}]: ${c.summary}`, width - 2)}`);
  }
  out.push('', paint('bold', 'Names across outlets'));
  for (const e of report.entities.filter((e) => e.kind !== 'other' && e.variants.length > 1)) {
    out.push(
      `  ${truncate(`${e.canonical} (${e.kind}): ${e.variants.map((v) => `${v.form} [${v.outlets.join(', ')}]`).join(' | ')}`, width - 2)}`,
    );
  }
  out.push('', paint('bold', 'Sources'));
  for (const s of [...report.sources].sort(
    (a, b) => b.credibility - a.credibility || a.outlet.localeCompare(b.outlet),
  )) {
    const parts = Object.entries(s.components)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    out.push(
      `  ${s.outlet.padEnd(24)} credibility ${s.credibility.toFixed(2)}  (${parts}); claims ${s.claims}, corroborated ${s.corroborated}, disputed ${s.disputed}, single-source ${s.singleSource}${s.dependsOn.length ? `; relies on ${s.dependsOn.join(', ')}` : ''}`,
    );
  }
  return out.join('\n');
}

const escapeMd = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdown(report: Report): string {
  const out: string[] = [];
  out.push(
    `# corroborate report`,
    '',
    `${report.articles.length} articles, ${report.claims.length} claims, consistency **${pct(report.consistency)}**.`,
    '',
  );
  out.push('## Articles', '', '| outlet | published | sentences | title |', '|---|---|---:|---|');
  for (const a of report.articles)
    out.push(
      `| ${escapeMd(a.outlet)} | ${a.publishedAt ?? ''} | ${a.sentences} | ${escapeMd(a.title ?? '')}${a.note ? ` (${escapeMd(a.note)})` : ''} |`,
    );
  out.push(
    '',
    '## Discrepancies',
    '',
    '| kind | subject | severity | values | explanation |',
    '|---|---|---:|---|---|',
  );
  for (const d of sortedDiscrepancies(report)) {
    const values = d.values
      .map((v) => `${escapeMd(v.value)}: ${escapeMd(v.outlets.join(', '))} (“${escapeMd(v.raw.join('”, “'))}”)`)
      .join('<br>');
    out.push(
      `| ${d.kind} | ${escapeMd(d.subject)} | ${d.severity.toFixed(2)} | ${values} | ${escapeMd(d.explanation)} |`,
    );
  }
  out.push(
    '',
    '## Claims told by several outlets',
    '',
    '| status | outlets | independent | agreement | summary |',
    '|---|---|---:|---:|---|',
  );
  for (const c of report.clusters.filter((c) => c.outlets.length > 1)) {
    out.push(
      `| ${c.status} | ${escapeMd(c.outlets.join(', '))} | ${c.independentOutlets} | ${pct(c.agreement)} | ${escapeMd(c.summary)} |`,
    );
  }
  out.push('', '## Names across outlets', '', '| entity | kind | variants |', '|---|---|---|');
  for (const e of report.entities.filter((e) => e.kind !== 'other' && e.variants.length > 1)) {
    out.push(
      `| ${escapeMd(e.canonical)} | ${e.kind} | ${e.variants.map((v) => `${escapeMd(v.form)} (${escapeMd(v.outlets.join(', '))})`).join('<br>')} |`,
    );
  }
  out.push(
    '',
    '## Sources',
    '',
    '| outlet | credibility | components | claims | corroborated | disputed | single-source |',
    '|---|---:|---|---:|---:|---:|---:|',
  );
  for (const s of report.sources) {
    out.push(
      `| ${escapeMd(s.outlet)} | ${s.credibility.toFixed(2)} | ${Object.entries(s.components)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ')} | ${s.claims} | ${s.corroborated} | ${s.disputed} | ${s.singleSource} |`,
    );
  }
  return out.join('\n');
}

/**
 * Writes a Report as text for a terminal, Markdown (tables that render on GitHub), a self-contained HTML page, or
 * JSON (the Report itself).
 *
 * @example
 * formatReport(analyze(inputs), 'markdown').startsWith('# corroborate report') //=> true
 */
export function formatReport(report: Report, format: ReportFormat, options: FormatReportOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2);
    case 'text':
      return text(report, Math.max(40, options.width ?? 100), options.maxSingleSource ?? 25, options.color === true);
    case 'markdown':
      return markdown(report);
    case 'html':
      return formatHtml(report, sortedDiscrepancies(report), {
        ...(options.inputs ? { inputs: options.inputs } : {}),
        ...(options.maxColumns !== undefined ? { maxColumns: options.maxColumns } : {}),
      });
    default:
      throw new CorroborateError('format', `expected text, markdown, html or json, got ${JSON.stringify(format)}`);
  }
}
