import { z } from 'zod';
import {
  abilitiesSchema,
  classificationSchema,
  idSchema,
  isoDateSchema,
  isoInstantSchema,
  partyCodeSchema,
  recordMetaSchema,
  visibilitySchema,
} from './common.js';

export const meetingFormatSchema = z.enum(['in_person', 'video', 'hybrid']);
export const meetingStatusSchema = z.enum(['planned', 'agenda_agreed', 'held', 'closed']);
export const meetingActionSchema = z.enum(['approve_agenda', 'mark_held', 'close']);
export const outcomeKindSchema = z.enum(['decision', 'action_item', 'note']);
export const actionItemStatusSchema = z.enum(['open', 'done', 'dropped']);

/** An IANA zone name such as Asia/Seoul; the server checks that it exists. */
export const meetingTimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'must be an IANA time zone such as Asia/Seoul');

export const meetingVenueSchema = z.object({
  city: z.string().trim().min(1).max(120),
  place: z.string().trim().max(200).default(''),
});

const localSpanSchema = z.object({ start: z.string(), end: z.string() });

export const agendaItemSchema = recordMetaSchema.extend({
  id: idSchema,
  meetingId: idSchema,
  position: z.number().int(),
  title: z.string(),
  trackId: idSchema.nullable(),
  proposalId: z.string().nullable(),
  presenterParty: z.string().nullable(),
  notes: z.string(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingAttendeeSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  party: z.string().nullable(),
  agency: z.object({ code: z.string(), name: z.string() }).nullable(),
  title: z.string().nullable(),
  roleAtMeeting: z.string(),
  present: z.boolean(),
});
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

export const meetingSchema = recordMetaSchema.extend({
  id: idSchema,
  groupId: idSchema,
  round: z.number().int(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  venue: z.object({ city: z.string(), place: z.string() }),
  format: meetingFormatSchema,
  hostParty: z.string(),
  status: meetingStatusSchema,
  /** The meeting's times in the venue's zone and in each party's zone, ISO 8601 with offset. */
  localTimes: z.record(z.string(), localSpanSchema),
  agendaApprovals: z.record(z.string(), z.string()),
  awaitingAgendaApproval: z.array(z.string()),
  heldAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  abilities: abilitiesSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingDetailSchema = meetingSchema.extend({
  agenda: z.array(agendaItemSchema),
  attendees: z.array(meetingAttendeeSchema),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const createMeetingInputSchema = z.object({
  round: z.number().int().min(1).max(10_000),
  title: z.string().trim().min(1).max(300),
  startsAt: isoInstantSchema,
  endsAt: isoInstantSchema,
  timeZone: meetingTimeZoneSchema,
  venue: meetingVenueSchema,
  format: meetingFormatSchema,
  hostParty: partyCodeSchema,
  visibility: visibilitySchema.default('shared'),
  classification: classificationSchema.default('UNCLASSIFIED'),
});

export const updateMeetingInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    startsAt: isoInstantSchema,
    endsAt: isoInstantSchema,
    timeZone: meetingTimeZoneSchema,
    venue: meetingVenueSchema,
    format: meetingFormatSchema,
  })
  .partial();

export const meetingTransitionInputSchema = z.object({ action: meetingActionSchema });

export const createAgendaItemInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  trackId: idSchema.nullable().optional(),
  proposalId: idSchema.nullable().optional(),
  presenterParty: partyCodeSchema.nullable().optional(),
  notes: z.string().max(20_000).default(''),
  /** Defaults to the meeting's visibility and classification. */
  visibility: visibilitySchema.optional(),
  classification: classificationSchema.optional(),
});

export const attendeesInputSchema = z
  .array(
    z.object({
      userId: idSchema,
      roleAtMeeting: z.string().trim().min(1).max(120),
      present: z.boolean(),
    }),
  )
  .max(200);

export const meetingOutcomeSchema = recordMetaSchema.extend({
  id: idSchema,
  meetingId: idSchema,
  kind: outcomeKindSchema,
  title: z.string(),
  body: z.string(),
  owner: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  dueOn: z.string().nullable(),
  status: actionItemStatusSchema.nullable(),
  overdue: z.boolean(),
  proposalId: z.string().nullable(),
  milestoneId: z.string().nullable(),
  abilities: abilitiesSchema,
});
export type MeetingOutcomeView = z.infer<typeof meetingOutcomeSchema>;

export const createOutcomeInputSchema = z.object({
  kind: outcomeKindSchema,
  title: z.string().trim().min(1).max(300),
  body: z.string().max(20_000).default(''),
  ownerId: idSchema.nullable().optional(),
  dueOn: isoDateSchema.nullable().optional(),
  proposalId: idSchema.nullable().optional(),
  milestoneId: idSchema.nullable().optional(),
  visibility: visibilitySchema.optional(),
  classification: classificationSchema.optional(),
});

export const updateOutcomeInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    body: z.string().max(20_000),
    ownerId: idSchema.nullable(),
    dueOn: isoDateSchema.nullable(),
    status: actionItemStatusSchema,
  })
  .partial();

export const actionItemsQuerySchema = z.object({
  overdue: z.enum(['0', '1', 'true', 'false']).optional(),
});
