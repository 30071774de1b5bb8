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
export async function verifyAuditChain(db: Queryable, batchSize = 20_000): Promise<AuditVerification> {
  const read = linkReader(db);
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
