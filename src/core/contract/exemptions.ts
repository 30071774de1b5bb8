import { z } from 'zod';
import { idSchema, isoDateSchema, recordMetaSchema } from './common.js';

export const exemptionStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected']);
export type ExemptionStatus = z.infer<typeof exemptionStatusSchema>;

const sectionText = z.string().max(50_000);

/** The sections of a request to the 1718 Committee, in the order of the Committee's guidelines. */
export const exemptionSectionsSchema = z.object({
  nature: sectionText,
  recipients: sectionText,
  justification: sectionText,
  goods: sectionText,
  timeline: sectionText,
  financial: sectionText,
  monitoring: sectionText,
});
export type ExemptionSections = z.infer<typeof exemptionSectionsSchema>;

export const EXEMPTION_SECTION_TITLES: Record<keyof ExemptionSections, string> = {
  nature: 'Nature of the assistance or project',
  recipients: 'DPRK recipients and how they were chosen',
  justification: 'Why an exemption is needed',
  goods: 'Goods and services: quantities, specifications, HS codes and values',
  timeline: 'Timeline and route',
  financial: 'Financial channels (funds transfers)',
  monitoring: 'Monitoring against diversion',
};

/** What an approval covers: per HS code, the measures it was granted against. */
export const exemptionCoverageSchema = z.object({
  description: z.string(),
  hsCode: z.string(),
  measureIds: z.array(z.string()),
});

export const exemptionRequestSchema = recordMetaSchema.extend({
  id: idSchema,
  proposalId: idSchema,
  proposingParty: z.string(),
  status: exemptionStatusSchema,
  sections: exemptionSectionsSchema,
  covers: z.array(exemptionCoverageSchema),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  approvedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  decisionNote: z.string().nullable(),
  author: z.object({ id: idSchema, displayName: z.string() }),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    decide: z.boolean(),
  }),
});
export type ExemptionRequest = z.infer<typeof exemptionRequestSchema>;

export const createExemptionRequestInputSchema = z.object({
  sections: exemptionSectionsSchema.partial().optional(),
});

export const updateExemptionRequestInputSchema = z.object({
  sections: exemptionSectionsSchema.partial().optional(),
  status: z.enum(['submitted', 'approved', 'rejected']).optional(),
  /** The date of the Committee's decision (default: today). */
  approvedOn: isoDateSchema.optional(),
  /** Default: six months after approval; at most nine months. */
  validUntil: isoDateSchema.optional(),
  decisionNote: z.string().max(5000).nullable().optional(),
});
export type UpdateExemptionRequestInput = z.infer<typeof updateExemptionRequestInputSchema>;
