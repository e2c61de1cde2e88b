/**
 * The package's zod schemas on their own: `import { ReportSchema } from 'corroborate/schema'` to validate a
 * Report or article inputs received over the wire. The same values as the package root; this entry keeps them in
 * a chunk of their own, so a bundle that never validates a Report does not carry its schema.
 *
 * @module
 */
export { ClaimSchema } from './claims/schemas.js';
export { EntitySchema, EntityVariantSchema } from './entities/schemas.js';
export { QuantitySchema, TimeRefSchema } from './extract/schemas.js';
export { type Report, ReportSchema } from './report/ReportSchema.js';
export { type ArticleInput, ArticleInputSchema, type NameKind } from './schema.js';
export {
  DiscrepancyKindSchema,
  DiscrepancySchema,
  DiscrepancyValueSchema,
  MeasureSchema,
  ReadingSchema,
  ScoredClusterSchema,
  SourceScoreSchema,
} from './score/schemas.js';
