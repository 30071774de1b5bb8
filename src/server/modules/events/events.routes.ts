import { unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';
import type { LiveEvent } from '../../events/event-bus.js';
import type { Actor } from '../access/actor.js';
import { canSeeRecord } from '../access/access.policy.js';
import { authenticate, SESSION_COOKIE } from '../auth/auth.service.js';

const KEEPALIVE_MS = 20_000;
const REAUTH_MS = 60_000;

/** Whether a live event may reach this user: the same access rule as a read. */
export function mayReceive(actor: Actor, event: LiveEvent): boolean {
  if (event.userIds) return event.userIds.includes(actor.userId);
  if (event.access) return canSeeRecord(actor, event.access);
  return false;
}

export const eventRoutes: RouteModule = (app, deps) => {
  app.get(
    '/events',
    {
      schema: { tags: ['events'], summary: 'Server-sent events: what changed that you may see', hide: false },
    },
    (request, reply) => {
      let actor = request.ctx.actor;
      if (!actor) throw unauthenticated();
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      raw.write(`retry: 3000\n: connected\n\n`);
      let counter = 0;
      const unsubscribe = deps.events.subscribe((event) => {
        if (!actor || !mayReceive(actor, event)) return;
        counter += 1;
        const data = {
          type: event.type,
          groupId: event.groupId,
          recordKind: event.recordKind,
          recordId: event.recordId,
        };
        raw.write(`id: ${counter}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`);
      });
      const keepalive = setInterval(() => raw.write(': keepalive\n\n'), KEEPALIVE_MS);
      const bearer = request.headers.authorization?.replace(/^Bearer\s+/i, '');
      const sessionSecret = bearer ? undefined : request.cookies[SESSION_COOKIE];
      // Memberships and sessions change; the stream follows them and ends when the session does.
      const reauth = setInterval(() => {
        void authenticate(deps, { bearer, sessionSecret })
          .then((fresh) => {
            actor = fresh;
            if (!fresh) raw.end();
          })
          .catch(() => undefined);
      }, REAUTH_MS);
      const stop = () => {
        unsubscribe();
        clearInterval(keepalive);
        clearInterval(reauth);
      };
      raw.on('close', stop);
      raw.on('error', stop);
    },
  );
};
