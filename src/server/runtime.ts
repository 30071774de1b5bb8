import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { createReadCaches, type AppDeps, type ServiceContext } from './context.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createLocalEventBus, createPostgresEventBus, type EventBus } from './events/event-bus.js';

export interface Runtime {
  deps: AppDeps;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

export function createLogger(config: Config, destination?: pino.DestinationStream): FastifyBaseLogger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.token',
        '*.sessionSecret',
      ],
      censor: '[redacted]',
    },
  };
  return (destination ? pino(options, destination) : pino(options)) as unknown as FastifyBaseLogger;
}

/** Opens the database, migrates it and wires the shared dependencies (server, CLI and tests alike). */
export async function createRuntime(
  config: Config,
  options: { clock?: Clock; log?: FastifyBaseLogger; poolSize?: number; migrate?: boolean } = {},
): Promise<Runtime> {
  const handle = openDatabase(config.database, { poolSize: options.poolSize ?? 10 });
  try {
    if (options.migrate !== false) await migrateToLatest(handle);
    const events: EventBus = handle.pool ? await createPostgresEventBus(handle.pool) : createLocalEventBus();
    const deps: AppDeps = {
      db: handle.db,
      dbKind: handle.kind,
      config,
      clock: options.clock ?? systemClock,
      events,
      log: options.log ?? createLogger(config),
      changeStamp: () => handle.changeStamp(),
      caches: createReadCaches(config.readCacheMs),
    };
    return {
      deps,
      handle,
      async close() {
        await events.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A context for work the system does on its own (workers, demo loading, CLI). */
export function systemContext(deps: AppDeps): ServiceContext {
  return { ...deps, actor: null, requestId: null, ip: null };
}
