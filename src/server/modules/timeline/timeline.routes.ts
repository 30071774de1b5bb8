import { z } from 'zod';
import { idSchema } from '../../../core/contract/common.js';
import {
  timelineEventTransitionInputSchema,
  timelineItemSchema,
  timelineQuerySchema,
  timelineSchema,
} from '../../../core/contract/timeline.js';
import type { RouteModule } from '../../http/types.js';
import { getTimeline, readTimelineEvent, transitionTimelineEvent } from './timeline.service.js';

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
    async (request) => readTimelineEvent(request.ctx, request.params.id),
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
};
