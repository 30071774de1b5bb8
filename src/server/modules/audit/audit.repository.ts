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
  groupVerifies,
  type ChainedFields,
  type LinkGroup,
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

const LINKS_SQL = `SELECT seq, id, prev_hash, hash, ${HASHED_TEXT_SQL} AS text FROM audit_log`;

/** Entries a group reads at once: large enough that the per-row cost of the driver disappears, small to re-read. */
const GROUP_SIZE = 1000;

/**
 * One group of up to GROUP_SIZE entries after `?` (in the range worker: up to the second `?`) as one row: count,
 * last seq, hashes, previous hashes, the hashed texts as bytes and their byte lengths. The aggregates read the
 * subquery's ordered rows; should SQLite ever feed them in another order, the group fails `groupVerifies` and is
 * read entry by entry, so order affects speed, never the answer.
 */
const sqliteGroupSql = (upTo: boolean) =>
  `SELECT count(*), max(seq), group_concat(hash, ''), group_concat(prev_hash, ''), CAST(group_concat(t, '') AS BLOB),
     group_concat(octet_length(t))
   FROM (SELECT seq, hash, prev_hash, ${HASHED_TEXT_SQL} AS t FROM audit_log
     WHERE seq > ?${upTo ? ' AND seq <= ?' : ''} ORDER BY seq LIMIT ${GROUP_SIZE})`;

type GroupRow = [number, number | null, string, string, Uint8Array, string];

const toGroup = ([count, lastSeq, hashes, prevHashes, texts, lengths]: GroupRow): LinkGroup | null =>
  count === 0 ? null : { count, lastSeq: lastSeq!, hashes, prevHashes, texts, lengths };

/**
 * Reads a SQLite chain in groups (`groupVerifies`) and one by one (`verifyBatch`, to name a break), straight from
 * better-sqlite3 as arrays (Kysely's row objects and the camel-case mapping cost more than the hashing).
 */
function linkReaders(sqlite: SQLiteDatabase): {
  group: (afterSeq: number) => LinkGroup | null;
  links: (afterSeq: number, limit: number) => StoredLink[];
} {
  const groups = sqlite.prepare(sqliteGroupSql(false)).raw();
  const links = sqlite.prepare(`${LINKS_SQL} WHERE seq > ? ORDER BY seq LIMIT ?`).raw();
  return {
    group: (afterSeq) => toGroup(groups.get(afterSeq) as GroupRow),
    links: (afterSeq, limit) =>
      (links.all(afterSeq, limit) as [number, string, string, string, string][]).map(
        ([seq, id, prevHash, hash, text]) => ({ seq, id, prevHash, hash, text }),
      ),
  };
}

/**
 * Walks the whole chain in order and names the first entry that does not fit. SQLite: in groups, in this thread or
 * (a long chain in a file) in worker threads; PostgreSQL: in the database, over several connections.
 */
export async function verifyAuditChain(
  db: Queryable,
  options: { parallelFrom?: number; threads?: number } = {},
): Promise<AuditVerification> {
  const parallelFrom = options.parallelFrom ?? PARALLEL_FROM;
  const threads = options.threads ?? Math.max(2, Math.min(os.availableParallelism(), 8));
  const sqlite = sqliteOf(db);
  if (!sqlite) return verifyInPostgres(db, parallelFrom, threads);
  if (!sqlite.memory) {
    const parallel = await verifyInParallel(sqlite, parallelFrom, threads);
    if (parallel) return parallel;
  }
  const read = linkReaders(sqlite);
  let prevHash = GENESIS_HASH;
  let afterSeq = -1;
  let entries = 0;
  for (let groups = 1; ; groups += 1) {
    const group = read.group(afterSeq);
    if (!group) break;
    if (groupVerifies(prevHash, group)) {
      prevHash = group.hashes.slice(-GENESIS_HASH.length);
    } else {
      const result = verifyBatch(prevHash, read.links(afterSeq, group.count));
      if (result.broken)
        return { ok: false, entries: entries + group.count, head: prevHash, firstBad: result.broken };
      prevHash = result.lastHash;
    }
    entries += group.count;
    afterSeq = group.lastSeq;
    // Let the server answer other requests now and then.
    if (groups % 20 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { ok: true, entries, head: prevHash, firstBad: null };
}

/**
 * PostgreSQL hashes (`sha256`, PostgreSQL 11+) and compares links (`lag`) itself: shipping each entry's text to
 * Node.js cost more than hashing it where it lies (215k entries/s against ~590k/s on one connection). From `parallelFrom`
 * entries the seq range is split over `threads` connections, which PostgreSQL serves on as many cores. Each range
 * starts from the stored hash of the entry before it, read in the same statement; the first break in seq order
 * is reported, a broken link before a wrong hash at the same entry, as `verifyBatch` does.
 */
async function verifyInPostgres(
  db: Queryable,
  parallelFrom: number,
  threads: number,
): Promise<AuditVerification> {
  const bounds = await db
    .selectFrom('auditLog')
    .select((eb) => [eb.fn.min('seq').as('lo'), eb.fn.max('seq').as('hi'), eb.fn.countAll<number>().as('n')])
    .executeTakeFirstOrThrow();
  if (bounds.lo === null || bounds.hi === null)
    return { ok: true, entries: 0, head: GENESIS_HASH, firstBad: null };
  const lo = Number(bounds.lo);
  const parts = Number(bounds.n) >= parallelFrom ? threads : 1;
  const span = Number(bounds.hi) - lo + 1;
  const edges = Array.from({ length: parts + 1 }, (_, i) => lo - 1 + Math.round((span * i) / parts));
  const ranges = await Promise.all(
    edges.slice(0, -1).map(async (from, i) => {
      // The hash is compared below the window, so that the window keeps narrow rows (it copies what it reads).
      const result = await sql<{ entries: number; badLink: number | null; badHash: number | null }>`
        SELECT count(*)::int AS entries,
          min(seq) FILTER (WHERE prev_hash <> before) AS bad_link,
          min(seq) FILTER (WHERE bad_hash) AS bad_hash
        FROM (
          SELECT seq, prev_hash, bad_hash,
            lag(hash, 1, coalesce(
              (SELECT hash FROM audit_log WHERE seq <= ${from} ORDER BY seq DESC LIMIT 1), ${GENESIS_HASH}::text
            )) OVER (ORDER BY seq) AS before
          FROM (
            SELECT seq, prev_hash, hash,
              encode(sha256(convert_to(${sql.raw(HASHED_TEXT_SQL)}, 'UTF8')), 'hex') <> hash AS bad_hash
            FROM audit_log WHERE seq > ${from} AND seq <= ${edges[i + 1]!} ORDER BY seq
          ) AS h
        ) AS e`.execute(db);
      return result.rows[0]!;
    }),
  );
  const entries = ranges.reduce((sum, r) => sum + r.entries, 0);
  const bad = ranges.find((r) => r.badLink !== null || r.badHash !== null);
  const hashBefore = async (seq: number) =>
    (
      await db
        .selectFrom('auditLog')
        .select('hash')
        .where('seq', '<', seq)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst()
    )?.hash ?? GENESIS_HASH;
  if (!bad) return { ok: true, entries, head: await hashBefore(Number(bounds.hi) + 1), firstBad: null };
  const [link, wrong] = [bad.badLink, bad.badHash].map((s) => (s === null ? Infinity : Number(s)));
  const seq = Math.min(link!, wrong!);
  const { id } = await db
    .selectFrom('auditLog')
    .select('id')
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();
  const reason = link === seq ? 'previous_hash_mismatch' : 'hash_mismatch';
  return { ok: false, entries, head: await hashBefore(seq), firstBad: { seq, id, reason } };
}

/** Below this many entries, starting threads (or splitting PostgreSQL's work) costs more than it saves. */
const PARALLEL_FROM = 100_000;

interface RangeResult {
  entries: number;
  lastHash: string;
  broken: ChainBreak | null;
}

// Runs in a worker thread: plain JavaScript (no TypeScript loader there), better-sqlite3 by its resolved path.
// Verifies the entries with from < seq <= to, starting from the stored hash of the entry before `from`, as
// verifyAuditChain does: a group at a time (groupVerifies, written out again here), entry by entry where a group
// does not verify.
const RANGE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const Database = require(workerData.driver);
const { file, from, to, genesis, groupSql, linksSql } = workerData;
const W = genesis.length;
const db = new Database(file, { readonly: true, fileMustExist: true });
const before = db.prepare('SELECT hash FROM audit_log WHERE seq <= ? ORDER BY seq DESC LIMIT 1').pluck().get(from);
const groups = db.prepare(groupSql).raw();
const links = db.prepare(linksSql + ' WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?').raw();
function groupVerifies(expected, n, hashes, prevs, texts, lengths) {
  if (hashes.length !== W * n || prevs !== expected + hashes.slice(0, W * (n - 1))) return false;
  const cut = lengths.split(',');
  if (cut.length !== n) return false;
  let offset = 0;
  for (let i = 0; i < n; i += 1) {
    const end = offset + Number(cut[i]);
    if (hash('sha256', texts.subarray(offset, end), 'hex') !== hashes.slice(W * i, W * (i + 1))) return false;
    offset = end;
  }
  return offset === texts.length;
}
let expected = before === undefined ? genesis : before;
let after = from;
let entries = 0;
let broken = null;
for (;;) {
  const [n, last, hashes, prevs, texts, lengths] = groups.get(after, to);
  if (n === 0) break;
  if (groupVerifies(expected, n, hashes, prevs, texts, lengths)) {
    expected = hashes.slice(-W);
  } else {
    for (const [seq, id, prevHash, stored, text] of links.all(after, to, n)) {
      const reason = prevHash !== expected
        ? 'previous_hash_mismatch'
        : hash('sha256', text, 'hex') !== stored ? 'hash_mismatch' : null;
      if (reason) { broken = { seq, id, reason }; break; }
      expected = stored;
    }
  }
  entries += n;
  if (broken) break;
  after = last;
}
db.close();
parentPort.postMessage({ entries, lastHash: expected, broken });
`;

/**
 * Hashing is independent per entry and only the links are sequential, so a long chain in a SQLite file is split
 * into `threads` seq ranges, each read through its own read-only connection in a worker thread; the first break in
 * seq order is the one reported. Null when the chain is too short to be worth it.
 */
async function verifyInParallel(
  sqlite: SQLiteDatabase,
  parallelFrom: number,
  threads: number,
): Promise<AuditVerification | null> {
  const bounds = sqlite
    .prepare('SELECT min(seq) AS lo, max(seq) AS hi, count(*) AS n FROM audit_log')
    .get() as {
    lo: number | null;
    hi: number | null;
    n: number;
  };
  if (bounds.lo === null || bounds.hi === null || bounds.n < parallelFrom) return null;
  const span = bounds.hi - bounds.lo + 1;
  const edges = Array.from(
    { length: threads + 1 },
    (_, i) => bounds.lo! - 1 + Math.round((span * i) / threads),
  );
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
              groupSql: sqliteGroupSql(true),
              linksSql: LINKS_SQL,
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
