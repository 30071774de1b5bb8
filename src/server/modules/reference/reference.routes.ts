import { listOf } from '../../../core/contract/common.js';
import { agencySchema, partySchema } from '../../../core/contract/groups.js';
import { unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';

export const referenceRoutes: RouteModule = (app) => {
  app.get(
    '/parties',
    { schema: { tags: ['reference'], response: { 200: listOf(partySchema) } } },
    async (request) => {
      if (!request.ctx.actor) throw unauthenticated();
      const rows = await request.ctx.db.selectFrom('parties').selectAll().orderBy('code').execute();
      return {
        items: rows.map((r) => ({
          code: r.code,
          name: { en: r.nameEn, ...(r.nameKo ? { ko: r.nameKo } : {}) },
          timeZone: r.timeZone,
        })),
      };
    },
  );

  app.get(
    '/agencies',
    { schema: { tags: ['reference'], response: { 200: listOf(agencySchema) } } },
    async (request) => {
      if (!request.ctx.actor) throw unauthenticated();
      const rows = await request.ctx.db
        .selectFrom('agencies')
        .selectAll()
        .orderBy('party')
        .orderBy('code')
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          party: r.party,
          code: r.code,
          name: { en: r.nameEn, ...(r.nameKo ? { ko: r.nameKo } : {}) },
        })),
      };
    },
  );
};
