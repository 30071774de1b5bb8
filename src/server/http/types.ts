import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps, ServiceContext } from '../context.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module's routes: registered under /api/v1 with the app's dependencies. */
export type RouteModule = (app: App, deps: AppDeps) => void;

declare module 'fastify' {
  interface FastifyRequest {
    ctx: ServiceContext;
  }
  interface FastifyInstance {
    /** Every route registered after the request context: the authorization matrix is generated from it. */
    routeTable: { method: string; url: string }[];
  }
}
