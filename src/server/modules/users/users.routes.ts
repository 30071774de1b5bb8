import { z } from 'zod';
import { listOf, partyCodeSchema } from '../../../core/contract/common.js';
import { forbidden, unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';
import type { ServiceContext } from '../../context.js';
import { createUser } from './users.service.js';

const userSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  party: z.string().nullable(),
  title: z.string().nullable(),
  clearance: z.string(),
  isAdmin: z.boolean(),
  isAuditor: z.boolean(),
});

const createUserBody = z.object({
  email: z.string().trim().min(3).max(254),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().min(12, 'must be at least 12 characters').max(1024),
  party: partyCodeSchema.nullable().default(null),
  agency: z.string().max(40).nullable().default(null),
  title: z.string().max(300).nullable().default(null),
  clearance: z.string().max(32).optional(),
  nameVariants: z.array(z.string().max(200)).max(20).default([]),
  isAdmin: z.boolean().default(false),
  isAuditor: z.boolean().default(false),
});

function requireAdmin(ctx: ServiceContext): void {
  if (!ctx.actor) throw unauthenticated();
  if (!ctx.actor.isAdmin) throw forbidden('not_admin', 'Only administrators manage accounts');
}

export const userRoutes: RouteModule = (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Accounts (administrators)',
        response: { 200: listOf(userSummarySchema) },
      },
    },
    async (request) => {
      requireAdmin(request.ctx);
      const rows = await request.ctx.db.selectFrom('users').selectAll().orderBy('email').execute();
      return {
        items: rows.map((u) => ({
          id: u.id,
          email: u.email,
          displayName: u.displayName,
          party: u.party,
          title: u.title,
          clearance: u.clearance,
          isAdmin: u.isAdmin === 1,
          isAuditor: u.isAuditor === 1,
        })),
      };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create an account (administrators)',
        body: createUserBody,
        response: { 201: userSummarySchema },
      },
    },
    async (request, reply) => {
      requireAdmin(request.ctx);
      const u = await createUser(request.ctx, request.body);
      return reply.code(201).send({
        id: u.id,
        email: u.email,
        displayName: u.displayName,
        party: u.party,
        title: u.title,
        clearance: u.clearance,
        isAdmin: u.isAdmin === 1,
        isAuditor: u.isAuditor === 1,
      });
    },
  );
};
