import { validate } from '../errors.js';
import { articleId } from '../ingest/articleId.js';
import { type ArticleInput, ArticleInputSchema } from '../schema.js';
import { appendTo } from '../text/appendTo.js';
import { escapeHtml } from '../text/escapeHtml.js';
import { maxOf } from '../text/extremes.js';
import { firstAtOrAfter } from '../text/firstAtOrAfter.js';
import type { Report } from './ReportSchema.js';
import { pct, severityWord } from './severity.js';

type Discrepancy = Report['discrepancies'][number];
type Cluster = Report['clusters'][number];

/** Options of the html format. */
export interface HtmlOptions {
  /** The articles the report was made from; with them each article is shown whole, evidence highlighted. */
  inputs?: readonly ArticleInput[];
  /** Most claim columns in the agreement heatmap (the claims told by most outlets first). Default 40. */
  maxColumns?: number;
}

/** What one outlet's telling of a claim is, against the other outlets'. */
type CellState = 'agrees' | 'differs' | 'contested' | 'alone' | 'absent';

interface Cell {
  state: CellState;
  /** 0..1, how strongly: the cluster's agreement, or the severity of the difference. */
  strength: number;
  title: string;
}

/** A heatmap column's label: the first words of its claim, at most about 40 characters. */
function columnLabel(summary: string): string {
  const words = summary.replace(/^["“'‘(]+/, '').split(/\s+/);
  let out = '';
  for (const w of words) {
    if (out.length + w.length + 1 > 40) return `${out}…`;
    out = out ? `${out} ${w}` : w;
  }
  return out;
}

/** The discrepancies that concern each cluster: directly, through a measure read in it, or through its evidence. */
function discrepanciesByCluster(report: Report): Map<string, Discrepancy[]> {
  const measureClusters = new Map(report.measures.map((m) => [m.id, m.clusterIds]));
  const clusterOfClaim = new Map<string, string>();
  for (const c of report.clusters) for (const id of c.claimIds) clusterOfClaim.set(id, c.id);
  const byCluster = new Map<string, Discrepancy[]>();
  for (const d of report.discrepancies) {
    const ids = new Set<string>();
    if (d.clusterId) ids.add(d.clusterId);
    if (d.measureId) for (const id of measureClusters.get(d.measureId) ?? []) ids.add(id);
    // a fact's discrepancy points at the claims that state its values
    if (!d.clusterId && !d.measureId)
      for (const v of d.values)
        for (const e of v.evidence) {
          const id = e.claimId && clusterOfClaim.get(e.claimId);
          if (id) ids.add(id);
        }
    for (const id of ids) appendTo(byCluster, id, d);
  }
  return byCluster;
}

/** The outlets on a side other than the best supported one (on a tie, every side differs). */
function dissenters(d: Discrepancy): Set<string> {
  const sizes = d.values.map((v) => v.outlets.length);
  const top = maxOf(sizes);
  const leaders = sizes.filter((n) => n === top).length;
  const out = new Set<string>();
  for (const v of d.values) if (leaders > 1 || v.outlets.length < top) for (const o of v.outlets) out.add(o);
  return out;
}

function cellFor(outlet: string, cluster: Cluster, related: Discrepancy[], claimText: string | undefined): Cell {
  if (claimText === undefined) return { state: 'absent', strength: 0, title: `${outlet} does not report this` };
  const said = `${outlet}: “${claimText}”`;
  if (cluster.status === 'contested') return { state: 'contested', strength: 1, title: `${said}\nparties disagree` };
  let worst: Discrepancy | undefined;
  for (const d of related) {
    if (d.kind === 'spelling' || d.kind === 'contested') continue;
    if (dissenters(d).has(outlet) && (!worst || d.severity > worst.severity)) worst = d;
  }
  if (worst)
    return {
      state: 'differs',
      strength: Math.max(0.25, worst.severity),
      title: `${said}\ndiffers: ${worst.subject} (${severityWord(worst.severity)})`,
    };
  if (cluster.independentOutlets < 2)
    return { state: 'alone', strength: 0.5, title: `${said}\nno independent support` };
  return { state: 'agrees', strength: cluster.agreement, title: `${said}\nagreement ${pct(cluster.agreement)}` };
}

function heatmap(report: Report, maxColumns: number): string {
  const outlets = [...new Set(report.articles.map((a) => a.outlet))].sort();
  const claimById = new Map(report.claims.map((c) => [c.id, c]));
  const related = discrepanciesByCluster(report);
  const columns = report.clusters
    .filter((c) => c.outlets.length > 1)
    .sort((a, b) => b.outlets.length - a.outlets.length || b.discrepancy - a.discrepancy || a.id.localeCompare(b.id))
    .slice(0, maxColumns);
  if (columns.length === 0) return '<p class="empty">No claim is told by more than one outlet.</p>';
  const head = columns
    .map(
      (c, i) =>
        `<th scope="col" title="${escapeHtml(c.summary)}"><button type="button" class="col" data-c="${escapeHtml(c.id)}"><span class="n">${i + 1}</span> <span class="label">${escapeHtml(columnLabel(c.summary))}</span></button></th>`,
    )
    .join('');
  const body = outlets
    .map((outlet) => {
      const cells = columns
        .map((c) => {
          const claim = c.claimIds.map((id) => claimById.get(id)).find((x) => x?.outlet === outlet);
          const cell = cellFor(outlet, c, related.get(c.id) ?? [], claim?.text);
          const alpha = cell.state === 'absent' ? 1 : (0.25 + 0.75 * cell.strength).toFixed(2);
          return `<td class="cell ${cell.state}" style="--a:${alpha}" data-c="${escapeHtml(c.id)}" data-outlet="${escapeHtml(outlet)}" title="${escapeHtml(cell.title)}"></td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(outlet)}</th>${cells}</tr>`;
    })
    .join('');
  const legend = columns
    .map(
      (c, i) =>
        `<li value="${i + 1}"><span class="status ${c.status}">${c.status}</span> ${escapeHtml(c.outlets.join(', '))}: ${escapeHtml(c.summary)}</li>`,
    )
    .join('');
  return `<div class="scroll"><table class="heatmap" id="heatmap" aria-label="Agreement of outlets (rows) on claims (columns)"><thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table></div>
<p class="keys"><span class="key agrees"></span>agrees <span class="key differs"></span>differs from the others <span class="key contested"></span>parties disagree <span class="key alone"></span>told, not independently confirmed <span class="key absent"></span>not reported. Stronger colour: more outlets agree, or a more severe difference.</p>
<details><summary>Claims by column (${columns.length} of ${report.clusters.filter((c) => c.outlets.length > 1).length} told by several outlets)</summary><ol class="columns">${legend}</ol></details>`;
}

function discrepancyList(sorted: Discrepancy[]): string {
  if (sorted.length === 0) return '<p class="empty">None: the outlets agree wherever they report the same thing.</p>';
  const kinds = [...new Set(sorted.map((d) => d.kind))].sort();
  const filter = `<form class="filter" id="discrepancy-filter" aria-label="Filter the discrepancies"><label>kind <select name="kind"><option value="">all</option>${kinds
    .map((k) => `<option>${escapeHtml(k)}</option>`)
    .join(
      '',
    )}</select></label> <label>at least <select name="sev"><option value="0">any severity</option><option value="0.3">moderate</option><option value="0.6">major</option></select></label> <button type="button" data-export="json">Download JSON</button> <button type="button" data-export="csv">Download CSV</button> <span class="shown" aria-live="polite"></span></form>`;
  return `${filter}<ol class="discrepancies" id="discrepancy-list">${sorted
    .map((d) => {
      const values = d.values
        .map(
          (v) =>
            `<li><b>${escapeHtml(v.value)}</b> — ${escapeHtml(v.outlets.join(', '))} <q>${v.raw.map(escapeHtml).join('</q>, <q>')}</q></li>`,
        )
        .join('');
      return `<li class="discrepancy ${severityWord(d.severity)}" data-d="${escapeHtml(d.id)}" data-kind="${escapeHtml(d.kind)}" data-sev="${d.severity.toFixed(2)}" tabindex="0" role="button" aria-pressed="false">
<div class="head"><span class="kind">${escapeHtml(d.kind)}</span> <span class="subject">${escapeHtml(d.subject)}</span> <span class="sev" title="severity ${d.severity.toFixed(2)}"><span style="width:${Math.round(d.severity * 100)}%"></span></span> <span class="sevword">${severityWord(d.severity)} ${d.severity.toFixed(2)}</span></div>
<ul class="values">${values}</ul><p class="why">${escapeHtml(d.explanation)}</p></li>`;
    })
    .join('')}</ol>`;
}

function variantsTable(report: Report): string {
  const outlets = [...new Set(report.articles.map((a) => a.outlet))].sort();
  const entities = report.entities.filter((e) => e.kind !== 'other' && e.variants.length > 1);
  if (entities.length === 0) return '<p class="empty">Every outlet spells every name the same way.</p>';
  const head = outlets.map((o) => `<th scope="col">${escapeHtml(o)}</th>`).join('');
  const rows = entities
    .flatMap((e) =>
      e.variants.map((v, i) => {
        const first =
          i === 0
            ? `<th scope="rowgroup" rowspan="${e.variants.length}">${escapeHtml(e.canonical)} <small>${e.kind}</small></th>`
            : '';
        const cells = outlets.map((o) => (v.outlets.includes(o) ? '<td class="wrote">✓</td>' : '<td></td>')).join('');
        return `<tr class="${i === 0 ? 'first' : ''}">${first}<td class="form">${escapeHtml(v.form)}</td>${cells}</tr>`;
      }),
    )
    .join('');
  return `<div class="scroll"><table class="variants" id="variants"><thead><tr><th>entity</th><th>spelling</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function sourcesTable(report: Report): string {
  const keys = [...new Set(report.sources.flatMap((s) => Object.keys(s.components)))].sort();
  const sources = [...report.sources].sort((a, b) => b.credibility - a.credibility || a.outlet.localeCompare(b.outlet));
  const rows = sources
    .map(
      (s) =>
        `<tr><th scope="row">${escapeHtml(s.outlet)}</th><td class="bar"><span style="width:${Math.round(s.credibility * 100)}%"></span>${s.credibility.toFixed(2)}</td>${keys
          .map((k) => `<td>${s.components[k] === undefined ? '' : (s.components[k] ?? 0).toFixed(2)}</td>`)
          .join(
            '',
          )}<td>${s.claims}</td><td>${s.corroborated}</td><td>${s.disputed}</td><td>${s.singleSource}</td><td>${escapeHtml(s.dependsOn.join(', '))}</td></tr>`,
    )
    .join('');
  return `<div class="scroll"><table class="sources" id="sources"><thead><tr><th>outlet</th><th>credibility</th>${keys
    .map((k) => `<th>${escapeHtml(k)}</th>`)
    .join(
      '',
    )}<th>claims</th><th>corroborated</th><th>disputed</th><th>single-source</th><th>relies on</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

interface Mark {
  start: number;
  end: number;
  discrepancy?: string;
  cluster?: string;
  /** Why the line was left out of the comparison. */
  removed?: string;
}

/** The text with each marked range wrapped once, overlapping ranges cut at every boundary (one sweep). */
function markUp(text: string, marks: Mark[]): string {
  const clamp = (x: number) => Math.max(0, Math.min(text.length, x));
  const events: { at: number; open: boolean; mark: Mark }[] = [];
  for (const m of marks) {
    const start = clamp(m.start);
    const end = clamp(m.end);
    if (end <= start) continue;
    events.push({ at: start, open: true, mark: m }, { at: end, open: false, mark: m });
  }
  events.sort((x, y) => x.at - y.at);
  const live = new Map<Mark, number>();
  let out = '';
  let from = 0;
  const flush = (to: number) => {
    if (to <= from) return;
    const piece = escapeHtml(text.slice(from, to));
    const cut = [...live.keys()].find((m) => m.removed)?.removed;
    if (cut) out += `<del class="removed" title="left out: ${escapeHtml(cut)}">${piece}</del>`;
    else if (live.size === 0) out += piece;
    else {
      const ds = [...new Set([...live.keys()].flatMap((m) => (m.discrepancy ? [m.discrepancy] : [])))].sort();
      const cs = [...new Set([...live.keys()].flatMap((m) => (m.cluster ? [m.cluster] : [])))].sort();
      const d = ds.length ? ` class="ev" data-d="${escapeHtml(ds.join(' '))}"` : '';
      const c = cs.length ? ` data-c="${escapeHtml(cs.join(' '))}"` : '';
      out += `<mark${d}${c}>${piece}</mark>`;
    }
    from = to;
  };
  for (const e of events) {
    flush(e.at);
    if (e.open) live.set(e.mark, (live.get(e.mark) ?? 0) + 1);
    else {
      const n = (live.get(e.mark) ?? 1) - 1;
      if (n > 0) live.set(e.mark, n);
      else live.delete(e.mark);
    }
  }
  flush(text.length);
  return out;
}

function articlesSection(report: Report, inputs: readonly ArticleInput[] | undefined): string {
  // the texts come from the inputs, joined to the report's articles by the id ingestion gives them; what was left
  // out of each, and its URL, the report says
  const texts = new Map<string, string>();
  for (const [i, input] of (inputs ?? []).entries()) {
    const valid = validate(ArticleInputSchema, input, `inputs[${i}]`);
    texts.set(articleId(valid), valid.text);
  }
  const urls = new Map<string, string>();
  const removed = new Map<string, Mark[]>();
  for (const a of report.articles) {
    if (a.url) urls.set(a.id, a.url);
    // the lines left out of the comparison (advertisements, bylines, loading markers) are shown struck through
    removed.set(
      a.id,
      (a.removed ?? []).map((r) => ({ start: r.span[0], end: r.span[1], removed: r.reason })),
    );
  }
  const clusterOf = new Map<string, string>();
  for (const c of report.clusters) if (c.outlets.length > 1) for (const id of c.claimIds) clusterOf.set(id, c.id);
  const claimsByArticle = new Map<string, Report['claims']>();
  for (const c of report.claims) appendTo(claimsByArticle, c.articleId, c);
  const evidenceByArticle = new Map<string, Mark[]>();
  for (const d of report.discrepancies)
    for (const v of d.values)
      for (const e of v.evidence)
        appendTo(evidenceByArticle, e.articleId, { start: e.span[0], end: e.span[1], discrepancy: d.id });
  return report.articles
    .map((a) => {
      const claims = [...(claimsByArticle.get(a.id) ?? [])].sort((x, y) => x.span[0] - y.span[0]);
      const evidence = evidenceByArticle.get(a.id) ?? [];
      const claimMarks: Mark[] = claims.flatMap((c) => {
        const cluster = clusterOf.get(c.id);
        return cluster ? [{ start: c.span[0], end: c.span[1], cluster }] : [];
      });
      const text = texts.get(a.id);
      let body: string;
      if (text !== undefined) {
        body = `<div class="text">${markUp(text, [...claimMarks, ...evidence, ...(removed.get(a.id) ?? [])])}</div>`;
      } else {
        // without the texts, the article is shown as the claims read from it, evidence placed within them
        const marks = [...claimMarks, ...evidence].sort((x, y) => x.start - y.start);
        body = `<div class="text claims-only">${claims
          .map((c) => {
            const [from, to] = c.span;
            const local: Mark[] = [];
            for (
              let k = firstAtOrAfter(marks, from, (m) => m.start);
              k < marks.length && (marks[k] as Mark).start <= to;
              k++
            ) {
              const m = marks[k] as Mark;
              if (m.end <= to) local.push({ ...m, start: m.start - from, end: m.end - from });
            }
            return `<p>${markUp(c.text, local)}</p>`;
          })
          .join('')}</div>`;
      }
      const url = urls.get(a.id);
      const source = url ? ` · <span class="url">${escapeHtml(url)}</span>` : '';
      return `<article id="article-${escapeHtml(a.id)}" data-article="${escapeHtml(a.id)}"><h3>${escapeHtml(a.outlet)}${a.title ? ` — ${escapeHtml(a.title)}` : ''}</h3><p class="meta">${a.publishedAt ? `${escapeHtml(a.publishedAt)} · ` : ''}${a.sentences} sentences${source}</p>${a.note ? `<p class="meta note">${escapeHtml(a.note)}</p>` : ''}${body}</article>`;
    })
    .join('\n');
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--muted:#666;--line:#d0d0d6;--agree:0,114,178;--differ:213,94,0;--contest:204,121,167;--alone:0,158,115;--absent:#eeeef2;--mark:#fff3b0;--active:#ffb347}
@media (prefers-color-scheme:dark){:root{--bg:#16161a;--fg:#e6e6ea;--muted:#9a9aa5;--line:#3a3a44;--absent:#2e2e38;--mark:#4a4420;--active:#a4570a;--agree:64,160,230}}
.cell.absent,.key.absent{background-image:repeating-linear-gradient(45deg,transparent 0 3px,rgba(127,127,127,.25) 3px 4px)}
*{box-sizing:border-box}body{margin:0 auto;padding:1.5rem;max-width:80rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1rem;margin:.2rem 0}
.summary{color:var(--muted)}.scroll{overflow-x:auto}table{border-collapse:collapse}th,td{padding:.25rem .45rem;border:1px solid var(--line);text-align:left;vertical-align:top}
.heatmap td.cell{width:1.6rem;height:1.6rem;padding:0;cursor:pointer}.heatmap th button{all:unset;cursor:pointer;font-size:.75rem;color:var(--muted);writing-mode:vertical-rl;transform:rotate(180deg);max-height:14rem;text-align:left;line-height:1.1}.heatmap th button .n{font-weight:700;color:var(--fg)}
.cell.agrees,.key.agrees{background:rgba(var(--agree),var(--a,.8))}.cell.differs,.key.differs{background:rgba(var(--differ),var(--a,.8))}
.cell.contested,.key.contested{background:rgba(var(--contest),var(--a,.8))}.cell.alone,.key.alone{background:rgba(var(--alone),var(--a,.6))}.cell.absent,.key.absent{background:var(--absent)}
.cell.selected{outline:2px solid var(--fg);outline-offset:-2px}.key{display:inline-block;width:.9rem;height:.9rem;margin:0 .25rem 0 .9rem;vertical-align:-2px;border:1px solid var(--line)}
.keys{font-size:.85rem;color:var(--muted)}.columns{font-size:.85rem}.status{font-size:.75rem;padding:0 .3rem;border-radius:.6rem;border:1px solid var(--line)}
.discrepancies{padding-left:1.4rem}.discrepancy{margin:.4rem 0;padding:.4rem .6rem;border:1px solid var(--line);border-left-width:5px;border-radius:4px;cursor:pointer}
.discrepancy.major{border-left-color:rgb(var(--differ))}.discrepancy.moderate{border-left-color:rgb(var(--contest))}.discrepancy.minor{border-left-color:rgb(var(--alone))}
.discrepancy[aria-pressed=true]{background:color-mix(in srgb,var(--active) 20%,transparent)}.discrepancy .kind{font:600 .75rem ui-monospace,monospace;text-transform:uppercase}
.discrepancy .subject{font-weight:600}.sev{display:inline-block;width:5rem;height:.5rem;background:var(--absent);vertical-align:middle}.sev span{display:block;height:100%;background:rgb(var(--differ))}.minor .sev span{background:rgb(240,228,66)}.moderate .sev span{background:rgb(230,159,0)}
.sevword{font-size:.8rem;color:var(--muted)}.values{margin:.3rem 0;padding-left:1.2rem}.why{margin:.2rem 0;color:var(--muted);font-size:.9rem}
.variants .wrote{text-align:center;color:rgb(var(--agree));font-weight:700}.variants tr.first>*{border-top:2px solid var(--line)}.variants small{color:var(--muted)}
.bar{min-width:9rem;position:relative}.bar span{position:absolute;left:0;top:15%;height:70%;background:rgba(var(--agree),.35);z-index:-1}
article{border:1px solid var(--line);border-radius:4px;padding:.6rem .8rem;margin:.8rem 0}.meta{color:var(--muted);margin:0 0 .4rem;font-size:.85rem}
.text{white-space:pre-wrap;max-height:28rem;overflow-y:auto}.claims-only{white-space:normal}mark{background:none;color:inherit}mark.ev{background:var(--mark)}
mark.active{background:var(--active);outline:1px solid var(--fg)}.empty{color:var(--muted)}
del.removed{color:var(--muted);text-decoration-color:var(--muted)}.url{word-break:break-all}.filter{margin:.3rem 0 .6rem;font-size:.9rem}.filter button{font:inherit}
@media print{body{max-width:none;padding:0}.text{max-height:none;overflow:visible}.scroll{overflow:visible}.filter{display:none}article,.discrepancy{break-inside:avoid}a[href]::after{content:" (" attr(href) ")"}}
`;

// Clicking a discrepancy highlights its evidence in every article; clicking a heatmap cell or column the claim's.
const SCRIPT = `
(function(){
  function clear(){
    document.querySelectorAll('mark.active').forEach(function(m){m.classList.remove('active');});
    document.querySelectorAll('[aria-pressed=true]').forEach(function(x){x.setAttribute('aria-pressed','false');});
    document.querySelectorAll('.cell.selected').forEach(function(x){x.classList.remove('selected');});
  }
  function show(attr,id){
    var first=null;
    document.querySelectorAll('mark['+attr+']').forEach(function(m){
      if(m.getAttribute(attr).split(' ').indexOf(id)>=0){m.classList.add('active');if(!first)first=m;}
    });
    if(first&&first.scrollIntoView)first.scrollIntoView({block:'center'});
    return first;
  }
  document.querySelectorAll('.discrepancy').forEach(function(li){
    function pick(){var on=li.getAttribute('aria-pressed')==='true';clear();if(!on){li.setAttribute('aria-pressed','true');show('data-d',li.getAttribute('data-d'));}}
    li.addEventListener('click',pick);
    li.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();pick();}});
  });
  var form=document.getElementById('discrepancy-filter');
  function filter(){
    if(!form)return;
    var kind=form.elements.kind.value,sev=Number(form.elements.sev.value),shown=0;
    document.querySelectorAll('.discrepancy').forEach(function(li){
      var on=(!kind||li.getAttribute('data-kind')===kind)&&Number(li.getAttribute('data-sev'))>=sev;
      li.hidden=!on;if(on)shown++;
    });
    form.querySelector('.shown').textContent=shown+' shown';
  }
  if(form){
    form.addEventListener('change',filter);
    form.querySelectorAll('[data-export]').forEach(function(b){
      b.addEventListener('click',function(){
        var data=JSON.parse(document.getElementById('discrepancy-data').textContent),as=b.getAttribute('data-export'),text;
        if(as==='json')text=JSON.stringify(data,null,2);
        else{
          var q=function(x){return '"'+String(x).replace(/"/g,'""')+'"';};
          text=['id,kind,subject,severity,value,outlets,raw'].concat(data.flatMap(function(d){return d.values.map(function(v){return [d.id,d.kind,d.subject,d.severity,v.value,v.outlets.join('; '),v.raw.join(' | ')].map(q).join(',');});})).join('\\n');
        }
        var a=document.createElement('a');
        a.setAttribute('href',URL.createObjectURL(new Blob([text],{type:as==='json'?'application/json':'text/csv'})));
        a.download='discrepancies.'+as;document.body.appendChild(a);a.click();a.remove();
      });
    });
    filter();
  }
  window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
  document.querySelectorAll('.heatmap [data-c]').forEach(function(el){
    el.addEventListener('click',function(){
      clear();var id=el.getAttribute('data-c');
      document.querySelectorAll('.cell').forEach(function(c){if(c.getAttribute('data-c')===id)c.classList.add('selected');});
      show('data-c',id);
    });
  });
})();
`;

/** JSON that is safe inside a script element: no '</script>' or HTML comment can close it. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The report as one self-contained HTML page: inline style and script, no network requests. */
export function formatHtml(report: Report, sorted: Discrepancy[], options: HtmlOptions = {}): string {
  const maxColumns = options.maxColumns ?? 40;
  const outlets = [...new Set(report.articles.map((a) => a.outlet))].sort();
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>corroborate: ${escapeHtml(outlets.join(', '))}</title><style>${STYLE}</style></head>
<body>
<header><h1>How ${report.articles.length} outlets report this event</h1>
<p class="summary">${escapeHtml(outlets.join(', '))} · ${report.claims.length} claims · ${report.clusters.filter((c) => c.outlets.length > 1).length} told by several outlets · ${report.discrepancies.length} discrepancies · consistency <b>${pct(report.consistency)}</b></p></header>
<section id="matrix"><h2>Agreement: outlets × claims</h2>${heatmap(report, maxColumns)}</section>
<section id="discrepancies"><h2>Discrepancies (${report.discrepancies.length})</h2><p class="summary">Click one to highlight its evidence in every article.</p>${discrepancyList(sorted)}</section>
<section id="names"><h2>Names across outlets</h2>${variantsTable(report)}</section>
<section id="credibility"><h2>Source credibility</h2>${sourcesTable(report)}</section>
<section id="articles"><h2>Articles</h2>${articlesSection(report, options.inputs)}</section>
<script type="application/json" id="discrepancy-data">${jsonForScript(sorted)}</script>
<script>${SCRIPT}</script>
</body></html>`;
}
