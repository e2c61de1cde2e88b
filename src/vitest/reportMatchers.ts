import { CorroborateError } from '../errors.js';
import { compareNames } from '../names/compareNames.js';
import { analyze } from '../report/analyze.js';
import type { Report } from '../report/ReportSchema.js';
import type { ArticleInput } from '../schema.js';
import type { DiscrepancyKind } from '../score/findDiscrepancies.js';
import { foldWords } from '../text/foldWords.js';
import { contentTerms } from '../text/terms.js';

/** What a matcher returns: the shape vitest, jest and other expect-style runners understand. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

type Discrepancy = Report['discrepancies'][number];
type Cluster = Report['clusters'][number];
type Claim = Report['claims'][number];

export type { DiscrepancyKind };

/** Options of toCorroborate. */
export interface CorroborateOptions {
  /** Least number of independent outlets (copies and 'told Reuters' count once) that must tell the claim. Default 2. */
  minOutlets?: number;
}

/** Options of toHaveNoDiscrepancies. */
export interface NoDiscrepanciesOptions {
  /** Only these kinds count. Default: every kind. */
  kinds?: readonly DiscrepancyKind[];
  /** Only discrepancies at least this severe (0..1) count. Default 0. */
  minSeverity?: number;
}

const isReport = (x: unknown): x is Report =>
  typeof x === 'object' &&
  x !== null &&
  !Array.isArray(x) &&
  Array.isArray((x as Report).clusters) &&
  Array.isArray((x as Report).discrepancies);

/** The report a matcher was given, or made from the articles it was given. */
function reportOf(received: unknown): Report | string {
  if (isReport(received)) return received;
  if (Array.isArray(received)) {
    try {
      return analyze(received as ArticleInput[]);
    } catch (error) {
      if (error instanceof CorroborateError) return `the articles given are not valid: ${error.message}`;
      throw error;
    }
  }
  return `expected a Report (from analyze) or an array of articles, got ${received === null ? 'null' : typeof received}`;
}

const quote = (s: string, max = 160) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
};

/** Words and figures of a text, as a claim is matched: content terms plus the digits written in it. */
function termsOf(text: string): Set<string> {
  return new Set([...contentTerms(text), ...(text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((d) => d.replace(/,/g, ''))]);
}

interface Candidate {
  cluster: Cluster;
  claims: Claim[];
  covered: number;
}

/** The clusters whose claims cover most of the words of `text`, best first. */
function closestClusters(report: Report, text: string): { wanted: number; candidates: Candidate[] } {
  const wanted = termsOf(text);
  const claimById = new Map(report.claims.map((c) => [c.id, c]));
  const candidates: Candidate[] = [];
  for (const cluster of report.clusters) {
    const claims = cluster.claimIds.map((id) => claimById.get(id)).filter((c): c is Claim => c !== undefined);
    const have = new Set<string>();
    for (const c of claims) for (const t of termsOf(c.text)) have.add(t);
    let covered = 0;
    for (const t of wanted) if (have.has(t)) covered++;
    if (covered > 0) candidates.push({ cluster, claims, covered });
  }
  candidates.sort(
    (a, b) =>
      b.covered - a.covered ||
      b.cluster.independentOutlets - a.cluster.independentOutlets ||
      a.cluster.id.localeCompare(b.cluster.id),
  );
  return { wanted: wanted.size, candidates };
}

function describeCluster(c: Candidate): string {
  const lines = [
    `  ${c.cluster.outlets.join(', ')} (${c.cluster.independentOutlets} independent, ${c.cluster.status}):`,
    ...c.claims.map((claim) => `    ${claim.outlet}: ${quote(claim.text)}`),
  ];
  return lines.join('\n');
}

/**
 * Asserts that the report (or the articles, analyzed) has a claim like `claimText` told by at least `minOutlets`
 * independent outlets. The claim matches when its cluster's sentences hold at least 60% of the content words and
 * figures of `claimText`.
 *
 * @example
 * expect(seedInputs).toCorroborate('fighters attacked in three directions', { minOutlets: 3 })
 */
export function toCorroborate(received: unknown, claimText: string, options: CorroborateOptions = {}): MatcherResult {
  const minOutlets = options.minOutlets ?? 2;
  const report = reportOf(received);
  if (typeof report === 'string') return { pass: false, message: () => report };
  if (typeof claimText !== 'string' || termsOf(claimText).size === 0)
    return {
      pass: false,
      message: () => `toCorroborate needs a claim with content words, got ${quote(String(claimText))}`,
    };
  const { wanted, candidates } = closestClusters(report, claimText);
  const matching = candidates.filter((c) => c.covered / wanted >= 0.6);
  const best = [...matching].sort(
    (a, b) => b.cluster.independentOutlets - a.cluster.independentOutlets || b.covered - a.covered,
  )[0];
  const pass = best !== undefined && best.cluster.independentOutlets >= minOutlets;
  const closest = (matching.length ? matching : candidates).slice(0, 3);
  return {
    pass,
    message: () => {
      if (pass && best)
        return `expected ${quote(claimText)} not to be corroborated by ${minOutlets} independent outlets, but it is:\n${describeCluster(best)}`;
      if (!best)
        return `expected ${quote(claimText)} to be corroborated by at least ${minOutlets} independent outlets, but no outlet reports it${
          closest.length
            ? `; the closest claims:\n${closest.map(describeCluster).join('\n')}`
            : ' (no claim shares its words)'
        }`;
      return `expected ${quote(claimText)} to be corroborated by at least ${minOutlets} independent outlets, but it is told by ${best.cluster.independentOutlets}:\n${matching
        .slice(0, 3)
        .map(describeCluster)
        .join('\n')}`;
    },
    actual: best ? best.cluster.independentOutlets : 0,
    expected: minOutlets,
  };
}

function describeDiscrepancy(d: Discrepancy, claimById: Map<string, Claim>): string {
  const lines = [`  [${d.kind}] ${d.subject} (severity ${d.severity.toFixed(2)}): ${d.explanation}`];
  for (const v of d.values) {
    lines.push(`    ${v.value} (${v.outlets.join(', ')}): ${v.raw.map((r) => quote(r, 60)).join(', ')}`);
    const sentences = new Set<string>();
    for (const e of v.evidence) {
      const claim = e.claimId ? claimById.get(e.claimId) : undefined;
      if (claim && sentences.size < 3) sentences.add(`      ${claim.outlet}: ${quote(claim.text)}`);
    }
    lines.push(...sentences);
  }
  return lines.join('\n');
}

/**
 * Asserts that the report (or the articles, analyzed) holds no discrepancy of the given kinds at or above the given
 * severity. The failure lists each one with its values, outlets and evidence sentences.
 *
 * @example
 * expect(report).toHaveNoDiscrepancies({ kinds: ['number', 'count'], minSeverity: 0.3 })
 */
export function toHaveNoDiscrepancies(received: unknown, options: NoDiscrepanciesOptions = {}): MatcherResult {
  const report = reportOf(received);
  if (typeof report === 'string') return { pass: false, message: () => report };
  const minSeverity = options.minSeverity ?? 0;
  const kinds = options.kinds ? new Set<string>(options.kinds) : undefined;
  const found = report.discrepancies
    .filter((d) => (!kinds || kinds.has(d.kind)) && d.severity >= minSeverity)
    .sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id));
  const claimById = new Map(report.claims.map((c) => [c.id, c]));
  const which = `${kinds ? [...kinds].join('/') : 'any'} discrepancies${minSeverity > 0 ? ` of severity ${minSeverity} or more` : ''}`;
  return {
    pass: found.length === 0,
    message: () =>
      found.length === 0
        ? `expected ${which}, but the outlets agree (${report.discrepancies.length} discrepancies of other kinds or lower severity)`
        : `expected no ${which}, but found ${found.length}:\n${found.map((d) => describeDiscrepancy(d, claimById)).join('\n')}`,
    actual: found.map((d) => ({ kind: d.kind, subject: d.subject, severity: d.severity })),
    expected: [],
  };
}

/**
 * Asserts that the outlets agree on `subject` (a name, or words of a claim): at least two outlets report on it and
 * no factual discrepancy (number, count, time, date, name, descriptor, contested) concerns it. A discrepancy
 * concerns the subject when it is about that entity or names it, or, for figures and outcomes, when the evidence
 * on every side speaks of it. Spelling variants do not count against agreement. The failure shows the values,
 * outlets and evidence.
 *
 * @example
 * expect(report).toAgreeOn('Baranovsky')
 */
export function toAgreeOn(received: unknown, subject: string): MatcherResult {
  const report = reportOf(received);
  if (typeof report === 'string') return { pass: false, message: () => report };
  const wanted = typeof subject === 'string' ? foldWords(subject) : '';
  if (!wanted) return { pass: false, message: () => `toAgreeOn needs a subject, got ${quote(String(subject))}` };
  const entityIds = new Set(
    report.entities
      .filter(
        (e) =>
          e.kind !== 'other' &&
          e.variants.some(
            (v) => foldWords(v.form).includes(wanted) || compareNames(v.form, subject, { kind: e.kind }).match,
          ),
      )
      .map((e) => e.id),
  );
  const concerns = (text: string) => ` ${foldWords(text)} `.includes(` ${wanted} `);
  const claimById = new Map(report.claims.map((c) => [c.id, c]));
  const about = report.claims.filter((c) => concerns(c.text) || c.entities.some((id) => entityIds.has(id)));
  const aboutIds = new Set(about.map((c) => c.id));
  const outlets = [...new Set(about.map((c) => c.outlet))].sort();
  // a discrepancy about a name concerns the subject when the name is the subject; one about a figure or an outcome
  // also when every side's evidence speaks of the subject
  const nameKinds = new Set(['spelling', 'name', 'descriptor']);
  const conflicts = report.discrepancies.filter(
    (d) =>
      d.kind !== 'spelling' &&
      ((d.entityId !== undefined && entityIds.has(d.entityId)) ||
        concerns(d.subject) ||
        d.values.some((v) => concerns(v.value)) ||
        (!nameKinds.has(d.kind) &&
          d.values.every((v) => v.evidence.some((e) => e.claimId !== undefined && aboutIds.has(e.claimId))))),
  );
  const pass = outlets.length >= 2 && conflicts.length === 0;
  return {
    pass,
    message: () => {
      if (pass)
        return `expected the outlets not to agree on ${quote(subject)}, but ${outlets.join(', ')} report on it with no discrepancy`;
      if (outlets.length < 2)
        return `expected the outlets to agree on ${quote(subject)}, but ${
          outlets.length === 0 ? 'no outlet reports on it' : `only ${outlets[0]} reports on it`
        }`;
      return `expected the outlets to agree on ${quote(subject)}, but ${conflicts.length} ${
        conflicts.length === 1 ? 'discrepancy concerns' : 'discrepancies concern'
      } it:\n${conflicts.map((d) => describeDiscrepancy(d, claimById)).join('\n')}`;
    },
    actual: conflicts.map((d) => ({ kind: d.kind, subject: d.subject, severity: d.severity })),
    expected: [],
  };
}
