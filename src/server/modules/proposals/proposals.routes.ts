import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  createProposalCommentInputSchema,
  createProposalInputSchema,
  proposalCommentSchema,
  proposalListQuerySchema,
  proposalSchema,
  proposalTransitionInputSchema,
  updateProposalInputSchema,
} from '../../../core/contract/proposals.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import { addProposalComment, findProposalComments } from './proposal-comments.service.js';
import {
  createProposal,
  findProposals,
  readProposal,
  transitionProposal,
  updateProposal,
} from './proposals.service.js';

const tags = ['consultations'];
const groupParams = z.object({ groupId: idSchema });
const idParams = z.object({ id: idSchema });

export const proposalRoutes: RouteModule = (app) => {
  app.get(
    '/groups/:groupId/proposals',
    {
      config: { readCache: true },
      schema: {
        tags,
        summary:
          'Proposals of the group you may see (filters: status, trackId, party, waitingOnMe=1, surprise=1)',
        params: groupParams,
        querystring: proposalListQuerySchema,
        response: { 200: listOf(proposalSchema) },
      },
    },
    async (request) => findProposals(request.ctx, request.params.groupId, request.query),
  );

  app.get(
    '/groups/:groupId/surprises',
    {
      config: { readCache: true },
      schema: {
        tags,
        summary: 'Actions recorded as taken without clearance',
        params: groupParams,
        response: { 200: listOf(proposalSchema) },
      },
    },
    async (request) => findProposals(request.ctx, request.params.groupId, { surprise: '1', limit: 200 }),
  );

  app.post(
    '/groups/:groupId/proposals',
    {
      schema: {
        tags,
        summary:
          'Register a planned action as a draft, or (reportUnilateral) record one taken without clearance',
        params: groupParams,
        body: createProposalInputSchema,
        response: { 201: proposalSchema },
      },
    },
    async (request, reply) => {
      const id = await createProposal(request.ctx, request.params.groupId, request.body);
      const { version, ...proposal } = await readProposal(request.ctx, id);
      setEtag(reply, etagOf('proposal', id, version));
      return reply.code(201).send(proposal);
    },
  );

  app.get(
    '/proposals/:id',
    { schema: { tags, params: idParams, response: { 200: proposalSchema } } },
    async (request, reply) => {
      const { version, ...proposal } = await readProposal(request.ctx, request.params.id);
      setEtag(reply, etagOf('proposal', proposal.id, version));
      return proposal;
    },
  );

  app.patch(
    '/proposals/:id',
    {
      schema: {
        tags,
        summary:
          'Edit; a change of items, counterparties or planned date after notice restarts the notice period',
        params: idParams,
        body: updateProposalInputSchema,
        response: { 200: proposalSchema },
      },
    },
    async (request, reply) => {
      await updateProposal(request.ctx, request.params.id, request.body, (current) =>
        checkIfMatch(request, etagOf('proposal', current.id, current.version)),
      );
      const { version, ...proposal } = await readProposal(request.ctx, request.params.id);
      setEtag(reply, etagOf('proposal', proposal.id, version));
      return proposal;
    },
  );

  app.post(
    '/proposals/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Take a workflow action; a refusal names why (code and message)',
        params: idParams,
        body: proposalTransitionInputSchema,
        response: { 200: proposalSchema },
      },
    },
    async (request, reply) => {
      await transitionProposal(request.ctx, request.params.id, request.body);
      const { version, ...proposal } = await readProposal(request.ctx, request.params.id);
      setEtag(reply, etagOf('proposal', proposal.id, version));
      return proposal;
    },
  );

  app.get(
    '/proposals/:id/comments',
    { schema: { tags, params: idParams, response: { 200: listOf(proposalCommentSchema) } } },
    async (request) => ({ items: await findProposalComments(request.ctx, request.params.id) }),
  );

  app.post(
    '/proposals/:id/comments',
    {
      schema: {
        tags,
        params: idParams,
        body: createProposalCommentInputSchema,
        response: { 201: proposalCommentSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addProposalComment(request.ctx, request.params.id, request.body)),
  );
};
