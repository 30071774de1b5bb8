import { z } from 'zod';
import {
  classificationSchema,
  idSchema,
  isoDateSchema,
  recordMetaSchema,
  visibilitySchema,
} from './common.js';

export const proposalStatusSchema = z.enum(['draft', 'notified', 'cleared', 'executed', 'withdrawn']);
export type ProposalStatusValue = z.infer<typeof proposalStatusSchema>;

export const proposalActionSchema = z.enum([
  'notify',
  'acknowledge',
  'concur',
  'raise_concerns',
  'object',
  'withdraw_objection',
  'clear',
  'record_execution',
  'withdraw',
  'report_unilateral',
]);
export type ProposalActionValue = z.infer<typeof proposalActionSchema>;

export const proposalStanceSchema = z.enum(['none', 'concur', 'concerns', 'object']);

/** HS codes as written in the resolutions: a heading (4 digits) or a subheading, with or without dots. */
export const proposalHsCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(\.?\d{2}){0,3}$/, 'must be an HS code such as 2710.19 or 8603');

export const proposalItemSchema = z.object({
  description: z.string().trim().min(1).max(500),
  hsCode: proposalHsCodeSchema.nullable().default(null),
  quantity: z.number().nonnegative().nullable().default(null),
  unit: z.string().trim().max(40).nullable().default(null),
  valueUsd: z.number().nonnegative().nullable().default(null),
  endUser: z.string().trim().max(300).nullable().default(null),
});
export type ProposalItem = z.infer<typeof proposalItemSchema>;

export const proposalCounterpartyKindSchema = z.enum(['person', 'organization', 'vessel']);

export const proposalCounterpartySchema = z.object({
  name: z.string().trim().min(1).max(300),
  kind: proposalCounterpartyKindSchema,
  /** ISO 3166-1 alpha-2, e.g. KP. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as KP')
    .nullable()
    .default(null),
});
export type ProposalCounterparty = z.infer<typeof proposalCounterpartySchema>;

export const proposalFundsTransferSchema = z.object({
  amount: z.number().positive(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a currency code such as USD')
    .default('USD'),
  channel: z.string().trim().min(1).max(300),
});
export type ProposalFundsTransfer = z.infer<typeof proposalFundsTransferSchema>;

export const proposalPositionSchema = z.object({
  acknowledgedAt: z.string().nullable(),
  stance: proposalStanceSchema,
  stanceAt: z.string().nullable(),
  note: z.string().nullable(),
});

export const proposalHistoryEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  action: z.string(),
  actor: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  party: z.string().nullable(),
  note: z.string().nullable(),
  statusAfter: proposalStatusSchema,
  /** For edits: field → {before, after}. */
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
});
export type ProposalHistoryEntry = z.infer<typeof proposalHistoryEntrySchema>;

export const proposalClearanceReasonSchema = z.object({ code: z.string(), message: z.string() });

export const proposalSchema = recordMetaSchema.extend({
  id: idSchema,
  groupId: idSchema,
  proposingParty: z.string(),
  trackId: idSchema.nullable(),
  title: z.string(),
  summary: z.string(),
  plannedFor: z.string().nullable(),
  location: z.string().nullable(),
  items: z.array(proposalItemSchema),
  counterparties: z.array(proposalCounterpartySchema),
  fundsTransfers: z.array(proposalFundsTransferSchema),
  status: proposalStatusSchema,
  notifiedAt: z.string().nullable(),
  noticeEndsAt: z.string().nullable(),
  positions: z.record(z.string(), proposalPositionSchema),
  surprise: z.boolean(),
  author: z.object({ id: idSchema, displayName: z.string() }),
  history: z.array(proposalHistoryEntrySchema).optional(),
  abilities: z.object({ edit: z.boolean(), comment: z.boolean(), actions: z.array(proposalActionSchema) }),
  clearance: z.object({ canClear: z.boolean(), reasons: z.array(proposalClearanceReasonSchema) }),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const createProposalInputSchema = z.object({
  trackId: idSchema.nullable().default(null),
  title: z.string().trim().min(1).max(300),
  summary: z.string().max(20_000).default(''),
  plannedFor: isoDateSchema.nullable().default(null),
  location: z.string().trim().max(300).nullable().default(null),
  items: z.array(proposalItemSchema).max(200).default([]),
  counterparties: z.array(proposalCounterpartySchema).max(200).default([]),
  fundsTransfers: z.array(proposalFundsTransferSchema).max(100).default([]),
  visibility: visibilitySchema.default('shared'),
  classification: classificationSchema.default('UNCLASSIFIED'),
  /**
   * Record an action already taken outside the platform: the proposal is created as executed and flagged as
   * a surprise. `proposingParty` then names the party that acted (default: your own).
   */
  reportUnilateral: z.boolean().default(false),
  proposingParty: z
    .string()
    .regex(/^[A-Z]{2,8}$/)
    .optional(),
  note: z.string().max(5000).nullable().default(null),
});
export type CreateProposalInput = z.infer<typeof createProposalInputSchema>;

export const updateProposalInputSchema = z
  .object({
    trackId: idSchema.nullable(),
    title: z.string().trim().min(1).max(300),
    summary: z.string().max(20_000),
    plannedFor: isoDateSchema.nullable(),
    location: z.string().trim().max(300).nullable(),
    items: z.array(proposalItemSchema).max(200),
    counterparties: z.array(proposalCounterpartySchema).max(200),
    fundsTransfers: z.array(proposalFundsTransferSchema).max(100),
  })
  .partial();
export type UpdateProposalInput = z.infer<typeof updateProposalInputSchema>;

export const proposalTransitionInputSchema = z.object({
  action: proposalActionSchema,
  note: z.string().max(5000).nullable().optional(),
});

export const proposalListQuerySchema = z.object({
  status: proposalStatusSchema.optional(),
  trackId: idSchema.optional(),
  party: z
    .string()
    .regex(/^[A-Z]{2,8}$/)
    .optional(),
  waitingOnMe: z.enum(['0', '1']).optional(),
  surprise: z.enum(['0', '1']).optional(),
  /** Page size (newest change first); follow `nextCursor` for the next page. */
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type ProposalListQuery = z.infer<typeof proposalListQuerySchema>;

export const proposalCommentSchema = recordMetaSchema.extend({
  id: idSchema,
  proposalId: idSchema,
  body: z.string(),
  author: z.object({ id: idSchema, displayName: z.string() }),
});
export type ProposalComment = z.infer<typeof proposalCommentSchema>;

export const createProposalCommentInputSchema = z.object({
  body: z.string().trim().min(1).max(20_000),
  visibility: visibilitySchema,
});
