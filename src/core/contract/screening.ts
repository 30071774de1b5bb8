import { z } from 'zod';
import { idSchema } from './common.js';

export const sanctionsEntryKindSchema = z.enum(['individual', 'entity']);

/** An entry named in a list diff. */
export const sanctionsEntryRefSchema = z.object({
  referenceNumber: z.string(),
  name: z.string(),
  kind: sanctionsEntryKindSchema,
});

export const sanctionsListDiffSchema = z.object({
  previousVersionId: idSchema.nullable(),
  added: z.array(sanctionsEntryRefSchema),
  removed: z.array(sanctionsEntryRefSchema),
  changed: z.array(sanctionsEntryRefSchema),
});
export type SanctionsListDiff = z.infer<typeof sanctionsListDiffSchema>;

export const sanctionsListVersionSchema = z.object({
  id: idSchema,
  dateGenerated: z.string().nullable(),
  sha256: z.string(),
  individualCount: z.number().int(),
  entityCount: z.number().int(),
  importedAt: z.string(),
  isLatest: z.boolean(),
  diffSummary: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
});
export type SanctionsListVersion = z.infer<typeof sanctionsListVersionSchema>;

export const sanctionsListVersionDetailSchema = sanctionsListVersionSchema.extend({
  diff: sanctionsListDiffSchema,
});

/** Answer of an import: the version, and whether it is new (false for a re-import of the same file). */
export const sanctionsImportResultSchema = sanctionsListVersionDetailSchema.extend({ created: z.boolean() });
export type SanctionsImportResult = z.infer<typeof sanctionsImportResultSchema>;

export const screenNamesInputSchema = z.object({
  names: z.array(z.string().trim().min(1).max(300)).min(1).max(100),
  threshold: z.number().min(0.5).max(1).optional(),
});

export const screeningMatchSchema = z.object({
  referenceNumber: z.string(),
  name: z.string(),
  matchedName: z.string(),
  score: z.number(),
  explanation: z.string(),
  regime: z.string(),
  kind: sanctionsEntryKindSchema,
});
export type ScreeningMatchView = z.infer<typeof screeningMatchSchema>;

export const screenNamesResultSchema = z.object({
  listVersionId: idSchema,
  threshold: z.number(),
  results: z.array(z.object({ query: z.string(), matches: z.array(screeningMatchSchema) })),
});

export const goodsMeasureSchema = z.object({
  id: z.string(),
  resolution: z.string(),
  paragraph: z.string(),
  kind: z.enum(['ban', 'cap', 'embargo']),
  title: z.string(),
  description: z.string(),
  citation: z.string(),
  exceptions: z.array(z.string()),
});
export type GoodsMeasureView = z.infer<typeof goodsMeasureSchema>;

export const goodsRulesQuerySchema = z.object({ hsCode: z.string().min(1).max(20) });

export const goodsRulesResultSchema = z.object({
  hsCode: z.string(),
  measures: z.array(goodsMeasureSchema),
  requiresExemption: z.boolean(),
});

export const dispositionValueSchema = z.enum(['true_match', 'false_positive']);

export const dispositionInputSchema = z.object({
  disposition: dispositionValueSchema,
  reason: z.string().trim().min(10).max(5000),
});

export const dispositionSchema = z.object({
  id: idSchema,
  disposition: dispositionValueSchema,
  reason: z.string(),
  party: z.string().nullable(),
  by: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  at: z.string(),
});

export const screeningHitSchema = z.object({
  id: idSchema,
  counterpartyName: z.string(),
  referenceNumber: z.string(),
  listedName: z.string(),
  matchedName: z.string(),
  score: z.number(),
  explanation: z.string(),
  regime: z.string(),
  kind: sanctionsEntryKindSchema,
  /** The current disposition (latest), or null while none is recorded. */
  disposition: dispositionSchema.nullable(),
  history: z.array(dispositionSchema),
  abilities: z.object({ disposition: z.boolean() }),
});
export type ScreeningHit = z.infer<typeof screeningHitSchema>;

export const goodsFindingSchema = z.object({
  itemIndex: z.number().int(),
  description: z.string(),
  hsCode: z.string().nullable(),
  measures: z.array(goodsMeasureSchema),
  requiresExemption: z.boolean(),
  /** The approved exemption request that covers this item on the planned date, if any. */
  coveredBy: idSchema.nullable(),
  problem: z.string().nullable(),
});

export const screeningRunSchema = z.object({
  id: idSchema,
  proposalId: idSchema,
  listVersionId: idSchema.nullable(),
  listDateGenerated: z.string().nullable(),
  reason: z.enum(['created', 'material_edit', 'list_import', 'manual']),
  at: z.string(),
  hits: z.array(screeningHitSchema),
  goods: z.array(goodsFindingSchema),
  blockers: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ScreeningRun = z.infer<typeof screeningRunSchema>;

export const proposalScreeningSchema = z.object({
  proposalId: idSchema,
  run: screeningRunSchema.nullable(),
  abilities: z.object({ rescreen: z.boolean() }),
});
