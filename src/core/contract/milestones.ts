import { z } from 'zod';
import {
  abilitiesSchema,
  classificationSchema,
  idSchema,
  isoDateSchema,
  recordMetaSchema,
  visibilitySchema,
} from './common.js';

export const milestoneStatusSchema = z.enum(['planned', 'in_progress', 'achieved', 'reversed']);
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;

export const evidenceKindSchema = z.enum(['meeting_outcome', 'proposal', 'source', 'link']);

/** What shows a milestone happened: a record of another module by text id, or a link. */
export const evidenceItemSchema = z
  .object({
    kind: evidenceKindSchema,
    id: z.string().trim().min(1).max(200).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    note: z.string().max(2000).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'link' && !item.url)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'required for a link' });
    if (item.kind !== 'link' && !item.id)
      ctx.addIssue({ code: 'custom', path: ['id'], message: `required for evidence of kind ${item.kind}` });
  });
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** One item or a list; the server stores a list. */
export const evidenceInputSchema = z.union([evidenceItemSchema, z.array(evidenceItemSchema).max(20)]);

export const milestoneSchema = recordMetaSchema.extend({
  id: idSchema,
  groupId: idSchema,
  trackId: idSchema,
  title: z.string(),
  weight: z.number().int(),
  status: milestoneStatusSchema,
  targetDate: z.string().nullable(),
  achievedOn: z.string().nullable(),
  reversedOn: z.string().nullable(),
  evidence: z.array(evidenceItemSchema),
  author: z.object({ id: idSchema, displayName: z.string() }),
  abilities: abilitiesSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

const weightSchema = z.number().int().min(1).max(5);

export const createMilestoneInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  weight: weightSchema,
  status: milestoneStatusSchema.default('planned'),
  targetDate: isoDateSchema.nullable().optional(),
  achievedOn: isoDateSchema.nullable().optional(),
  reversedOn: isoDateSchema.nullable().optional(),
  evidence: evidenceInputSchema.optional(),
  /** Default: shared with every party of the group. */
  visibility: visibilitySchema.default('shared'),
  /** Default: the group's lowest level. */
  classification: classificationSchema.optional(),
});
export type CreateMilestoneInput = z.infer<typeof createMilestoneInputSchema>;

export const updateMilestoneInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    weight: weightSchema,
    status: milestoneStatusSchema,
    targetDate: isoDateSchema.nullable(),
    achievedOn: isoDateSchema.nullable(),
    reversedOn: isoDateSchema.nullable(),
    /** Replaces the evidence list. */
    evidence: evidenceInputSchema,
    /** Only the writing party changes who sees the milestone. */
    visibility: visibilitySchema,
    classification: classificationSchema,
  })
  .partial();
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneInputSchema>;

export const listMilestonesQuerySchema = z.object({
  status: milestoneStatusSchema.optional(),
});

export const listGroupMilestonesQuerySchema = z.object({
  trackId: idSchema.optional(),
  status: milestoneStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
