import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import { createTrackInputSchema, trackSchema, type Track } from '../../../core/contract/groups.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { conflict, forbidden } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';
import { newId } from '../../ids.js';
import { roleIn } from '../access/access.policy.js';
import { requireMembership } from '../groups/groups.service.js';
import type { TracksTable } from '../../db/tables.js';

export function presentTrack(row: TracksTable): Track {
  return {
    id: row.id,
    groupId: row.groupId,
    key: row.key,
    name: { en: row.nameEn, ...(row.nameKo ? { ko: row.nameKo } : {}) },
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const trackRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/tracks',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ groupId: idSchema }),
        response: { 200: listOf(trackSchema) },
      },
    },
    async (request) => {
      await requireMembership(request.ctx, request.params.groupId);
      const rows = await request.ctx.db
        .selectFrom('tracks')
        .selectAll()
        .where('groupId', '=', request.params.groupId)
        .orderBy('createdAt')
        .orderBy('key')
        .execute();
      return { items: rows.map(presentTrack) };
    },
  );

  app.post(
    '/groups/:groupId/tracks',
    {
      schema: {
        tags: ['tracks'],
        params: z.object({ groupId: idSchema }),
        body: createTrackInputSchema,
        response: { 201: trackSchema },
      },
    },
    async (request, reply) => {
      const { groupId } = request.params;
      const { actor } = await requireMembership(request.ctx, groupId);
      if (roleIn(actor, groupId) !== 'co_chair')
        throw forbidden('not_allowed', 'Only a co-chair adds tracks');
      const id = newId();
      const row = await inTransaction(request.ctx, async (tx) => {
        const existing = await tx.trx
          .selectFrom('tracks')
          .select('id')
          .where('groupId', '=', groupId)
          .where('key', '=', request.body.key)
          .executeTakeFirst();
        if (existing)
          throw conflict('track_exists', `A track with the key ${request.body.key} exists already`);
        const values: TracksTable = {
          id,
          groupId,
          key: request.body.key,
          nameEn: request.body.name.en,
          nameKo: request.body.name.ko ?? null,
          description: request.body.description,
          createdAt: tx.nowIso,
          updatedAt: tx.nowIso,
        };
        await tx.trx.insertInto('tracks').values(values).execute();
        await tx.audit({
          action: 'track.create',
          recordKind: 'track',
          recordId: id,
          groupId,
          details: { key: values.key },
        });
        tx.publish({
          type: 'track.created',
          groupId,
          recordKind: 'track',
          recordId: id,
          access: { groupId, visibility: 'shared', party: actor.party ?? '', classificationRank: 0 },
        });
        return values;
      });
      return reply.code(201).send(presentTrack(row));
    },
  );
};
