import type { Queryable } from '../../db/database.js';
import type { GroupsTable } from '../../db/tables.js';

export type GroupRow = GroupsTable;

export function findGroup(db: Queryable, id: string): Promise<GroupRow | undefined> {
  return db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listGroups(db: Queryable, ids: string[] | 'all'): Promise<GroupRow[]> {
  let q = db.selectFrom('groups').selectAll().orderBy('createdAt');
  if (ids !== 'all') {
    if (ids.length === 0) return Promise.resolve([]);
    q = q.where('id', 'in', ids);
  }
  return q.execute();
}

export function findCoChairs(db: Queryable, groupIds: string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['memberships.groupId', 'memberships.userId', 'users.party', 'memberships.createdAt'])
    .where('memberships.groupId', 'in', groupIds)
    .where('memberships.role', '=', 'co_chair')
    .orderBy('memberships.createdAt')
    .execute();
}

export function listMembers(db: Queryable, groupId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .leftJoin('agencies', 'agencies.id', 'users.agencyId')
    .select([
      'users.id as userId',
      'users.displayName',
      'users.email',
      'users.party',
      'users.title',
      'users.nameVariants',
      'agencies.code as agencyCode',
      'agencies.nameEn as agencyNameEn',
      'agencies.nameKo as agencyNameKo',
      'memberships.role',
    ])
    .where('memberships.groupId', '=', groupId)
    .orderBy('users.party')
    .orderBy('users.displayName')
    .execute();
}

export function parseJsonArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}
