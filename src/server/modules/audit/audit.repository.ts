import { sql } from 'kysely';
import type { DatabaseKind, Queryable, Trx } from '../../db/database.js';
import { GENESIS_HASH, hashEntry, verifyBatch, type ChainBreak, type ChainedFields } from './audit-chain.js';

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

/** Walks the whole chain in order, in batches, and names the first entry that does not fit. */
export async function verifyAuditChain(db: Queryable, batchSize = 20_000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let afterSeq = -1;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom('auditLog')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    const result = verifyBatch(prevHash, rows);
    if (result.broken)
      return { ok: false, entries: entries + rows.length, head: prevHash, firstBad: result.broken };
    entries += rows.length;
    prevHash = result.lastHash;
    afterSeq = rows[rows.length - 1]!.seq;
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
