import { z } from 'zod';

/** Opaque record id: letters, digits, '_' and '-', at most 64 characters. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

export const partyCodeSchema = z
  .string()
  .min(2)
  .max(8)
  .regex(/^[A-Z]{2,8}$/, 'must be a party code such as KR or US');

export const visibilitySchema = z.enum(['shared', 'party']);
export type Visibility = z.infer<typeof visibilitySchema>;

export const DEFAULT_CLASSIFICATION_LEVELS = ['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL'] as const;

export const classificationSchema = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[A-Z][A-Z_ ]*$/, 'must be a classification level such as UNCLASSIFIED');

export const localizedTextSchema = z.object({
  en: z.string().min(1).max(300),
  ko: z.string().max(300).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const isoDateSchema = z.iso.date();
export const isoInstantSchema = z.iso.datetime({ offset: true });

export const roleSchema = z.enum(['co_chair', 'delegate', 'staff', 'observer']);
export type Role = z.infer<typeof roleSchema>;

/** Fields every group record carries. */
export const recordMetaSchema = z.object({
  visibility: visibilitySchema,
  party: z.string(),
  classification: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().optional() });
}

/** What the current user may do with a record: decided by the server, shown by the client. */
export const abilitiesSchema = z.record(z.string(), z.boolean());
