import { CorroborateError } from '../errors.js';
import type { Report } from './ReportSchema.js';

export type ReportFormat = 'text' | 'markdown' | 'html' | 'json';

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /** Width of text output in columns. Default 100. */
  width?: number;
  /** How many single-source claims with figures to list. Default 25. */
  maxSingleSource?: number;
}

const KIND_ORDER = ['contested', 'number', 'count', 'time', 'date', 'descriptor', 'name', 'spelling'] as const;

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function truncate(text: string, width: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > width ? `${one.slice(0, Math.max(1, width - 1))}…` : one;
}

function severityWord(s: number): string {
  return s >= 0.6 ? 'major' : s >= 0.3 ? 'moderate' : 'minor';
}

function sortedDiscrepancies(report: Report) {
  return [...report.discrepancies].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.severity - a.severity || a.id.localeCompare(b.id),
  );
}

function text(report: Report, width: number, maxSingle: number): string {
  const out: string[] = [];
  const rule = '─'.repeat(Math.min(width, 80));
  out.push(
    `corroborate: ${report.articles.length} articles, ${report.claims.length} claims, consistency ${pct(report.consistency)}`,
  );
  out.push(rule);
  out.push('Articles');
  for (const a of report.articles)
    out.push(
      `  ${a.outlet.padEnd(24)} ${(a.publishedAt ?? '').padEnd(11)} ${String(a.sentences).padStart(3)} sentences  ${truncate(a.title ?? '', width - 48)}`,
    );
  out.push('', 'Discrepancies');
  if (report.discrepancies.length === 0) out.push('  none');
  for (const d of sortedDiscrepancies(report)) {
    out.push(`  [${d.kind}] ${d.subject} — ${severityWord(d.severity)} (severity ${d.severity.toFixed(2)})`);
    for (const v of d.values)
      out.push(
        `      ${truncate(`${v.value}: ${v.outlets.join(', ')}  ← ${v.raw.map((r) => `"${truncate(r, 70)}"`).join(', ')}`, width - 6)}`,
      );
    out.push(`      ${truncate(d.explanation, width - 6)}`);
  }
  const corroborated = report.clusters.filter((c) => c.status === 'corroborated');
  out.push('', `Corroborated (${corroborated.length})`);
  for (const c of corroborated)
    out.push(`  ${truncate(`${c.outlets.join(', ')} [${c.independentOutlets} independent]: ${c.summary}`, width - 2)}`);
  const disputedMeasures = new Set(report.discrepancies.map((d) => d.measureId).filter(Boolean));
  const agreed = report.measures.filter((m) => m.readings.length > 1 && !disputedMeasures.has(m.id));
  out.push('', `Corroborated figures (${agreed.length})`);
  for (const m of agreed) {
    const outlets = [...new Set(m.readings.map((r) => r.outlet))].join(', ');
    const forms = [...new Set(m.readings.map((r) => `"${r.raw}"`))].join(' / ');
    out.push(`  ${truncate(`${forms}: ${outlets}`, width - 2)}`);
  }
  const copied = report.clusters.filter((c) => c.outlets.length > c.independentOutlets);
  out.push('', `Counted once: the same report through several outlets (${copied.length})`);
  for (const c of copied)
    out.push(`  ${truncate(`${c.outlets.join(', ')} = ${c.independentOutlets} independent: ${c.summary}`, width - 2)}`);
  const single = report.clusters.filter((c) => c.status === 'single-source');
  const claimById = new Map(report.claims.map((x) => [x.id, x]));
  const quantified = single.filter((c) => c.claimIds.some((id) => (claimById.get(id)?.quantities.length ?? 0) > 0));
  out.push('', `Single-source claims with figures (${quantified.length} of ${single.length} single-source)`);
  for (const c of quantified.slice(0, maxSingle)) {
    const figures = c.claimIds.flatMap((id) => claimById.get(id)?.quantities.map((q) => q.raw) ?? []);
    out.push(`  ${truncate(`${c.outlets.join(', ')} [${figures.join(', ')}]: ${c.summary}`, width - 2)}`);
  }
  out.push('', 'Names across outlets');
  for (const e of report.entities.filter((e) => e.kind !== 'other' && e.variants.length > 1)) {
    out.push(
      `  ${truncate(`${e.canonical} (${e.kind}): ${e.variants.map((v) => `${v.form} [${v.outlets.join(', ')}]`).join(' | ')}`, width - 2)}`,
    );
  }
  out.push('', 'Sources');
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
    out.push(`| ${escapeMd(a.outlet)} | ${a.publishedAt ?? ''} | ${a.sentences} | ${escapeMd(a.title ?? '')} |`);
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

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(report: Report): string {
  const rows = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const discrepancies = sortedDiscrepancies(report)
    .map((d) =>
      rows([
        escapeHtml(d.kind),
        escapeHtml(d.subject),
        d.severity.toFixed(2),
        d.values.map((v) => `${escapeHtml(v.value)}: ${escapeHtml(v.outlets.join(', '))}`).join('<br>'),
        escapeHtml(d.explanation),
      ]),
    )
    .join('');
  const clusters = report.clusters
    .filter((c) => c.outlets.length > 1)
    .map((c) =>
      rows([
        escapeHtml(c.status),
        escapeHtml(c.outlets.join(', ')),
        String(c.independentOutlets),
        pct(c.agreement),
        escapeHtml(c.summary),
      ]),
    )
    .join('');
  const sources = report.sources
    .map((s) =>
      rows([
        escapeHtml(s.outlet),
        s.credibility.toFixed(2),
        escapeHtml(
          Object.entries(s.components)
            .map(([k, v]) => `${k} ${v.toFixed(2)}`)
            .join(', '),
        ),
      ]),
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>corroborate report</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}</style></head><body><h1>corroborate report</h1><p>${report.articles.length} articles, ${report.claims.length} claims, consistency ${pct(report.consistency)}.</p><h2>Discrepancies</h2><table><tr><th>kind</th><th>subject</th><th>severity</th><th>values</th><th>explanation</th></tr>${discrepancies}</table><h2>Claims told by several outlets</h2><table><tr><th>status</th><th>outlets</th><th>independent</th><th>agreement</th><th>summary</th></tr>${clusters}</table><h2>Sources</h2><table><tr><th>outlet</th><th>credibility</th><th>components</th></tr>${sources}</table></body></html>`;
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
      return text(report, Math.max(40, options.width ?? 100), options.maxSingleSource ?? 25);
    case 'markdown':
      return markdown(report);
    case 'html':
      return html(report);
    default:
      throw new CorroborateError('format', `expected text, markdown, html or json, got ${JSON.stringify(format)}`);
  }
}
