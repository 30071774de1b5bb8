import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  createMilestoneInputSchema,
  listGroupMilestonesQuerySchema,
  listMilestonesQuerySchema,
  milestoneSchema,
  milestoneStatusSchema,
  updateMilestoneInputSchema,
  type Milestone,
} from '../../../core/contract/milestones.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import type { Actor } from '../access/actor.js';
import { canChangeMilestoneAccess, canEditMilestone } from './milestones.policy.js';
import type { MilestoneRow } from './milestones.repository.js';
import {
  accessOf,
  createMilestone,
  findGroupMilestones,
  findTrackMilestones,
  parseEvidence,
  readMilestone,
  updateMilestone,
} from './milestones.service.js';

export function presentMilestone(row: MilestoneRow, actor: Actor | null): Milestone {
  return {
    id: row.id,
    groupId: row.groupId,
    trackId: row.trackId,
    title: row.title,
    weight: Number(row.weight),
    status: milestoneStatusSchema.catch('planned').parse(row.status),
    targetDate: row.targetDate,
    achievedOn: row.achievedOn,
    reversedOn: row.reversedOn,
    evidence: parseEvidence(row.evidence),
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    author: { id: row.authorId, displayName: row.authorName },
    abilities: {
      edit: canEditMilestone(actor, accessOf(row)),
      changeAccess: canChangeMilestoneAccess(actor, accessOf(row)),
    },
  };
}

function etagOfMilestone(row: MilestoneRow): string {
  return etagOf('milestone', row.id, row.version);
}

export const milestoneRoutes: RouteModule = (app) => {
  app.get(
    '/tracks/:trackId/milestones',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ trackId: idSchema }),
        querystring: listMilestonesQuerySchema,
        response: { 200: listOf(milestoneSchema) },
      },
    },
    async (request) => {
      const rows = await findTrackMilestones(request.ctx, request.params.trackId, request.query);
      return { items: rows.map((r) => presentMilestone(r, request.ctx.actor)) };
    },
  );

  app.post(
    '/tracks/:trackId/milestones',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ trackId: idSchema }),
        body: createMilestoneInputSchema,
        response: { 201: milestoneSchema },
      },
    },
    async (request, reply) => {
      const row = await createMilestone(request.ctx, request.params.trackId, request.body);
      setEtag(reply, etagOfMilestone(row));
      return reply.code(201).send(presentMilestone(row, request.ctx.actor));
    },
  );

  app.get(
    '/groups/:groupId/milestones',
    {
      config: { readCache: true },
      schema: {
        tags: ['tracks'],
        params: z.object({ groupId: idSchema }),
        querystring: listGroupMilestonesQuerySchema,
        response: { 200: listOf(milestoneSchema) },
      },
    },
    async (request) => {
      const rows = await findGroupMilestones(request.ctx, request.params.groupId, request.query);
      return { items: rows.map((r) => presentMilestone(r, request.ctx.actor)) };
    },
  );

  app.get(
    '/milestones/:id',
    {
      schema: { tags: ['tracks'], params: z.object({ id: idSchema }), response: { 200: milestoneSchema } },
    },
    async (request, reply) => {
      const row = await readMilestone(request.ctx, request.params.id);
      setEtag(reply, etagOfMilestone(row));
      return presentMilestone(row, request.ctx.actor);
    },
  );

  app.patch(
    '/milestones/:id',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ id: idSchema }),
        body: updateMilestoneInputSchema,
        response: { 200: milestoneSchema },
      },
    },
    async (request, reply) => {
      const row = await updateMilestone(request.ctx, request.params.id, request.body, (current) =>
        checkIfMatch(request, etagOfMilestone(current)),
      );
      setEtag(reply, etagOfMilestone(row));
      return presentMilestone(row, request.ctx.actor);
    },
  );
};
