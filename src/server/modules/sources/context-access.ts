import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { RecordAccess } from '../access/actor.js';

/**
 * Everyone who may see `b` may see `a`. What a party-only or classified source produces may only lean on
 * records at most as restrictive as the source itself, so nothing more restricted leaks through it.
 */
export function isAtMostAsRestrictive(a: RecordAccess, b: RecordAccess): boolean {
  if (a.groupId !== b.groupId || a.classificationRank > b.classificationRank) return false;
  return a.visibility === 'shared' || (b.visibility !== 'shared' && a.party === b.party);
}

export function isSameAccess(a: RecordAccess, b: RecordAccess): boolean {
  return (
    a.groupId === b.groupId &&
    a.visibility === b.visibility &&
    a.party === b.party &&
    a.classificationRank === b.classificationRank
  );
}

/** `isAtMostAsRestrictive(row, access)` as a SQL condition on a table with the group-record columns. */
export function coveredBy(access: RecordAccess, table: string): RawBuilder<SqlBool> {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const partyClause =
    access.visibility === 'shared'
      ? sql<SqlBool>`${col('visibility')} = 'shared'`
      : sql<SqlBool>`(${col('visibility')} = 'shared' or ${col('party')} = ${access.party})`;
  return sql<SqlBool>`(${col('groupId')} = ${access.groupId} and ${partyClause} and ${col(
    'classificationRank',
  )} <= ${access.classificationRank})`;
}

export function accessOf(row: RecordAccess): RecordAccess {
  return {
    groupId: row.groupId,
    visibility: row.visibility,
    party: row.party,
    classificationRank: row.classificationRank,
  };
}
