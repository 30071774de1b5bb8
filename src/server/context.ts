import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db, DatabaseKind } from './db/database.js';
import type { EventBus } from './events/event-bus.js';
import type { Actor } from './modules/access/actor.js';

/** What every service function gets: the shared dependencies and who is asking. */
export interface AppDeps {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  clock: Clock;
  events: EventBus;
  log: FastifyBaseLogger;
}

export interface ServiceContext extends AppDeps {
  actor: Actor | null;
  requestId: string | null;
  ip: string | null;
}

export function classificationRank(config: Config, level: string): number {
  return config.classificationLevels.indexOf(level);
}
