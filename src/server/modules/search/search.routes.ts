import { z } from 'zod';
import { listOf } from '../../../core/contract/common.js';
import { searchResultSchema } from '../../../core/contract/documents.js';
import { unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';
import { searchTerms, searchVisible, snippetOf } from './search-index.js';

export const searchRoutes: RouteModule = (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text search over what the user may see',
        querystring: z.object({
          q: z.string().max(500),
          limit: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: { 200: listOf(searchResultSchema) },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      if (!actor) throw unauthenticated();
      const levels = request.ctx.config.classificationLevels;
      const hits = await searchVisible(
        request.ctx.db,
        request.ctx.dbKind,
        actor,
        request.query.q,
        request.query.limit,
      );
      const terms = searchTerms(request.query.q);
      return {
        items: hits.map((h) => ({
          kind: h.recordKind,
          id: h.recordId,
          groupId: h.groupId,
          title: h.title,
          snippet: snippetOf(h.body, terms),
          classification: levels[h.classificationRank] ?? 'UNKNOWN',
          visibility: h.visibility === 'party' ? ('party' as const) : ('shared' as const),
          party: h.party,
        })),
      };
    },
  );
};
