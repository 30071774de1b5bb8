import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  createReadoutInputSchema,
  createStatementCommentInputSchema,
  createStatementInputSchema,
  readoutCompareQuerySchema,
  readoutComparisonSchema,
  statementCommentSchema,
  statementRecordSchema,
  statementSchema,
  statementsQuerySchema,
  statementTransitionInputSchema,
  updateStatementInputSchema,
} from '../../../core/contract/statements.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import { presentStatement } from './statements.present.js';
import type { listComments } from './statements.repository.js';
import {
  buildStatementRecord,
  compareMeetingReadouts,
  createMeetingReadout,
  findMeetingReadouts,
} from './readouts.service.js';
import {
  addStatementComment,
  createStatement,
  findStatementComments,
  findStatements,
  readStatement,
  transitionStatement,
  updateStatement,
} from './statements.service.js';

const tags = ['statements'];
const idParams = z.object({ id: idSchema });
const groupParams = z.object({ groupId: idSchema });

type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

function presentComment(c: CommentRow) {
  return {
    id: c.id,
    statementId: c.statementId,
    body: c.body,
    author: { id: c.authorId, displayName: c.authorName, party: c.authorParty },
    createdAt: c.createdAt,
  };
}

export const statementRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/statements',
    {
      config: { readCache: true },
      schema: {
        tags,
        params: groupParams,
        querystring: statementsQuerySchema,
        response: { 200: listOf(statementSchema) },
      },
    },
    async (request) => {
      const { rows, parties } = await findStatements(request.ctx, request.params.groupId, request.query);
      const now = request.ctx.clock.now();
      return { items: rows.map((r) => presentStatement(r, request.ctx.actor, parties, now)) };
    },
  );

  app.post(
    '/groups/:groupId/statements',
    {
      schema: {
        tags,
        summary:
          'Drafts a readout, joint statement or announcement; readouts and announcements start party-only',
        params: groupParams,
        body: createStatementInputSchema,
        response: { 201: statementSchema },
      },
    },
    async (request, reply) => {
      const { statement, parties } = await createStatement(request.ctx, request.params.groupId, request.body);
      setEtag(reply, etagOf('statement', statement.id, statement.version));
      return reply
        .code(201)
        .send(presentStatement(statement, request.ctx.actor, parties, request.ctx.clock.now()));
    },
  );

  app.get(
    '/groups/:groupId/statements/record',
    {
      schema: {
        tags,
        summary: 'Published statements in order: who published what first, and whether the partner saw it',
        params: groupParams,
        response: { 200: statementRecordSchema },
      },
    },
    async (request) => buildStatementRecord(request.ctx, request.params.groupId),
  );

  app.get(
    '/statements/:id',
    { schema: { tags, params: idParams, response: { 200: statementSchema } } },
    async (request, reply) => {
      const { statement, parties } = await readStatement(request.ctx, request.params.id);
      setEtag(reply, etagOf('statement', statement.id, statement.version));
      return presentStatement(statement, request.ctx.actor, parties, request.ctx.clock.now());
    },
  );

  app.patch(
    '/statements/:id',
    {
      schema: {
        tags,
        summary: 'Edits a statement; any edit of a joint statement withdraws its approvals',
        params: idParams,
        body: updateStatementInputSchema,
        response: { 200: statementSchema },
      },
    },
    async (request, reply) => {
      const { statement, parties } = await updateStatement(
        request.ctx,
        request.params.id,
        request.body,
        (current) => checkIfMatch(request, etagOf('statement', current.id, current.version)),
      );
      setEtag(reply, etagOf('statement', statement.id, statement.version));
      return presentStatement(statement, request.ctx.actor, parties, request.ctx.clock.now());
    },
  );

  app.post(
    '/statements/:id/transitions',
    {
      schema: {
        tags,
        summary: 'share_for_comment, approve (joint), clear, publish (never before releaseAt: 409 embargoed)',
        params: idParams,
        body: statementTransitionInputSchema,
        response: { 200: statementSchema },
      },
    },
    async (request, reply) => {
      const { statement, parties } = await transitionStatement(
        request.ctx,
        request.params.id,
        request.body.action,
      );
      setEtag(reply, etagOf('statement', statement.id, statement.version));
      return presentStatement(statement, request.ctx.actor, parties, request.ctx.clock.now());
    },
  );

  app.get(
    '/statements/:id/comments',
    { schema: { tags, params: idParams, response: { 200: listOf(statementCommentSchema) } } },
    async (request) => ({
      items: (await findStatementComments(request.ctx, request.params.id)).map(presentComment),
    }),
  );

  app.post(
    '/statements/:id/comments',
    {
      schema: {
        tags,
        params: idParams,
        body: createStatementCommentInputSchema,
        response: { 201: statementCommentSchema },
      },
    },
    async (request, reply) => {
      const comment = await addStatementComment(request.ctx, request.params.id, request.body.body);
      return reply.code(201).send(presentComment(comment));
    },
  );

  app.get(
    '/meetings/:id/readouts',
    { schema: { tags: ['sessions', ...tags], params: idParams, response: { 200: listOf(statementSchema) } } },
    async (request) => {
      const { rows, parties } = await findMeetingReadouts(request.ctx, request.params.id);
      const now = request.ctx.clock.now();
      return { items: rows.map((r) => presentStatement(r, request.ctx.actor, parties, now)) };
    },
  );

  app.post(
    '/meetings/:id/readouts',
    {
      schema: {
        tags: ['sessions', ...tags],
        summary: "Drafts the user's party's readout of the meeting (party-only until shared)",
        params: idParams,
        body: createReadoutInputSchema,
        response: { 201: statementSchema },
      },
    },
    async (request, reply) => {
      const { statement, parties } = await createMeetingReadout(request.ctx, request.params.id, request.body);
      setEtag(reply, etagOf('statement', statement.id, statement.version));
      return reply
        .code(201)
        .send(presentStatement(statement, request.ctx.actor, parties, request.ctx.clock.now()));
    },
  );

  app.get(
    '/meetings/:id/readouts/compare',
    {
      schema: {
        tags: ['sessions', ...tags],
        summary:
          "Compares two parties' latest readouts that you may see (409 readout_not_available otherwise)",
        params: idParams,
        querystring: readoutCompareQuerySchema,
        response: { 200: readoutComparisonSchema },
      },
    },
    async (request) =>
      compareMeetingReadouts(request.ctx, request.params.id, request.query.a, request.query.b),
  );
};
