import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  contextPersonSchema,
  createSourceInputSchema,
  personTransitionInputSchema,
  sourceKindSchema,
  sourceSchema,
  sourceSummarySchema,
  updateSourceInputSchema,
} from '../../../core/contract/sources.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import { listVisibleEventIdsOfSources } from '../timeline/timeline.repository.js';
import { findContextPeople, transitionContextPerson } from './people.service.js';
import { presentContextPerson, presentSource } from './sources.present.js';
import { createSource, findSources, readSource, setSourcePublicationDate } from './sources.service.js';
import type { SourceRow } from './sources.repository.js';
import type { ServiceContext } from '../../context.js';

async function present(ctx: ServiceContext, source: SourceRow) {
  const events = ctx.actor ? await listVisibleEventIdsOfSources(ctx.db, ctx.actor, [source.id]) : new Map();
  return presentSource(source, events.get(source.id) ?? [], ctx.actor);
}

export const sourceRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/sources',
    {
      schema: {
        tags: ['context'],
        params: z.object({ groupId: idSchema }),
        querystring: z.object({ kind: sourceKindSchema.optional() }),
        response: { 200: listOf(sourceSummarySchema) },
      },
    },
    async (request) => {
      const { ctx } = request;
      const rows = await findSources(ctx, request.params.groupId, request.query);
      const events = await listVisibleEventIdsOfSources(
        ctx.db,
        ctx.actor!,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((r) => {
          const {
            text: _text,
            dates: _dates,
            ...summary
          } = presentSource(r, events.get(r.id) ?? [], ctx.actor);
          return summary;
        }),
      };
    },
  );

  app.post(
    '/groups/:groupId/sources',
    {
      schema: {
        tags: ['context'],
        summary: 'Add a news report, statement or transcript (pasted text, or an uploaded file’s content)',
        params: z.object({ groupId: idSchema }),
        body: createSourceInputSchema,
        response: { 201: sourceSchema },
      },
    },
    async (request, reply) => {
      const source = await createSource(request.ctx, request.params.groupId, request.body);
      setEtag(reply, etagOf('source', source.id, source.version));
      return reply.code(201).send(await present(request.ctx, source));
    },
  );

  app.get(
    '/sources/:id',
    { schema: { tags: ['context'], params: z.object({ id: idSchema }), response: { 200: sourceSchema } } },
    async (request, reply) => {
      const source = await readSource(request.ctx, request.params.id);
      setEtag(reply, etagOf('source', source.id, source.version));
      return present(request.ctx, source);
    },
  );

  app.patch(
    '/sources/:id',
    {
      schema: {
        tags: ['context'],
        summary: 'Give a source the publication date it lacked',
        params: z.object({ id: idSchema }),
        body: updateSourceInputSchema,
        response: { 200: sourceSchema },
      },
    },
    async (request, reply) => {
      const source = await setSourcePublicationDate(
        request.ctx,
        request.params.id,
        request.body.publishedAt,
        (current) => checkIfMatch(request, etagOf('source', current.id, current.version)),
      );
      setEtag(reply, etagOf('source', source.id, source.version));
      return present(request.ctx, source);
    },
  );

  app.get(
    '/groups/:groupId/people',
    {
      schema: {
        tags: ['context'],
        summary: 'People named in the group’s sources who are not members',
        params: z.object({ groupId: idSchema }),
        response: { 200: listOf(contextPersonSchema) },
      },
    },
    async (request) => {
      const rows = await findContextPeople(request.ctx, request.params.groupId);
      return { items: rows.map((r) => presentContextPerson(r, request.ctx.actor)) };
    },
  );

  app.post(
    '/people/:id/transitions',
    {
      schema: {
        tags: ['context'],
        params: z.object({ id: idSchema }),
        body: personTransitionInputSchema,
        response: { 200: contextPersonSchema },
      },
    },
    async (request) => {
      const person = await transitionContextPerson(request.ctx, request.params.id, request.body.action);
      return presentContextPerson(person, request.ctx.actor);
    },
  );
};
