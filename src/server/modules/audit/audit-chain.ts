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

// A fixed field order instead of canonicalJson over the entry: verification runs over millions of rows.
export function hashEntry(prevHash: string, e: ChainedFields): string {
  const u = '\u001f';
  const text =
    prevHash +
    u +
    e.id +
    u +
    e.at +
    u +
    (e.actorId ?? '') +
    u +
    e.actorLabel +
    u +
    e.action +
    u +
    (e.recordKind ?? '') +
    u +
    (e.recordId ?? '') +
    u +
    (e.groupId ?? '') +
    u +
    (e.requestId ?? '') +
    u +
    (e.ip ?? '') +
    u +
    e.details;
  return hash('sha256', text, 'hex');
}

export interface ChainBreak {
  seq: number;
  id: string;
  reason: 'hash_mismatch' | 'previous_hash_mismatch';
}

/** Checks one batch of consecutive entries, given the hash the batch must start from. */
export function verifyBatch(
  prevHash: string,
  rows: readonly (ChainedFields & { seq: number; prevHash: string; hash: string })[],
): { lastHash: string; broken: ChainBreak | null } {
  let expectedPrev = prevHash;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) {
      return {
        lastHash: expectedPrev,
        broken: { seq: row.seq, id: row.id, reason: 'previous_hash_mismatch' },
      };
    }
    if (hashEntry(row.prevHash, row) !== row.hash) {
      return { lastHash: expectedPrev, broken: { seq: row.seq, id: row.id, reason: 'hash_mismatch' } };
    }
    expectedPrev = row.hash;
  }
  return { lastHash: expectedPrev, broken: null };
}
