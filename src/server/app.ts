import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import helmet from 'helmet';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './context.js';
import { installErrorHandler } from './http/error-handler.js';
import { refuseNulCharacters } from './http/no-nul.js';
import { installRequestContext } from './http/request-context.js';
import type { App } from './http/types.js';
import { routeModules } from './modules/index.js';
import { requestIds } from './ids.js';

export const BODY_LIMIT = 1024 * 1024;

const here = path.dirname(fileURLToPath(import.meta.url));

function findWebRoot(): string | null {
  for (const candidate of [path.resolve(here, '../../dist/web'), path.resolve(here, '../web')]) {
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from dist/web (default: when it exists). */
  serveWeb?: boolean;
}

/** Builds the whole HTTP application on the given dependencies; tests call `app.inject()` on it. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: BODY_LIMIT,
    genReqId: requestIds(),
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false } },
    // Bad URLs and over-long ids are refused by the router itself; they still get the contract's error shape.
    frameworkErrors: (error, _request, reply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      void (reply as unknown as FastifyReply).code(status).send({
        error: { code: status === 414 ? 'uri_too_long' : 'bad_url', message: 'The address is not valid' },
      });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(cookie);
  // Built once: @fastify/helmet rebuilds helmet (and re-parses the CSP) on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Charts and the design system set style attributes from script; no inline script is ever allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    );
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Lockstep API',
        version: '1',
        description: 'Coordination platform for a working group.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lockstep_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  installRequestContext(app, deps);
  refuseNulCharacters(app);
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeTable.push({ method, url: route.url });
  });
  app.decorate('routeTable', routeTable);

  app.get('/healthz', { schema: { hide: true } }, () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.db.selectFrom('parties').select('code').limit(1).execute();
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ error: { code: 'not_ready', message: 'The database is not reachable' } });
    }
  });

  await app.register(
    (api, _opts, done) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      for (const register of routeModules) register(typed, deps);
      done();
    },
    { prefix: '/api/v1' },
  );

  const webRoot = options.serveWeb === false ? null : findWebRoot();
  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && webRoot;
    if (wantsPage) {
      // Client-side routes: every deep link gets the app, which shows its own not-found page.
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webRoot);
    }
    return reply.code(404).send({ error: { code: 'not_found', message: 'No such resource' } });
  });

  return app;
}
