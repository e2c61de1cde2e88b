import { analyze } from '../report/analyze.js';
import { formatReport, type ReportFormat } from '../report/formatReport.js';
import type { ArticleInput } from '../schema.js';

/** Which discrepancies make the run fail (--fail-on, --min-severity). */
export interface FailRule {
  /** Kinds that count; undefined: every kind. */
  kinds?: string[];
  severity: number;
}

export interface RenderOptions {
  format: ReportFormat;
  width: number;
  color: boolean;
  rule?: FailRule;
  /** json on one line (several events: their reports are parts of one stream). */
  compact?: boolean;
  /** The longest text an article may have (--max-text-length). */
  maxTextLength?: number;
}

export interface RenderedEvent {
  /** The formatted report (for text, without the per-article ingest summary). */
  output: string;
  /** One line per discrepancy that the fail rule matches. */
  failing: string[];
  /** What a reader should know that the report does not show: articles left out, nothing to compare. */
  notes: string[];
}

/** Analyzes one event's articles and formats the report: the unit of work the CLI gives each worker. */
export function renderEvent(inputs: ArticleInput[], options: RenderOptions): RenderedEvent {
  const report = analyze(inputs, options.maxTextLength ? { maxTextLength: options.maxTextLength } : {});
  const notes: string[] = [];
  for (const a of report.articles)
    if (a.sentences === 0)
      notes.push(`${a.id} (${a.outlet}): its text was read as a heading only; nothing of it is compared`);
    else if (a.note) notes.push(`${a.id} (${a.outlet}): ${a.note}`);
  const outlets = new Set(report.articles.map((a) => a.outlet));
  if (outlets.size < 2)
    notes.push(
      `only one outlet (${[...outlets].join('')}): nothing to compare; its credibility rests on its own claims alone`,
    );
  const output =
    options.format === 'json' && options.compact
      ? JSON.stringify(report)
      : options.format === 'text'
        ? formatReport(report, 'text', { width: options.width, color: options.color })
        : formatReport(report, options.format, options.format === 'html' ? { inputs } : {});
  const rule = options.rule;
  const failing = rule
    ? report.discrepancies
        .filter((d) => (!rule.kinds || rule.kinds.includes(d.kind)) && d.severity >= rule.severity)
        .map(
          (d) =>
            `${d.kind} discrepancy (severity ${d.severity.toFixed(2)}): ${d.subject}: ${d.values
              .map((v) => `${v.value} (${v.outlets.join(', ')})`)
              .join(' vs ')}`,
        )
    : [];
  return { output, failing, notes };
}
