import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Database as SQLiteDatabase } from 'better-sqlite3';
import { sql } from 'kysely';
import { sqliteOf, type DatabaseKind, type Queryable, type Trx } from '../../db/database.js';
import {
  GENESIS_HASH,
  HASHED_TEXT_SQL,
  hashEntry,
  verifyBatch,
  type ChainBreak,
  type ChainedFields,
  type StoredLink,
} from './audit-chain.js';

// Any number will do, as long as every writer of the chain takes the same lock.
const AUDIT_LOCK_KEY = 7_320_181;

/** Appends an entry to the chain inside the caller's transaction. */
export async function appendAuditEntry(trx: Trx, kind: DatabaseKind, fields: ChainedFields): Promise<void> {
  if (kind === 'postgres') {
    // Serialises appends across connections and instances; released at commit.
    await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  }
  const last = await trx
    .selectFrom('auditLog')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('auditLog')
    .values({ ...fields, prevHash, hash: hashEntry(prevHash, fields) })
    .execute();
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  head: string;
  firstBad: ChainBreak | null;
}

type LinkReader = (afterSeq: number, limit: number) => Promise<StoredLink[]>;

const LINKS_SQL = `SELECT seq, id, prev_hash, hash, ${HASHED_TEXT_SQL} AS text FROM audit_log`;

/**
 * Reads batches of links. On SQLite straight from better-sqlite3 as arrays (Kysely's row objects and the camel-case
 * mapping cost more than the hashing); on PostgreSQL through Kysely.
 */
function linkReader(db: Queryable): LinkReader {
  const sqlite = sqliteOf(db);
  if (sqlite) {
    const statement = sqlite.prepare(`${LINKS_SQL} WHERE seq > ? ORDER BY seq LIMIT ?`).raw();
    return (afterSeq, limit) => {
      const rows = statement.all(afterSeq, limit) as [number, string, string, string, string][];
      return Promise.resolve(
        rows.map(([seq, id, prevHash, hash, text]) => ({ seq, id, prevHash, hash, text })),
      );
    };
  }
  return async (afterSeq, limit) =>
    (
      await sql<StoredLink>`${sql.raw(LINKS_SQL)} WHERE seq > ${afterSeq} ORDER BY seq LIMIT ${limit}`.execute(
        db,
      )
    ).rows;
}

/** Walks the whole chain in order, in batches, and names the first entry that does not fit. */
export async function verifyAuditChain(
  db: Queryable,
  options: { batchSize?: number; parallelFrom?: number } = {},
): Promise<AuditVerification> {
  const sqlite = sqliteOf(db);
  if (sqlite && !sqlite.memory) {
    const parallel = await verifyInParallel(sqlite, options.parallelFrom ?? PARALLEL_FROM);
    if (parallel) return parallel;
  }
  const read = linkReader(db);
  const batchSize = options.batchSize ?? 20_000;
  let prevHash = GENESIS_HASH;
  let afterSeq = -1;
  let entries = 0;
  for (;;) {
    const rows = await read(afterSeq, batchSize);
    if (rows.length === 0) break;
    const result = verifyBatch(prevHash, rows);
    if (result.broken)
      return { ok: false, entries: entries + rows.length, head: prevHash, firstBad: result.broken };
    entries += rows.length;
    prevHash = result.lastHash;
    afterSeq = rows[rows.length - 1]!.seq;
    // Let the server answer other requests between batches.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { ok: true, entries, head: prevHash, firstBad: null };
}

/** Below this many entries, starting threads costs more than it saves. */
const PARALLEL_FROM = 100_000;

interface RangeResult {
  entries: number;
  lastHash: string;
  broken: ChainBreak | null;
}

// Runs in a worker thread: plain JavaScript (no TypeScript loader there), better-sqlite3 by its resolved path.
// Verifies the entries with from < seq <= to, starting from the stored hash of the entry before `from`.
const RANGE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.driver);
const { file, from, to, genesis, textSql } = workerData;
const db = new Database(file, { readonly: true, fileMustExist: true });
const before = db.prepare('SELECT hash FROM audit_log WHERE seq <= ? ORDER BY seq DESC LIMIT 1').pluck().get(from);
// The hashed text starts with the entry's prev_hash: hash and text are all a row brings; seq and id are read
// again only for a break.
const batch = db.prepare('SELECT seq, hash, ' + textSql + ' FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT 20000').raw();
const at = db.prepare('SELECT seq, id FROM audit_log WHERE seq > ? ORDER BY seq LIMIT 1');
let expected = before === undefined ? genesis : before;
let after = from;
let entries = 0;
let broken = null;
outer: for (;;) {
  const rows = batch.all(after, to);
  if (rows.length === 0) break;
  for (const row of rows) {
    entries += 1;
    const text = row[2];
    const reason = !text.startsWith(expected)
      ? 'previous_hash_mismatch'
      : hash('sha256', text, 'hex') !== row[1] ? 'hash_mismatch' : null;
    if (reason) {
      const { seq, id } = at.get(after);
      broken = { seq, id, reason };
      break outer;
    }
    expected = row[1];
    after = row[0];
  }
}
db.close();
parentPort.postMessage({ entries, lastHash: expected, broken });
`;

/**
 * Hashing is independent per entry and only the links are sequential, so a long chain in a SQLite file is split
 * into one seq range per core, each read through its own read-only connection; the first break in seq order is
 * the one reported. Null when the chain is too short to be worth it.
 */
async function verifyInParallel(
  sqlite: SQLiteDatabase,
  parallelFrom: number,
): Promise<AuditVerification | null> {
  const bounds = sqlite
    .prepare('SELECT min(seq) AS lo, max(seq) AS hi, count(*) AS n FROM audit_log')
    .get() as {
    lo: number | null;
    hi: number | null;
    n: number;
  };
  if (bounds.lo === null || bounds.hi === null || bounds.n < parallelFrom) return null;
  const parts = Math.max(2, Math.min(os.availableParallelism(), 8));
  const span = bounds.hi - bounds.lo + 1;
  const edges = Array.from({ length: parts + 1 }, (_, i) => bounds.lo! - 1 + Math.round((span * i) / parts));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const results = await Promise.all(
    edges.slice(0, -1).map(
      (from, i) =>
        new Promise<RangeResult>((resolve, reject) => {
          const worker = new Worker(RANGE_WORKER, {
            eval: true,
            workerData: {
              driver,
              file: sqlite.name,
              from,
              to: edges[i + 1],
              genesis: GENESIS_HASH,
              textSql: HASHED_TEXT_SQL,
            },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`audit verification thread exited with ${code}`));
          });
        }),
    ),
  );
  let entries = 0;
  for (const result of results) {
    entries += result.entries;
    if (result.broken) return { ok: false, entries, head: result.lastHash, firstBad: result.broken };
  }
  return { ok: true, entries, head: results[results.length - 1]!.lastHash, firstBad: null };
}

export interface AuditListFilter {
  groupId?: string | undefined;
  recordId?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

export async function listAuditEntries(db: Queryable, filter: AuditListFilter) {
  let q = db.selectFrom('auditLog').selectAll().orderBy('seq', 'desc').limit(filter.limit);
  if (filter.groupId) q = q.where('groupId', '=', filter.groupId);
  if (filter.recordId) q = q.where('recordId', '=', filter.recordId);
  if (filter.beforeSeq !== undefined) q = q.where('seq', '<', filter.beforeSeq);
  return q.execute();
}
