import { z } from 'zod';
import { MAX_HTML_CHARS } from '../context/limits.js';
import { classificationSchema, idSchema, recordMetaSchema, visibilitySchema } from './common.js';

export const sourceKindSchema = z.enum(['news', 'statement', 'transcript']);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** How the pasted or uploaded text is written: HTML is reduced to its article text on the server. */
export const sourceFormatSchema = z.enum(['text', 'html']);

/** A date (YYYY-MM-DD) or an ISO 8601 instant, as the user or the outlet gives it. */
export const publishedAtSchema = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be a date (YYYY-MM-DD) or an ISO 8601 instant',
  );

export const createSourceInputSchema = z.object({
  kind: sourceKindSchema,
  outlet: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(500),
  url: z.union([z.url({ protocol: /^https?$/ }).max(2000), z.literal('')]).optional(),
  publishedAt: publishedAtSchema.nullable().optional(),
  text: z.string().min(1).max(MAX_HTML_CHARS),
  format: sourceFormatSchema.default('text'),
  visibility: visibilitySchema,
  classification: classificationSchema,
});
export type CreateSourceInput = z.infer<typeof createSourceInputSchema>;

export const updateSourceInputSchema = z.object({ publishedAt: publishedAtSchema });

export const sanctionsScreeningSchema = z.object({
  referenceNumber: z.string(),
  name: z.string(),
  score: z.number(),
  explanation: z.string(),
  note: z.string(),
});
export type SanctionsScreening = z.infer<typeof sanctionsScreeningSchema>;

export const sourcePersonSchema = z.object({
  name: z.string(),
  /** the group's record of a person who is not a member (candidate until confirmed) */
  personId: idSchema.optional(),
  /** a member of the group */
  userId: idSchema.optional(),
  mentions: z.array(z.string()),
  titles: z.array(z.string()),
  resolution: z.object({
    kind: z.enum(['member', 'known', 'sanctions', 'new']),
    id: z.string().optional(),
    score: z.number().optional(),
    matchedName: z.string().optional(),
    explanation: z.string().optional(),
  }),
  screening: sanctionsScreeningSchema.optional(),
});
export type SourcePerson = z.infer<typeof sourcePersonSchema>;

export const sourcePlaceSchema = z.object({
  name: z.string(),
  kind: z.enum(['place', 'organization']),
  mentions: z.array(z.string()),
});

export const sourceDateSchema = z.object({
  text: z.string(),
  date: z.string().nullable(),
  endDate: z.string().optional(),
  precision: z.enum(['day', 'week', 'month']),
  sentence: z.string(),
  relative: z.boolean(),
  needsPublicationDate: z.boolean().optional(),
});

export const sourceSchema = recordMetaSchema.extend({
  id: idSchema,
  groupId: idSchema,
  kind: sourceKindSchema,
  outlet: z.string(),
  title: z.string(),
  url: z.string(),
  publishedAt: z.string().nullable(),
  /** the outlet's date, YYYY-MM-DD; null until someone gives it */
  publishedOn: z.string().nullable(),
  needsPublicationDate: z.boolean(),
  text: z.string(),
  people: z.array(sourcePersonSchema),
  places: z.array(sourcePlaceSchema),
  dates: z.array(sourceDateSchema),
  /** timeline events this source reports */
  events: z.array(idSchema),
  author: z.object({ id: idSchema, displayName: z.string() }),
  abilities: z.record(z.string(), z.boolean()),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourceSummarySchema = sourceSchema.omit({ text: true, dates: true });

export const contextPersonStatusSchema = z.enum(['candidate', 'confirmed', 'rejected']);

export const contextPersonSchema = recordMetaSchema.extend({
  id: idSchema,
  groupId: idSchema,
  name: z.string(),
  names: z.array(z.string()),
  titles: z.array(z.string()),
  status: contextPersonStatusSchema,
  abilities: z.record(z.string(), z.boolean()),
});
export type ContextPerson = z.infer<typeof contextPersonSchema>;

export const personTransitionInputSchema = z.object({ action: z.enum(['confirm', 'reject']) });
