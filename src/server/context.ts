import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db, DatabaseKind } from './db/database.js';
import type { EventBus } from './events/event-bus.js';
import { ResponseCache } from './http/response-cache.js';
import { SnapshotCache } from './http/snapshot-cache.js';
import type { Actor } from './modules/access/actor.js';

/** What every service function gets: the shared dependencies and who is asking. */
export interface AppDeps {
  db: Db;
  dbKind: DatabaseKind;
  config: Config;
  clock: Clock;
  events: EventBus;
  log: FastifyBaseLogger;
  /** See `DatabaseHandle.changeStamp`. */
  changeStamp(): Promise<string>;
  caches: ReadCaches;
}

/** A signed-in user as authenticated at some change stamp, with what decides when to look again. */
export interface CachedCredential {
  actor: Actor;
  /** The session's last-seen or the token's last-used time (ms): when it is due for an update, look again. */
  lastSeenMs: number;
  /** Idle or absolute end of the session, or the token's expiry (ms). */
  endsMs: number;
}

/** Reads reused while the database is unchanged (config.readCacheMs); one set per process. */
export interface ReadCaches {
  credentials: SnapshotCache<CachedCredential>;
  /** Serialised 200 answers of routes marked `readCache`, by user and URL. */
  responses: ResponseCache;
}

export function createReadCaches(ttlMs: number): ReadCaches {
  return {
    credentials: new SnapshotCache({ maxEntries: 10_000, maxBytes: 10_000 }),
    responses: new ResponseCache(new SnapshotCache({ maxEntries: 2_000, maxBytes: 64 * 1024 * 1024 }), ttlMs),
  };
}

export interface ServiceContext extends AppDeps {
  actor: Actor | null;
  requestId: string | null;
  ip: string | null;
}

export function classificationRank(config: Config, level: string): number {
  return config.classificationLevels.indexOf(level);
}
