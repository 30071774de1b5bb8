import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  createExemptionRequestInputSchema,
  exemptionRequestSchema,
  updateExemptionRequestInputSchema,
} from '../../../core/contract/exemptions.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import { renderExemptionLetter } from './exemptions.pdf.js';
import { presentExemption } from './exemptions.present.js';
import {
  createExemptionRequest,
  findExemptionRequests,
  parseSections,
  readExemptionForDocument,
  updateExemptionRequest,
} from './exemptions.service.js';

export const exemptionRoutes: RouteModule = (app) => {
  app.get(
    '/proposals/:id/exemption-requests',
    {
      schema: {
        tags: ['exemptions'],
        params: z.object({ id: idSchema }),
        response: { 200: listOf(exemptionRequestSchema) },
      },
    },
    async (request) => {
      const views = await findExemptionRequests(request.ctx, request.params.id);
      return { items: views.map((v) => presentExemption(v, request.ctx.actor)) };
    },
  );

  app.post(
    '/proposals/:id/exemption-requests',
    {
      schema: {
        tags: ['exemptions'],
        params: z.object({ id: idSchema }),
        body: createExemptionRequestInputSchema,
        response: { 201: exemptionRequestSchema },
      },
    },
    async (request, reply) => {
      const view = await createExemptionRequest(request.ctx, request.params.id, request.body);
      setEtag(reply, etagOf('exemption-request', view.row.id, view.row.version));
      return reply.code(201).send(presentExemption(view, request.ctx.actor));
    },
  );

  app.patch(
    '/exemption-requests/:id',
    {
      schema: {
        tags: ['exemptions'],
        params: z.object({ id: idSchema }),
        body: updateExemptionRequestInputSchema,
        response: { 200: exemptionRequestSchema },
      },
    },
    async (request, reply) => {
      const view = await updateExemptionRequest(request.ctx, request.params.id, request.body, (current) =>
        checkIfMatch(request, etagOf('exemption-request', current.id, current.version)),
      );
      setEtag(reply, etagOf('exemption-request', view.row.id, view.row.version));
      return presentExemption(view, request.ctx.actor);
    },
  );

  app.get(
    '/exemption-requests/:id/document.pdf',
    { schema: { tags: ['exemptions'], params: z.object({ id: idSchema }) } },
    async (request, reply) => {
      const view = await readExemptionForDocument(request.ctx, request.params.id);
      const pdf = await renderExemptionLetter({
        partyName: view.partyName,
        proposalTitle: view.proposal.title,
        status: view.row.status,
        sections: parseSections(view.row.sections),
        date: (view.row.submittedAt ?? request.ctx.clock.now().toISOString()).slice(0, 10),
        marking: view.proposal.classification,
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="exemption-request-${view.row.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
