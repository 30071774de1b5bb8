import { z } from 'zod';
import { idSchema } from '../../../core/contract/common.js';
import {
  mergeTimelineEventInputSchema,
  splitTimelineEventInputSchema,
  splitTimelineEventResultSchema,
  timelineEventTransitionInputSchema,
  timelineItemSchema,
  timelineQuerySchema,
  timelineSchema,
  updateTimelineEventInputSchema,
} from '../../../core/contract/timeline.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import { findTimelineEvent } from './timeline.repository.js';
import {
  getTimeline,
  mergeTimelineEvents,
  readTimelineEvent,
  splitTimelineEvent,
  transitionTimelineEvent,
  updateTimelineEvent,
} from './timeline.service.js';

export const timelineRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/timeline',
    {
      schema: {
        tags: ['context'],
        params: z.object({ groupId: idSchema }),
        querystring: timelineQuerySchema,
        response: { 200: timelineSchema },
      },
    },
    async (request) => getTimeline(request.ctx, request.params.groupId, request.query),
  );

  app.get(
    '/timeline-events/:id',
    {
      schema: {
        tags: ['context'],
        params: z.object({ id: idSchema }),
        response: { 200: timelineItemSchema },
      },
    },
    async (request, reply) => {
      const item = await readTimelineEvent(request.ctx, request.params.id);
      const row = await findTimelineEvent(request.ctx.db, item.id);
      if (row) setEtag(reply, etagOf('timeline-event', row.id, row.version));
      return item;
    },
  );

  app.patch(
    '/timeline-events/:id',
    {
      schema: {
        tags: ['context'],
        summary:
          'Correct an extracted event (title, date, kind, place, people); a new date or place links it anew',
        params: z.object({ id: idSchema }),
        body: updateTimelineEventInputSchema,
        response: { 200: timelineItemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...item } = await updateTimelineEvent(
        request.ctx,
        request.params.id,
        request.body,
        (row) => checkIfMatch(request, etagOf('timeline-event', row.id, row.version)),
      );
      setEtag(reply, etagOf('timeline-event', item.id, version));
      return item;
    },
  );

  app.post(
    '/timeline-events/:id/transitions',
    {
      schema: {
        tags: ['context'],
        params: z.object({ id: idSchema }),
        body: timelineEventTransitionInputSchema,
        response: { 200: timelineItemSchema },
      },
    },
    async (request) => transitionTimelineEvent(request.ctx, request.params.id, request.body.action),
  );

  app.post(
    '/timeline-events/:id/merge',
    {
      schema: {
        tags: ['context'],
        summary:
          'Fold another event into this one (the same event reported twice): its sources join, it goes; If-Match on this one',
        params: z.object({ id: idSchema }),
        body: mergeTimelineEventInputSchema,
        response: { 200: timelineItemSchema },
      },
    },
    async (request, reply) => {
      const { version, ...item } = await mergeTimelineEvents(
        request.ctx,
        request.params.id,
        request.body.eventId,
        (row) => checkIfMatch(request, etagOf('timeline-event', row.id, row.version)),
      );
      setEtag(reply, etagOf('timeline-event', item.id, version));
      return item;
    },
  );

  app.post(
    '/timeline-events/:id/split',
    {
      schema: {
        tags: ['context'],
        summary:
          'Split a source off an event (it reports another): its sentences make a new candidate; If-Match on this one',
        params: z.object({ id: idSchema }),
        body: splitTimelineEventInputSchema,
        response: { 200: splitTimelineEventResultSchema },
      },
    },
    async (request, reply) => {
      const { event, split } = await splitTimelineEvent(
        request.ctx,
        request.params.id,
        request.body.sourceId,
        (row) => checkIfMatch(request, etagOf('timeline-event', row.id, row.version)),
      );
      const { version, ...item } = event;
      setEtag(reply, etagOf('timeline-event', item.id, version));
      return { event: item, split };
    },
  );
};
