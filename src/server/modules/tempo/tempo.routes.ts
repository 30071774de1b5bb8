import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  createTrackPairInputSchema,
  tempoQuerySchema,
  tempoSchema,
  trackPairSchema,
  updateTrackPairInputSchema,
  type TrackPair,
} from '../../../core/contract/tempo.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import type { Actor } from '../access/actor.js';
import type { GroupPair } from './tempo.compute.js';
import {
  canManageTrackPairs,
  createTrackPair,
  deleteTrackPair,
  findTrackPairs,
  getTempo,
  updateTrackPair,
} from './tempo.service.js';

function etagOfPair(row: GroupPair): string {
  return etagOf('track-pair', row.id, row.version);
}

export function presentTrackPair(row: GroupPair, actor: Actor | null): TrackPair {
  const canManage = canManageTrackPairs(actor, row.groupId);
  return {
    id: row.id,
    groupId: row.groupId,
    trackA: row.trackA,
    trackB: row.trackB,
    tolerance: Number(row.tolerance),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    etag: etagOfPair(row),
    abilities: { edit: canManage, delete: canManage },
  };
}

export const tempoRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/tempo',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ groupId: idSchema }),
        querystring: tempoQuerySchema,
        response: { 200: tempoSchema },
      },
    },
    async (request) => getTempo(request.ctx, request.params.groupId, request.query),
  );

  app.get(
    '/groups/:groupId/track-pairs',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ groupId: idSchema }),
        response: { 200: listOf(trackPairSchema) },
      },
    },
    async (request) => {
      const rows = await findTrackPairs(request.ctx, request.params.groupId);
      return { items: rows.map((r) => presentTrackPair(r, request.ctx.actor)) };
    },
  );

  app.post(
    '/groups/:groupId/track-pairs',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ groupId: idSchema }),
        body: createTrackPairInputSchema,
        response: { 201: trackPairSchema },
      },
    },
    async (request, reply) => {
      const row = await createTrackPair(request.ctx, request.params.groupId, request.body);
      setEtag(reply, etagOfPair(row));
      return reply.code(201).send(presentTrackPair(row, request.ctx.actor));
    },
  );

  app.patch(
    '/track-pairs/:id',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ id: idSchema }),
        body: updateTrackPairInputSchema,
        response: { 200: trackPairSchema },
      },
    },
    async (request, reply) => {
      const row = await updateTrackPair(request.ctx, request.params.id, request.body, (current) =>
        checkIfMatch(request, etagOfPair(current)),
      );
      setEtag(reply, etagOfPair(row));
      return presentTrackPair(row, request.ctx.actor);
    },
  );

  app.delete(
    '/track-pairs/:id',
    { schema: { tags: ['tracks'], params: z.object({ id: idSchema }), response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteTrackPair(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
