import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  actionItemsQuerySchema,
  agendaItemSchema,
  attendeesInputSchema,
  createAgendaItemInputSchema,
  createMeetingInputSchema,
  createOutcomeInputSchema,
  meetingAttendeeSchema,
  meetingDetailSchema,
  meetingOutcomeSchema,
  meetingSchema,
  meetingTransitionInputSchema,
  updateMeetingInputSchema,
  updateOutcomeInputSchema,
  type MeetingDetail,
} from '../../../core/contract/meetings.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import { buildGroupIcs, buildMeetingIcs, buildMinutesPdf } from './meetings.exports.js';
import { presentAgendaItem, presentAttendee, presentMeeting } from './meetings.present.js';
import {
  createMeeting,
  findMeetings,
  readMeeting,
  transitionMeeting,
  updateMeeting,
} from './meetings.service.js';
import { addAgendaItem, findAgendaItems, setAttendees } from './agenda.service.js';
import {
  addOutcome,
  findActionItems,
  findOutcomes,
  presentOutcome,
  updateOutcome,
} from './outcomes.service.js';
import { listAttendees } from './meetings.repository.js';

const tags = ['sessions'];
const meetingParams = z.object({ id: idSchema });
const groupParams = z.object({ groupId: idSchema });

function presentDetail(view: Awaited<ReturnType<typeof readMeeting>>): MeetingDetail {
  return {
    ...presentMeeting(view.meeting, view.pc),
    agenda: view.agenda.map(presentAgendaItem),
    attendees: view.attendees.map(presentAttendee),
  };
}

export const meetingRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/meetings',
    {
      config: { readCache: true },
      schema: { tags, params: groupParams, response: { 200: listOf(meetingSchema) } },
    },
    async (request) => {
      const { rows, pc } = await findMeetings(request.ctx, request.params.groupId);
      return { items: rows.map((r) => presentMeeting(r, pc)) };
    },
  );

  app.post(
    '/groups/:groupId/meetings',
    {
      schema: {
        tags,
        params: groupParams,
        body: createMeetingInputSchema,
        response: { 201: meetingDetailSchema },
      },
    },
    async (request, reply) => {
      const view = await createMeeting(request.ctx, request.params.groupId, request.body);
      setEtag(reply, etagOf('meeting', view.meeting.id, view.meeting.version));
      return reply.code(201).send(presentDetail(view));
    },
  );

  app.get(
    '/meetings/:id',
    { schema: { tags, params: meetingParams, response: { 200: meetingDetailSchema } } },
    async (request, reply) => {
      const view = await readMeeting(request.ctx, request.params.id);
      setEtag(reply, etagOf('meeting', view.meeting.id, view.meeting.version));
      return presentDetail(view);
    },
  );

  app.patch(
    '/meetings/:id',
    {
      schema: {
        tags,
        params: meetingParams,
        body: updateMeetingInputSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request, reply) => {
      const view = await updateMeeting(request.ctx, request.params.id, request.body, (current) =>
        checkIfMatch(request, etagOf('meeting', current.id, current.version)),
      );
      setEtag(reply, etagOf('meeting', view.meeting.id, view.meeting.version));
      return presentDetail(view);
    },
  );

  app.post(
    '/meetings/:id/transitions',
    {
      schema: {
        tags,
        summary: 'approve_agenda (each party co-chair), mark_held, close',
        params: meetingParams,
        body: meetingTransitionInputSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    async (request, reply) => {
      const view = await transitionMeeting(request.ctx, request.params.id, request.body.action);
      setEtag(reply, etagOf('meeting', view.meeting.id, view.meeting.version));
      return presentDetail(view);
    },
  );

  app.get(
    '/meetings/:id/agenda-items',
    { schema: { tags, params: meetingParams, response: { 200: listOf(agendaItemSchema) } } },
    async (request) => ({
      items: (await findAgendaItems(request.ctx, request.params.id)).map(presentAgendaItem),
    }),
  );

  app.post(
    '/meetings/:id/agenda-items',
    {
      schema: {
        tags,
        summary: 'Adds an agenda item; an agreed agenda needs agreement again',
        params: meetingParams,
        body: createAgendaItemInputSchema,
        response: { 201: agendaItemSchema },
      },
    },
    async (request, reply) => {
      const item = await addAgendaItem(request.ctx, request.params.id, request.body);
      return reply.code(201).send(presentAgendaItem(item));
    },
  );

  app.get(
    '/meetings/:id/attendees',
    { schema: { tags, params: meetingParams, response: { 200: listOf(meetingAttendeeSchema) } } },
    async (request) => {
      const { attendees } = await readMeeting(request.ctx, request.params.id);
      return { items: attendees.map(presentAttendee) };
    },
  );

  app.put(
    '/meetings/:id/attendees',
    {
      schema: {
        tags,
        summary: 'Replaces the attendance: [{userId, roleAtMeeting, present}]',
        params: meetingParams,
        body: attendeesInputSchema,
        response: { 200: listOf(meetingAttendeeSchema) },
      },
    },
    async (request) => {
      await setAttendees(request.ctx, request.params.id, request.body);
      return { items: (await listAttendees(request.ctx.db, request.params.id)).map(presentAttendee) };
    },
  );

  app.get(
    '/meetings/:id/outcomes',
    { schema: { tags, params: meetingParams, response: { 200: listOf(meetingOutcomeSchema) } } },
    async (request) => {
      const rows = await findOutcomes(request.ctx, request.params.id);
      const now = request.ctx.clock.now();
      return { items: rows.map((r) => presentOutcome(r, request.ctx.actor, now)) };
    },
  );

  app.post(
    '/meetings/:id/outcomes',
    {
      schema: {
        tags,
        params: meetingParams,
        body: createOutcomeInputSchema,
        response: { 201: meetingOutcomeSchema },
      },
    },
    async (request, reply) => {
      const row = await addOutcome(request.ctx, request.params.id, request.body);
      return reply.code(201).send(presentOutcome(row, request.ctx.actor, request.ctx.clock.now()));
    },
  );

  app.patch(
    '/outcomes/:id',
    {
      schema: {
        tags,
        summary: 'Edits an outcome; status (open, done, dropped) of an action item',
        params: meetingParams,
        body: updateOutcomeInputSchema,
        response: { 200: meetingOutcomeSchema },
      },
    },
    async (request) => {
      const row = await updateOutcome(request.ctx, request.params.id, request.body);
      return presentOutcome(row, request.ctx.actor, request.ctx.clock.now());
    },
  );

  app.get(
    '/groups/:groupId/action-items',
    {
      schema: {
        tags,
        summary: 'Action items of the group; overdue=1 for the open ones past their due date',
        params: groupParams,
        querystring: actionItemsQuerySchema,
        response: { 200: listOf(meetingOutcomeSchema) },
      },
    },
    async (request) => {
      const overdue = request.query.overdue === '1' || request.query.overdue === 'true';
      const rows = await findActionItems(request.ctx, request.params.groupId, { overdue });
      const now = request.ctx.clock.now();
      return { items: rows.map((r) => presentOutcome(r, request.ctx.actor, now)) };
    },
  );

  app.get(
    '/meetings/:id/calendar.ics',
    { schema: { tags, summary: 'The meeting as iCalendar, in the venue time zone', params: meetingParams } },
    async (request, reply) => {
      const ics = await buildMeetingIcs(request.ctx, request.params.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="meeting-${request.params.id}.ics"`)
        .send(ics);
    },
  );

  app.get(
    '/groups/:groupId/calendar.ics',
    {
      schema: { tags, summary: 'Every meeting of the group you may see, as iCalendar', params: groupParams },
    },
    async (request, reply) => {
      const ics = await buildGroupIcs(request.ctx, request.params.groupId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="group-${request.params.groupId}.ics"`)
        .send(ics);
    },
  );

  app.get(
    '/meetings/:id/minutes.pdf',
    {
      schema: {
        tags,
        summary:
          'Minutes (agenda, attendance, outcomes you may see), marked with their highest classification',
        params: meetingParams,
      },
    },
    async (request, reply) => {
      const pdf = await buildMinutesPdf(request.ctx, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="minutes-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
};
