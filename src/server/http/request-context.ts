import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps, ServiceContext } from '../context.js';
import { authenticate, SESSION_COOKIE } from '../modules/auth/auth.service.js';
import { AppError, unauthenticated } from './errors.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The 200 answer depends only on who asks, the URL, the database and the clock, and the handler writes
     * nothing (no audit entry, no header of its own): it may be served again while the database is unchanged,
     * for at most config.readCacheMs.
     */
    readCache?: boolean;
  }
}

/** Cacheable answers that missed: handed to the response cache once serialised (or given up on). */
const pendingStore = new WeakMap<FastifyRequest, (body: Buffer | null) => void>();
const PUBLIC_API = new Set(['/api/v1/auth/login']);

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/**
 * Authenticates every API request and gives it a service context. Cookie-authenticated unsafe requests must
 * come from our own origin (CSRF); bearer tokens are not sent by browsers on their own, so they need no check.
 */
export function installRequestContext(app: FastifyInstance, deps: AppDeps): void {
  const ownOrigin = new URL(deps.config.publicUrl).origin;
  app.decorateRequest('ctx', null as unknown as ServiceContext);
  const cacheMs = deps.config.readCacheMs;
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    const isApi = request.url.startsWith('/api/');
    if (isApi) void reply.header('cache-control', 'no-store'); // party-private and classified material
    const bearer = bearerOf(request);
    const sessionSecret = bearer ? undefined : request.cookies[SESSION_COOKIE];
    // Reads reuse what the database has not changed since; the stamp is read before anything it vouches for.
    const stamp =
      isApi &&
      cacheMs > 0 &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      (bearer || sessionSecret)
        ? await deps.changeStamp()
        : undefined;
    const actor = isApi ? await authenticate(deps, { bearer, sessionSecret }, stamp) : null;
    if (bearer && !actor) throw new AppError('invalid_token', 'The API token is not valid', { status: 401 });
    if (actor?.auth.method === 'session' && UNSAFE.has(request.method)) {
      const origin = request.headers.origin;
      const hostOrigin = request.headers.host ? `${request.protocol}://${request.headers.host}` : null;
      if (!origin || (origin !== ownOrigin && origin !== hostOrigin)) {
        throw new AppError('csrf_origin_mismatch', 'The request did not come from this site', {
          status: 403,
        });
      }
    }
    // Everything under /api/v1 but signing in needs a signed-in user, before the body is even validated.
    if (!actor && request.url.startsWith('/api/v1/') && !PUBLIC_API.has(request.url.split('?')[0]!)) {
      throw unauthenticated();
    }
    request.ctx = { ...deps, actor, requestId: request.id, ip: request.ip };
    if (actor && stamp !== undefined && request.method === 'GET' && request.routeOptions.config.readCache) {
      const key = `${actor.userId}\u0000${request.url}`;
      const found = await deps.caches.responses.lookup(key, stamp, deps.clock.now().getTime());
      if (found.body) return reply.type('application/json; charset=utf-8').send(found.body);
      pendingStore.set(request, found.finish);
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const finish = pendingStore.get(request);
    if (finish) {
      pendingStore.delete(request);
      finish(reply.statusCode === 200 && typeof payload === 'string' ? Buffer.from(payload) : null);
    }
    return payload;
  });
  // A request that ends without sending (the client went away) must not keep others waiting for its answer.
  const giveUp = async (request: FastifyRequest) => {
    pendingStore.get(request)?.(null);
    pendingStore.delete(request);
  };
  app.addHook('onRequestAbort', giveUp);
  app.addHook('onResponse', giveUp);
}

export function requireSignedIn(request: FastifyRequest): void {
  if (!request.ctx.actor) throw unauthenticated();
}
