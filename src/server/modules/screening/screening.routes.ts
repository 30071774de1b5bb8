import { z } from 'zod';
import { idSchema } from '../../../core/contract/common.js';
import { dispositionInputSchema, proposalScreeningSchema } from '../../../core/contract/screening.js';
import type { RouteModule } from '../../http/types.js';
import { presentScreening } from './screening.present.js';
import { dispositionHit, readProposalScreening, rescreenProposal } from './screening.service.js';

export const screeningRoutes: RouteModule = (app) => {
  app.get(
    '/proposals/:id/screening',
    {
      schema: {
        tags: ['screening'],
        params: z.object({ id: idSchema }),
        response: { 200: proposalScreeningSchema },
      },
    },
    async (request) => presentScreening(await readProposalScreening(request.ctx, request.params.id)),
  );

  app.post(
    '/proposals/:id/screening',
    {
      schema: {
        tags: ['screening'],
        params: z.object({ id: idSchema }),
        response: { 200: proposalScreeningSchema },
      },
    },
    async (request) => presentScreening(await rescreenProposal(request.ctx, request.params.id)),
  );

  app.post(
    '/screening-hits/:id/disposition',
    {
      schema: {
        tags: ['screening'],
        params: z.object({ id: idSchema }),
        body: dispositionInputSchema,
        response: { 200: proposalScreeningSchema },
      },
    },
    async (request) => presentScreening(await dispositionHit(request.ctx, request.params.id, request.body)),
  );
};
