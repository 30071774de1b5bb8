import { z } from 'zod';
import { abilitiesSchema, idSchema, isoDateSchema, localizedTextSchema } from './common.js';

const toleranceSchema = z.number().min(0).max(100);

/** Two tracks of a group meant to move together, and how many index points they may drift apart. */
export const trackPairSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  trackA: idSchema,
  trackB: idSchema,
  tolerance: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The pair's current ETag, so that an edit made from a list can send If-Match. */
  etag: z.string(),
  abilities: abilitiesSchema,
});
export type TrackPair = z.infer<typeof trackPairSchema>;

export const createTrackPairInputSchema = z.object({
  trackA: idSchema,
  trackB: idSchema,
  tolerance: toleranceSchema,
});

export const updateTrackPairInputSchema = createTrackPairInputSchema.partial();

export const tempoQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export const tempoBreachSchema = z.object({
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  /** the track ahead */
  leader: idSchema,
  maxGap: z.number(),
});
export type TempoBreach = z.infer<typeof tempoBreachSchema>;

export const tempoSchema = z.object({
  from: z.string(),
  to: z.string(),
  series: z.array(
    z.object({
      trackId: idSchema,
      key: z.string(),
      name: localizedTextSchema,
      points: z.array(z.object({ date: z.string(), value: z.number() })),
      hasMilestones: z.boolean(),
    }),
  ),
  pairs: z.array(
    z.object({
      id: idSchema,
      trackA: idSchema,
      trackB: idSchema,
      tolerance: z.number(),
      gaps: z.array(z.object({ date: z.string(), gap: z.number() })),
      breaches: z.array(tempoBreachSchema),
      currentBreach: tempoBreachSchema.nullable(),
    }),
  ),
  note: z.string(),
});
export type Tempo = z.infer<typeof tempoSchema>;

/** A pair out of step today, as the signed-in user's visible milestones show it (group home banner). */
export const currentBreachSchema = z.object({
  pairId: idSchema,
  trackA: idSchema,
  trackB: idSchema,
  tolerance: z.number(),
  startedOn: z.string(),
  leader: idSchema,
  maxGap: z.number(),
  /** |gap| today */
  gap: z.number(),
});
export type CurrentBreach = z.infer<typeof currentBreachSchema>;
