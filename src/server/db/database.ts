import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /** PostgreSQL pool, for LISTEN/NOTIFY; null on SQLite. */
  pool: pg.Pool | null;
  /** The SQLite file, or null on PostgreSQL. */
  sqliteFile: string | null;
  /**
   * A value that differs whenever a write has been committed since it was last read, by this process or any
   * other. Read it *before* reading what it vouches for; then an equal stamp means nothing that read saw has changed.
   */
  changeStamp(): Promise<string>;
  close(): Promise<void>;
}

// Counts and sums come back as strings from pg for bigint/numeric; our ids and counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

const sqliteHandles = new WeakMap<Db, SQLite.Database>();

/** The better-sqlite3 connection behind a SQLite `Db`, for the few reads that bypass Kysely (chain verification). */
export function sqliteOf(db: Queryable): SQLite.Database | undefined {
  return sqliteHandles.get(db);
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every statement anew, which is a large share of a small query's cost. Its
 * connection only calls `prepare` and `close`, so it gets a view of the database that keeps the most recently used
 * statements (least recently used dropped first). Safe because the driver runs a statement to completion
 * synchronously (`all`/`run`); nothing here streams.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    const cached = cache.get(source);
    if (cached) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = sqlite.prepare(source);
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return statement;
  };
  return {
    prepare,
    close: () => {
      cache.clear();
      return sqlite.close();
    },
  } as unknown as SQLite.Database;
}

/**
 * Shares one database round trip among callers that arrive together. A caller never gets the answer of a read
 * that started before it called (that read could predate a write the caller already knows of): while one read is
 * running, every new caller waits for the single next one.
 */
export function coalesced<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current: Promise<T> = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

export function openDatabase(
  database: Config['database'],
  options: { poolSize?: number } = {},
): DatabaseHandle {
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, max: options.poolSize ?? 10 });
    // An idle client that errors (e.g. the server restarting) must not crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    return {
      db,
      kind: 'postgres',
      pool,
      sqliteFile: null,
      // The snapshot (xmin:xmax:in-progress ids) is the same exactly when the same transactions are visible: any
      // committed write, from any instance, moves xmax or leaves the in-progress list.
      changeStamp: coalesced(async () => {
        const { rows } = await pool.query<{ s: string }>('SELECT pg_current_snapshot()::text AS s');
        return rows[0]!.s;
      }),
      close: () => db.destroy(),
    };
  }
  if (database.file !== ':memory:') fs.mkdirSync(path.dirname(database.file), { recursive: true });
  const sqlite = new SQLite(database.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  sqliteHandles.set(db, sqlite);
  // total_changes() counts rows written through this connection (every write of this process); data_version
  // moves when another connection (the CLI, a second process) commits to the file.
  const ownChanges = sqlite.prepare('SELECT total_changes()').pluck();
  const otherChanges = sqlite.prepare('PRAGMA data_version').pluck();
  return {
    db,
    kind: 'sqlite',
    pool: null,
    sqliteFile: database.file,
    changeStamp: () => Promise.resolve(`${ownChanges.get() as number}:${otherChanges.get() as number}`),
    close: () => db.destroy(),
  };
}
