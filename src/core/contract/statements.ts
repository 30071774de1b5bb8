import { z } from 'zod';
import {
  abilitiesSchema,
  classificationSchema,
  idSchema,
  isoInstantSchema,
  partyCodeSchema,
  recordMetaSchema,
  visibilitySchema,
} from './common.js';

export const statementKindSchema = z.enum(['readout', 'joint', 'announcement']);
export const statementStatusSchema = z.enum(['draft', 'shared_for_comment', 'cleared', 'published']);
export const statementActionSchema = z.enum(['share_for_comment', 'approve', 'clear', 'publish']);

export const statementSchema = recordMetaSchema.extend({
  id: idSchema,
  groupId: idSchema,
  kind: statementKindSchema,
  meetingId: idSchema.nullable(),
  /** What the statement is about when no meeting says it, e.g. "working-group-formation". */
  matter: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  releaseAt: z.string().nullable(),
  status: statementStatusSchema,
  approvals: z.record(z.string(), z.string()),
  awaitingApproval: z.array(z.string()),
  sharedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  author: z.object({ id: idSchema, displayName: z.string() }),
  abilities: abilitiesSchema,
});
export type Statement = z.infer<typeof statementSchema>;

export const createStatementInputSchema = z.object({
  kind: statementKindSchema,
  meetingId: idSchema.nullable().optional(),
  matter: z.string().trim().min(1).max(120).nullable().optional(),
  title: z.string().trim().max(300).optional(),
  body: z.string().min(1).max(100_000),
  releaseAt: isoInstantSchema,
  /** Readouts and announcements start party-only, joint statements shared; a contrary value is refused. */
  visibility: visibilitySchema.optional(),
  classification: classificationSchema.optional(),
});

export const createReadoutInputSchema = createStatementInputSchema.omit({ kind: true, meetingId: true });

export const updateStatementInputSchema = z
  .object({
    title: z.string().trim().max(300),
    body: z.string().min(1).max(100_000),
    releaseAt: isoInstantSchema,
    matter: z.string().trim().min(1).max(120).nullable(),
  })
  .partial();

export const statementTransitionInputSchema = z.object({ action: statementActionSchema });

export const statementCommentSchema = z.object({
  id: idSchema,
  statementId: idSchema,
  body: z.string(),
  author: z.object({ id: idSchema, displayName: z.string(), party: z.string().nullable() }),
  createdAt: z.string(),
});
export const createStatementCommentInputSchema = z.object({ body: z.string().trim().min(1).max(20_000) });

export const statementsQuerySchema = z.object({
  kind: statementKindSchema.optional(),
  meetingId: idSchema.optional(),
  status: statementStatusSchema.optional(),
});

export const statementRecordEntrySchema = z.object({
  statementId: idSchema,
  kind: statementKindSchema,
  party: z.string(),
  title: z.string(),
  meetingId: idSchema.nullable(),
  matter: z.string().nullable(),
  publishedAt: z.string(),
  partnerSawBeforeRelease: z.boolean(),
  /** First statement published on its meeting or matter. */
  publishedFirst: z.boolean(),
});

export const statementRecordSchema = z.object({
  items: z.array(statementRecordEntrySchema),
  matters: z.array(
    z.object({
      key: z.string(),
      meetingId: idSchema.nullable(),
      matter: z.string().nullable(),
      firstParty: z.string(),
      firstPublishedAt: z.string(),
      parties: z.array(z.string()),
    }),
  ),
});
export type StatementRecord = z.infer<typeof statementRecordSchema>;

export const readoutCompareQuerySchema = z.object({ a: partyCodeSchema, b: partyCodeSchema });

const matchedSchema = z.object({ a: z.string(), b: z.string(), similarity: z.number() });
export const readoutComparisonSchema = z.object({
  a: z.object({ party: z.string(), statementId: idSchema, status: statementStatusSchema }),
  b: z.object({ party: z.string(), statementId: idSchema, status: statementStatusSchema }),
  both: z.array(matchedSchema),
  onlyA: z.array(z.string()),
  onlyB: z.array(z.string()),
  different: z.array(matchedSchema.extend({ note: z.string() })),
});
