import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import { forbidden, unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';
import type { ServiceContext } from '../../context.js';
import { listAuditEntries, verifyAuditChain } from './audit.repository.js';

const auditEntrySchema = z.object({
  seq: z.number(),
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  recordKind: z.string().nullable(),
  recordId: z.string().nullable(),
  groupId: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.unknown(),
  hash: z.string(),
});

function requireAuditor(ctx: ServiceContext): void {
  if (!ctx.actor) throw unauthenticated();
  if (!ctx.actor.isAuditor) throw forbidden('not_auditor', 'Only auditors read the audit log');
}

export const auditRoutes: RouteModule = (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        querystring: z.object({
          groupId: idSchema.optional(),
          recordId: idSchema.optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: listOf(auditEntrySchema) },
      },
    },
    async (request) => {
      requireAuditor(request.ctx);
      const rows = await listAuditEntries(request.ctx.db, {
        groupId: request.query.groupId,
        recordId: request.query.recordId,
        beforeSeq: request.query.before,
        limit: request.query.limit,
      });
      const last = rows[rows.length - 1];
      return {
        items: rows.map(({ prevHash: _p, details, ...r }) => ({
          ...r,
          details: JSON.parse(details) as unknown,
        })),
        nextCursor: rows.length === request.query.limit && last ? String(last.seq) : null,
      };
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify the whole hash chain',
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number(),
            head: z.string(),
            firstBad: z.object({ seq: z.number(), id: z.string(), reason: z.string() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      requireAuditor(request.ctx);
      return verifyAuditChain(request.ctx.db);
    },
  );
};
