import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps, ServiceContext } from '../context.js';
import { authenticate, SESSION_COOKIE } from '../modules/auth/auth.service.js';
import { AppError, unauthenticated } from './errors.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
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
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    const bearer = bearerOf(request);
    const sessionSecret = bearer ? undefined : request.cookies[SESSION_COOKIE];
    const actor = request.url.startsWith('/api/')
      ? await authenticate(deps, { bearer, sessionSecret })
      : null;
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
  });
}

export function requireSignedIn(request: FastifyRequest): void {
  if (!request.ctx.actor) throw unauthenticated();
}
