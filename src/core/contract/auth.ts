import { z } from 'zod';
import { idSchema, roleSchema } from './common.js';

export const loginInputSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export const membershipSchema = z.object({
  groupId: idSchema,
  role: roleSchema,
});

export const meSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  nameVariants: z.array(z.string()),
  party: z.string().nullable(),
  agency: z.string().nullable(),
  title: z.string().nullable(),
  clearance: z.string(),
  locale: z.enum(['en', 'ko']),
  timeZone: z.string(),
  isAdmin: z.boolean(),
  isAuditor: z.boolean(),
  memberships: z.array(membershipSchema),
});
export type Me = z.infer<typeof meSchema>;

export const updateMeInputSchema = z
  .object({
    locale: z.enum(['en', 'ko']),
    timeZone: z.string().min(1).max(64),
    displayName: z.string().trim().min(1).max(200),
  })
  .partial();

export const changePasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(12, 'must be at least 12 characters').max(1024),
});

export const createTokenInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(365).default(90),
});

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });
