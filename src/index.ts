export { type ClaimCluster, type ClusterClaimsOptions, clusterClaims } from './claims/clusterClaims.js';
export {
  type Claim,
  type ClaimQuantity,
  type ClaimTime,
  type ExtractClaimsOptions,
  extractClaims,
} from './claims/extractClaims.js';
export { type Entity, type EntityVariant, resolveEntities } from './entities/resolveEntities.js';
export { CorroborateError } from './errors.js';
export { type EventGroup, type GroupEventsOptions, groupEvents } from './events/groupEvents.js';
export { extractMentions } from './extract/extractMentions.js';
export type { Quantity } from './extract/extractQuantities.js';
export type { TimeRef } from './extract/extractTimes.js';
export type { Mention } from './extract/types.js';
export { alignFacts, type FactSlot } from './facts/alignFacts.js';
export { extractFacts } from './facts/extractFacts.js';
export type { Fact, FactScope, FactValue } from './facts/types.js';
export { type ParseArticleOptions, parseArticle } from './ingest/parseArticle.js';
export type { Article, Dateline, Paragraph, ParagraphKind, RemovedLine, Sentence, Span } from './ingest/types.js';
export type { Dimension } from './lexicon/units.js';
export { NAME_KINDS } from './names/checkArguments.js';
export { type CompareNamesOptions, compareNames, type NameComparison } from './names/compareNames.js';
export { type NormalizeNameOptions, normalizeName } from './names/normalizeName.js';
export { type AnalyzeOptions, analyze } from './report/analyze.js';
export { type FormatReportOptions, formatReport, type ReportFormat } from './report/formatReport.js';
export { DEFAULT_MAX_TEXT_LENGTH } from './schema.js';
// the zod schemas of the inputs and of the report's parts, also the entry 'corroborate/schema'
export * from './schemas.js';
export {
  type Discrepancy,
  type DiscrepancyKind,
  type DiscrepancyValue,
  findDiscrepancies,
} from './score/findDiscrepancies.js';
export { findMeasures, type Measure, type Reading } from './score/findMeasures.js';
export { type ClusterStatus, type ScoredCluster, type SourceScore, scoreEvent } from './score/scoreEvent.js';
export { discoverTruth } from './truth/discoverTruth.js';
export type {
  SourceClaim,
  TruthAlternative,
  TruthItem,
  TruthOptions,
  TruthResult,
  TruthSource,
  ValueKind,
} from './truth/types.js';
