import { z } from 'zod';
import { idSchema } from '../../../core/contract/common.js';
import { notFound, unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';

const notificationSchema = z.object({
  id: z.string(),
  groupId: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  recordKind: z.string().nullable(),
  recordId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationRoutes: RouteModule = (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        querystring: z.object({
          unread: z.enum(['1', '0']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(notificationSchema), unreadCount: z.number() }) },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      if (!actor) throw unauthenticated();
      let q = request.ctx.db
        .selectFrom('notifications')
        .selectAll()
        .where('userId', '=', actor.userId)
        .orderBy('createdAt', 'desc')
        .limit(request.query.limit);
      if (request.query.unread === '1') q = q.where('readAt', 'is', null);
      const rows = await q.execute();
      const count = await request.ctx.db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('userId', '=', actor.userId)
        .where('readAt', 'is', null)
        .executeTakeFirstOrThrow();
      return { items: rows.map(({ userId: _u, ...n }) => n), unreadCount: Number(count.n) };
    },
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags: ['notifications'], params: z.object({ id: idSchema }), response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = request.ctx.actor;
      if (!actor) throw unauthenticated();
      const result = await request.ctx.db
        .updateTable('notifications')
        .set({ readAt: request.ctx.clock.now().toISOString() })
        .where('id', '=', request.params.id)
        .where('userId', '=', actor.userId)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw notFound('notification');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags: ['notifications'], response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = request.ctx.actor;
      if (!actor) throw unauthenticated();
      await request.ctx.db
        .updateTable('notifications')
        .set({ readAt: request.ctx.clock.now().toISOString() })
        .where('userId', '=', actor.userId)
        .where('readAt', 'is', null)
        .execute();
      return reply.code(204).send(null);
    },
  );
};
