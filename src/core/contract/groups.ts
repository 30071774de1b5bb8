import { z } from 'zod';
import {
  classificationSchema,
  idSchema,
  localizedTextSchema,
  partyCodeSchema,
  roleSchema,
} from './common.js';

export const partySchema = z.object({
  code: z.string(),
  name: localizedTextSchema,
  timeZone: z.string(),
});
export type Party = z.infer<typeof partySchema>;

export const agencySchema = z.object({
  id: idSchema,
  party: z.string(),
  code: z.string(),
  name: localizedTextSchema,
});
export type Agency = z.infer<typeof agencySchema>;

export const clearanceRuleSchema = z.enum(['concurrence', 'notice']);

export const groupSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  mandate: z.string(),
  parties: z.array(z.string()),
  coChairs: z.record(z.string(), idSchema),
  noticePeriodDays: z.number().int(),
  clearanceRule: clearanceRuleSchema,
  classificationLevels: z.array(z.string()),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.record(z.string(), z.boolean()),
});
export type Group = z.infer<typeof groupSchema>;

export const createGroupInputSchema = z.object({
  name: localizedTextSchema,
  mandate: z.string().max(20_000).default(''),
  parties: z.array(partyCodeSchema).min(2).max(8),
  noticePeriodDays: z.number().int().min(0).max(90).default(7),
  clearanceRule: clearanceRuleSchema.default('concurrence'),
  classificationLevels: z.array(classificationSchema).min(1).max(10).optional(),
});

export const updateGroupInputSchema = z
  .object({
    name: localizedTextSchema,
    mandate: z.string().max(20_000),
    noticePeriodDays: z.number().int().min(0).max(90),
    clearanceRule: clearanceRuleSchema,
    note: z.string().max(2000).nullable(),
  })
  .partial();

export const memberSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  email: z.string(),
  party: z.string().nullable(),
  agency: z.string().nullable(),
  agencyName: localizedTextSchema.nullable(),
  title: z.string().nullable(),
  role: roleSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const addMemberInputSchema = z.object({
  userId: idSchema,
  role: roleSchema,
});

export const trackSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  key: z.string(),
  name: localizedTextSchema,
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Track = z.infer<typeof trackSchema>;

export const createTrackInputSchema = z.object({
  key: z
    .string()
    .min(2)
    .max(40)
    .regex(/^[a-z][a-z0-9_]*$/, 'must be lower_snake_case'),
  name: localizedTextSchema,
  description: z.string().max(5000).default(''),
});
