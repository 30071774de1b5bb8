import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  goodsRulesQuerySchema,
  goodsRulesResultSchema,
  sanctionsImportResultSchema,
  sanctionsListVersionDetailSchema,
  sanctionsListVersionSchema,
  screenNamesInputSchema,
  screenNamesResultSchema,
} from '../../../core/contract/screening.js';
import {
  findGoodsMeasures,
  HsCodeError,
  requiresExemption,
} from '../../../core/goods/find-goods-measures.js';
import { AppError, unauthenticated } from '../../http/errors.js';
import type { RouteModule } from '../../http/types.js';
import { presentMeasure } from '../screening/screening.goods.js';
import { MAX_LIST_BYTES } from './sanctions.list-file.js';
import { findListVersions, importSanctionsList, readListVersion, screenNames } from './sanctions.service.js';

const XML_TYPES = ['application/xml', 'text/xml'];

/** The import route lives in its own scope: only it parses XML, and only it takes bodies up to 20 MB. */
function registerImportRoute(scope: FastifyInstance): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(
    XML_TYPES,
    { parseAs: 'string', bodyLimit: MAX_LIST_BYTES },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/sanctions/lists',
    {
      bodyLimit: MAX_LIST_BYTES,
      schema: {
        tags: ['screening'],
        description:
          'Imports a UN Security Council consolidated list (XML body, application/xml or text/xml).',
        response: { 200: sanctionsImportResultSchema, 201: sanctionsImportResultSchema },
      },
    },
    async (request, reply) => {
      if (!request.ctx.actor) throw unauthenticated();
      if (typeof request.body !== 'string') {
        throw new AppError('unsupported_media_type', 'Send the list as XML (application/xml or text/xml)', {
          status: 415,
        });
      }
      const result = await importSanctionsList(request.ctx, request.body);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );
}

export const sanctionsRoutes: RouteModule = (app) => {
  void app.register((scope, _opts, done) => {
    registerImportRoute(scope);
    done();
  });

  app.get(
    '/sanctions/lists',
    { schema: { tags: ['screening'], response: { 200: listOf(sanctionsListVersionSchema) } } },
    async (request) => ({ items: await findListVersions(request.ctx) }),
  );

  app.get(
    '/sanctions/lists/:id',
    {
      schema: {
        tags: ['screening'],
        params: z.object({ id: idSchema }),
        response: { 200: sanctionsListVersionDetailSchema },
      },
    },
    async (request) => readListVersion(request.ctx, request.params.id),
  );

  app.post(
    '/sanctions/screen',
    {
      schema: {
        tags: ['screening'],
        body: screenNamesInputSchema,
        response: { 200: screenNamesResultSchema },
      },
    },
    async (request) => screenNames(request.ctx, request.body),
  );

  app.get(
    '/sanctions/goods-rules',
    {
      schema: {
        tags: ['screening'],
        querystring: goodsRulesQuerySchema,
        response: { 200: goodsRulesResultSchema },
      },
    },
    async (request) => {
      if (!request.ctx.actor) throw unauthenticated();
      const { hsCode } = request.query;
      try {
        const measures = findGoodsMeasures(hsCode);
        return {
          hsCode,
          measures: measures.map(presentMeasure),
          requiresExemption: requiresExemption(measures),
        };
      } catch (error) {
        if (error instanceof HsCodeError) {
          throw new AppError('validation_failed', 'Some fields are not valid: query.hsCode', {
            details: { fields: [{ field: 'query.hsCode', message: error.message }] },
          });
        }
        throw error;
      }
    },
  );
};
