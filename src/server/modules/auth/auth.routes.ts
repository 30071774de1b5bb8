import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  apiTokenSchema,
  changePasswordInputSchema,
  createdTokenSchema,
  createTokenInputSchema,
  loginInputSchema,
  meSchema,
  updateMeInputSchema,
  type Me,
} from '../../../core/contract/auth.js';
import { idSchema, listOf } from '../../../core/contract/common.js';
import type { AppDeps, ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';
import type { Actor } from '../access/actor.js';
import { findUserById, parseNameVariants } from '../users/users.repository.js';
import {
  buildActor,
  changePassword,
  createApiToken,
  listApiTokens,
  login,
  logout,
  revokeApiToken,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
} from './auth.service.js';

function setSessionCookie(reply: FastifyReply, deps: AppDeps, secret: string): void {
  void reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

async function presentMe(ctx: ServiceContext, actor: Actor): Promise<Me> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw unauthenticated();
  const agency = user.agencyId
    ? await ctx.db.selectFrom('agencies').select('code').where('id', '=', user.agencyId).executeTakeFirst()
    : undefined;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    nameVariants: parseNameVariants(user.nameVariants),
    party: user.party,
    agency: agency?.code ?? null,
    title: user.title,
    clearance: user.clearance,
    locale: user.locale === 'ko' ? 'ko' : 'en',
    timeZone: user.timeZone,
    isAdmin: user.isAdmin === 1,
    isAuditor: user.isAuditor === 1,
    memberships: [...actor.memberships].map(([groupId, role]) => ({ groupId, role })),
  };
}

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const authRoutes: RouteModule = (app, deps) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        security: [],
        body: loginInputSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { sessionSecret, user } = await login(request.ctx, request.body);
      setSessionCookie(reply, deps, sessionSecret);
      const actor = await buildActor(deps, user, { method: 'session', sessionId: '' });
      return presentMe(request.ctx, actor);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (request, reply) => {
      await logout(request.ctx);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get('/me', { schema: { tags: ['auth'], response: { 200: meSchema } } }, async (request) =>
    presentMe(request.ctx, requireActor(request.ctx)),
  );

  app.patch(
    '/me',
    { schema: { tags: ['auth'], body: updateMeInputSchema, response: { 200: meSchema } } },
    async (request) => {
      const actor = requireActor(request.ctx);
      const input = request.body;
      if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
        throw new AppError('validation_failed', 'Unknown time zone', {
          details: {
            fields: [{ field: 'body.timeZone', message: 'must be an IANA time zone such as Asia/Seoul' }],
          },
        });
      }
      await inTransaction(request.ctx, async (tx) => {
        await tx.trx
          .updateTable('users')
          .set({ ...input, updatedAt: tx.nowIso })
          .where('id', '=', actor.userId)
          .execute();
        await tx.audit({
          action: 'user.update_profile',
          recordKind: 'user',
          recordId: actor.userId,
          details: { fields: Object.keys(input) },
        });
      });
      return presentMe(request.ctx, actor);
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change the password; ends every other session',
        body: changePasswordInputSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { sessionSecret } = await changePassword(request.ctx, request.body);
      if (request.ctx.actor?.auth.method === 'session') setSessionCookie(reply, deps, sessionSecret);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/tokens',
    { schema: { tags: ['auth'], response: { 200: listOf(apiTokenSchema) } } },
    async (request) => ({
      items: await listApiTokens(request.ctx),
    }),
  );

  app.post(
    '/me/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token; shown once',
        body: createTokenInputSchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiToken(request.ctx, request.body)),
  );

  app.delete(
    '/me/tokens/:tokenId',
    { schema: { tags: ['auth'], params: z.object({ tokenId: idSchema }), response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeApiToken(request.ctx, request.params.tokenId);
      return reply.code(204).send(null);
    },
  );
};
