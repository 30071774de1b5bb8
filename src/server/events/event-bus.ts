import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { RecordAccess } from '../modules/access/actor.js';

/**
 * A change that clients may be told about. The stream never carries content: only what changed, so a client
 * refetches through the API, which applies the access rule again.
 */
export interface LiveEvent {
  type: string;
  groupId: string | null;
  recordKind: string | null;
  recordId: string | null;
  /** The record's access columns; the event reaches only those who may see the record. */
  access: RecordAccess | null;
  /** When set, the event reaches only these users (notifications). */
  userIds?: string[];
}

export type LiveEventListener = (event: LiveEvent) => void;

export interface EventBus {
  publish(events: LiveEvent[]): Promise<void>;
  subscribe(listener: LiveEventListener): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'lockstep_events';

/** One process: events go straight to the local subscribers. */
export function createLocalEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(events) {
      for (const event of events) emitter.emit('event', event);
      return Promise.resolve();
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    close() {
      emitter.removeAllListeners();
      return Promise.resolve();
    },
  };
}

/**
 * Several instances on one PostgreSQL: every event goes through NOTIFY, and each instance LISTENs and hands it
 * to its own subscribers, including the instance that published it.
 */
export async function createPostgresEventBus(pool: pg.Pool): Promise<EventBus> {
  const local = createLocalEventBus();
  let client: pg.PoolClient | null = null;
  let closed = false;

  const connect = async (): Promise<void> => {
    const c = await pool.connect();
    c.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        void local.publish([JSON.parse(message.payload) as LiveEvent]);
      } catch {
        // A malformed payload is dropped; it cannot come from us.
      }
    });
    c.on('error', () => {
      // Only the client still held is released: after close() it went back to the pool already.
      if (client !== c) return;
      client = null;
      c.release(true);
      if (!closed) setTimeout(() => void reconnect(), 500);
    });
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  // A lost listener (the database restarting) comes back by itself, retrying until it can connect again.
  const reconnect = async (): Promise<void> => {
    while (!closed) {
      try {
        await connect();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };
  await connect();

  return {
    async publish(events) {
      for (const event of events) {
        await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
      }
    },
    subscribe: local.subscribe,
    async close() {
      closed = true;
      const held = client;
      client = null;
      if (held) {
        await held.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
        held.release();
      }
      await local.close();
    },
  };
}
