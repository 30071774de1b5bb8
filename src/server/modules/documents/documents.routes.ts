import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  createDocumentInputSchema,
  documentKindSchema,
  documentSchema,
  documentSummarySchema,
  updateDocumentInputSchema,
  type LockstepDocument,
} from '../../../core/contract/documents.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import type { Actor } from '../access/actor.js';
import { canEditDocument } from './documents.policy.js';
import type { DocumentRow } from './documents.repository.js';
import { createDocument, findDocuments, readDocument, updateDocument } from './documents.service.js';

export function presentDocument(doc: DocumentRow, actor: Actor | null): LockstepDocument {
  return {
    id: doc.id,
    groupId: doc.groupId,
    title: doc.title,
    body: doc.body,
    kind: documentKindSchema.catch('other').parse(doc.kind),
    visibility: doc.visibility === 'party' ? 'party' : 'shared',
    party: doc.party,
    classification: doc.classification,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    author: { id: doc.authorId, displayName: doc.authorName },
    abilities: { edit: canEditDocument(actor, doc) },
  };
}

export const documentRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/documents',
    {
      config: { readCache: true },
      schema: {
        tags: ['documents'],
        params: z.object({ groupId: idSchema }),
        querystring: z.object({ kind: documentKindSchema.optional() }),
        response: { 200: listOf(documentSummarySchema) },
      },
    },
    async (request) => {
      const rows = await findDocuments(request.ctx, request.params.groupId, request.query);
      return {
        items: rows.map((r) => {
          const { body: _body, ...summary } = presentDocument(r, request.ctx.actor);
          return summary;
        }),
      };
    },
  );

  app.post(
    '/groups/:groupId/documents',
    {
      schema: {
        tags: ['documents'],
        params: z.object({ groupId: idSchema }),
        body: createDocumentInputSchema,
        response: { 201: documentSchema },
      },
    },
    async (request, reply) => {
      const doc = await createDocument(request.ctx, request.params.groupId, request.body);
      setEtag(reply, etagOf('document', doc.id, doc.version));
      return reply.code(201).send(presentDocument(doc, request.ctx.actor));
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: { tags: ['documents'], params: z.object({ id: idSchema }), response: { 200: documentSchema } },
    },
    async (request, reply) => {
      const doc = await readDocument(request.ctx, request.params.id);
      setEtag(reply, etagOf('document', doc.id, doc.version));
      return presentDocument(doc, request.ctx.actor);
    },
  );

  app.patch(
    '/documents/:id',
    {
      schema: {
        tags: ['documents'],
        params: z.object({ id: idSchema }),
        body: updateDocumentInputSchema,
        response: { 200: documentSchema },
      },
    },
    async (request, reply) => {
      const doc = await updateDocument(request.ctx, request.params.id, request.body, (current) =>
        checkIfMatch(request, etagOf('document', current.id, current.version)),
      );
      setEtag(reply, etagOf('document', doc.id, doc.version));
      return presentDocument(doc, request.ctx.actor);
    },
  );
};
