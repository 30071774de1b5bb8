import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Role } from '../../../core/contract/common.js';
import type { Actor, RecordAccess } from './actor.js';

export function roleIn(actor: Actor | null, groupId: string): Role | null {
  return actor?.memberships.get(groupId) ?? null;
}

export function isMember(actor: Actor | null, groupId: string): boolean {
  return roleIn(actor, groupId) !== null;
}

/**
 * The access rule of the security model: a member of the record's group, of the writing party when the record
 * is party-only, cleared to its classification. Administrators get nothing extra here.
 */
export function canSeeRecord(actor: Actor | null, record: RecordAccess): boolean {
  if (!actor || actor.party === null || !isMember(actor, record.groupId)) return false;
  if (record.visibility !== 'shared' && record.party !== actor.party) return false;
  return record.classificationRank <= actor.clearanceRank;
}

/** Members who may write (not observers). */
export function canContribute(actor: Actor | null, groupId: string): boolean {
  const role = roleIn(actor, groupId);
  return role !== null && role !== 'observer';
}

/**
 * The same rule as `canSeeRecord`, as a SQL condition on a table with the group-record columns, so that a
 * list can never show what a direct read would refuse. `table` is the table name or alias in the query.
 */
export function visibleTo(actor: Actor | null, table: string): RawBuilder<SqlBool> {
  const groups = actor ? [...actor.memberships.keys()] : [];
  if (!actor || actor.party === null || groups.length === 0) return sql<SqlBool>`1 = 0`;
  const col = (name: string) => sql.ref(`${table}.${name}`);
  return sql<SqlBool>`(${col('groupId')} in (${sql.join(groups)}) and (${col('visibility')} = 'shared' or ${col(
    'party',
  )} = ${actor.party}) and ${col('classificationRank')} <= ${actor.clearanceRank})`;
}
