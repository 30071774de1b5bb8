import { hash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash covers. */
export interface ChainedFields {
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  recordKind: string | null;
  recordId: string | null;
  groupId: string | null;
  requestId: string | null;
  ip: string | null;
  details: string;
}

/** JSON with object keys sorted at every depth, so that the same entry always serialises the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const SEPARATOR = '\u001f';

/**
 * The columns the hash covers, in order, joined by U+001F with NULL as the empty string. `hashEntry` builds that
 * text in JavaScript when appending; `HASHED_TEXT_SQL` has the database build the same text when verifying, so a
 * walk over millions of rows does not assemble millions of strings field by field.
 */
const HASHED_COLUMNS: readonly (readonly [column: string, field: keyof ChainedFields | 'prevHash'])[] = [
  ['prev_hash', 'prevHash'],
  ['id', 'id'],
  ['at', 'at'],
  ['actor_id', 'actorId'],
  ['actor_label', 'actorLabel'],
  ['action', 'action'],
  ['record_kind', 'recordKind'],
  ['record_id', 'recordId'],
  ['group_id', 'groupId'],
  ['request_id', 'requestId'],
  ['ip', 'ip'],
  ['details', 'details'],
];

/**
 * SQL for SQLite (3.44+) and PostgreSQL alike: the text `hashEntry` hashes, from one audit_log row. `concat_ws` builds
 * it in one allocation where a chain of `||` made eleven intermediate strings; it skips NULLs, hence the coalesce.
 */
export const HASHED_TEXT_SQL = `concat_ws('${SEPARATOR}', ${HASHED_COLUMNS.map(([column]) => `coalesce(${column}, '')`).join(', ')})`;

export function hashedText(prevHash: string, e: ChainedFields): string {
  const values: Record<string, string | null> = { ...e, prevHash };
  return HASHED_COLUMNS.map(([, field]) => values[field] ?? '').join(SEPARATOR);
}

export function hashEntry(prevHash: string, e: ChainedFields): string {
  return hash('sha256', hashedText(prevHash, e), 'hex');
}

export interface ChainBreak {
  seq: number;
  id: string;
  reason: 'hash_mismatch' | 'previous_hash_mismatch';
}

/** One stored entry as verification reads it: its position, its links and the text its hash covers. */
export interface StoredLink {
  seq: number;
  id: string;
  prevHash: string;
  hash: string;
  /** `hashedText` of the entry as stored (built by the database with `HASHED_TEXT_SQL`). */
  text: string;
}

/**
 * Consecutive entries as verification reads them in bulk: one row from the database for many entries, so that
 * reading costs per group rather than per entry. Hashes are fixed-width; the hashed texts are one run of UTF-8 bytes
 * cut by their byte lengths.
 */
export interface LinkGroup {
  count: number;
  lastSeq: number;
  /** The entries' stored hashes, concatenated. */
  hashes: string;
  /** The entries' stored previous hashes, concatenated. */
  prevHashes: string;
  /** The entries' hashed texts (`HASHED_TEXT_SQL`), concatenated, as UTF-8. */
  texts: Uint8Array;
  /** The byte length of each hashed text, comma-separated. */
  lengths: string;
}

const HASH_WIDTH = GENESIS_HASH.length;

/**
 * True when every entry of the group links to the one before it (the first to `prevHash`) and hashes to its stored
 * hash. False says only that something in the group does not fit (or the group is not as expected): read its
 * entries one by one with `verifyBatch` to name the entry. `RANGE_WORKER` in audit.repository.ts does the same.
 */
export function groupVerifies(prevHash: string, group: LinkGroup): boolean {
  const { count, hashes, texts } = group;
  // One comparison checks every link: entry i's previous hash is entry i-1's hash.
  if (hashes.length !== HASH_WIDTH * count) return false;
  if (group.prevHashes !== prevHash + hashes.slice(0, HASH_WIDTH * (count - 1))) return false;
  const lengths = group.lengths.split(',');
  if (lengths.length !== count) return false;
  let offset = 0;
  for (let i = 0; i < count; i += 1) {
    const end = offset + Number(lengths[i]);
    if (
      hash('sha256', texts.subarray(offset, end), 'hex') !==
      hashes.slice(HASH_WIDTH * i, HASH_WIDTH * (i + 1))
    )
      return false;
    offset = end;
  }
  return offset === texts.length;
}

/** Checks one batch of consecutive entries, given the hash the batch must start from. */
export function verifyBatch(
  prevHash: string,
  rows: readonly StoredLink[],
): { lastHash: string; broken: ChainBreak | null } {
  let expectedPrev = prevHash;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) {
      return {
        lastHash: expectedPrev,
        broken: { seq: row.seq, id: row.id, reason: 'previous_hash_mismatch' },
      };
    }
    // The text starts with the entry's own prev_hash, so an edited prev_hash also fails here.
    if (hash('sha256', row.text, 'hex') !== row.hash) {
      return { lastHash: expectedPrev, broken: { seq: row.seq, id: row.id, reason: 'hash_mismatch' } };
    }
    expectedPrev = row.hash;
  }
  return { lastHash: expectedPrev, broken: null };
}
