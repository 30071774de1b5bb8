import type { Queryable } from '../../db/database.js';
import type { UsersTable } from '../../db/tables.js';

export type UserRow = UsersTable;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMemberships(db: Queryable, userId: string) {
  return db.selectFrom('memberships').select(['groupId', 'role']).where('userId', '=', userId).execute();
}

export function parseNameVariants(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
