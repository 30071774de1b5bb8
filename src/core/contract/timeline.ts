import { z } from 'zod';
import { EVENT_KINDS } from '../context/types.js';
import { idSchema, isoDateSchema, partyCodeSchema, recordMetaSchema } from './common.js';

export const timelineStatusSchema = z.enum(['candidate', 'accepted', 'rejected', 'record']);
export type TimelineStatus = z.infer<typeof timelineStatusSchema>;

export const timelineRecordKindSchema = z.enum(['event', 'meeting', 'proposal', 'statement', 'milestone']);

export const timelineSourceRefSchema = z.object({
  sourceId: idSchema,
  title: z.string(),
  outlet: z.string(),
  sentence: z.string(),
});

export const timelineLinkSchema = z.object({
  meetingId: idSchema.optional(),
  proposalId: idSchema.optional(),
  statementId: idSchema.optional(),
  milestoneId: idSchema.optional(),
});

export const timelineDisagreementSchema = z.object({
  field: z.enum(['date', 'place']),
  values: z.array(z.object({ value: z.string(), sourceId: idSchema })),
});

export const timelineItemSchema = recordMetaSchema.extend({
  id: idSchema,
  /** what the item is: an event reported by sources, or one of the group's own records */
  recordKind: timelineRecordKindSchema,
  date: isoDateSchema,
  precision: z.enum(['day', 'week', 'month']),
  title: z.string(),
  /** meeting, postponement, ceremony, visit, announcement, agreement, other; proposal_notified, … */
  kind: z.string(),
  place: z.string().nullable(),
  people: z.array(z.string()),
  status: timelineStatusSchema,
  sources: z.array(timelineSourceRefSchema),
  link: timelineLinkSchema,
  disagreements: z.array(timelineDisagreementSchema),
  abilities: z.record(z.string(), z.boolean()),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const timelineQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  kind: z.string().trim().min(1).max(40).optional(),
  track: idSchema.optional(),
  party: partyCodeSchema.optional(),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

export const timelineSchema = z.object({
  /** the group's records and accepted events, oldest first */
  items: z.array(timelineItemSchema),
  /** events extracted from sources, waiting for a member to accept or reject them */
  candidates: z.array(timelineItemSchema),
});

export const timelineEventTransitionInputSchema = z.object({ action: z.enum(['accept', 'reject']) });

/** A member's judgement that another event is this one: its sources join this event and it goes. */
export const mergeTimelineEventInputSchema = z.object({ eventId: idSchema });
export type MergeTimelineEventInput = z.infer<typeof mergeTimelineEventInputSchema>;

/** A member's judgement that one of the event's sources reports another event: it leaves and makes its own. */
export const splitTimelineEventInputSchema = z.object({ sourceId: idSchema });

export const splitTimelineEventResultSchema = z.object({
  /** the event, without the source */
  event: timelineItemSchema,
  /** the new candidate event the source now reports */
  split: timelineItemSchema,
});

export const timelineEventKindSchema = z.enum(EVENT_KINDS);

/** A member's correction of what the extraction got wrong, before or after accepting the event. */
export const updateTimelineEventInputSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    date: isoDateSchema.optional(),
    kind: timelineEventKindSchema.optional(),
    place: z.string().trim().min(1).max(120).nullable().optional(),
    people: z.array(z.string().trim().min(1).max(120)).max(30).optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'name at least one field to change' });
export type UpdateTimelineEventInput = z.infer<typeof updateTimelineEventInputSchema>;
