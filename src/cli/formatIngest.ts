import type { Article } from '../ingest/types.js';

function quote(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > width ? `"${oneLine.slice(0, width - 1)}…"` : `"${oneLine}"`;
}

/** What ingestion found in each article, as lines for a terminal. */
export function formatIngestText(articles: Article[], width = 100): string {
  const lines: string[] = [];
  lines.push(`${articles.length} article${articles.length === 1 ? '' : 's'}`);
  for (const a of articles) {
    lines.push('');
    const body = a.sentences.filter((s) => !s.heading).length;
    lines.push(`${a.outlet}  (${a.id})`);
    if (a.title) lines.push(`  title:     ${quote(a.title, width - 13)}`);
    lines.push(`  published: ${a.publishedAt ?? 'unknown'}${a.printedDate ? '  (printed in the text)' : ''}`);
    lines.push(
      `  dateline:  ${a.dateline ? `${a.dateline.place}${a.dateline.agency ? ` (${a.dateline.agency})` : ''}` : 'none'}`,
    );
    lines.push(
      `  text:      ${a.paragraphs.length} paragraphs, ${body} sentences (+${a.sentences.length - body} in headings)`,
    );
    if (a.removed.length === 0) lines.push('  removed:   nothing');
    else {
      lines.push(`  removed:   ${a.removed.length} line${a.removed.length === 1 ? '' : 's'}`);
      for (const r of a.removed)
        lines.push(`    - ${r.reason}: ${quote(r.text, Math.max(20, width - r.reason.length - 8))}`);
    }
  }
  return lines.join('\n');
}
