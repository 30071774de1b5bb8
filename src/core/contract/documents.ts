import { z } from 'zod';
import { classificationSchema, idSchema, recordMetaSchema, visibilitySchema } from './common.js';

export const documentKindSchema = z.enum(['non_paper', 'talking_points', 'briefing', 'other']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

export const documentSchema = recordMetaSchema.extend({
  id: idSchema,
  groupId: idSchema,
  title: z.string(),
  body: z.string(),
  kind: documentKindSchema,
  author: z.object({ id: idSchema, displayName: z.string() }),
  abilities: z.record(z.string(), z.boolean()),
});
export type LockstepDocument = z.infer<typeof documentSchema>;

export const documentSummarySchema = documentSchema.omit({ body: true });

export const createDocumentInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  body: z.string().max(200_000),
  kind: documentKindSchema,
  visibility: visibilitySchema,
  classification: classificationSchema,
});

export const updateDocumentInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    body: z.string().max(200_000),
    kind: documentKindSchema,
  })
  .partial();

export const searchResultSchema = z.object({
  kind: z.string(),
  id: idSchema,
  groupId: idSchema,
  title: z.string(),
  snippet: z.string(),
  classification: z.string(),
  visibility: visibilitySchema,
  party: z.string(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
