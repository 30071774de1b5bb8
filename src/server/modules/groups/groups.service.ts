import type { Role } from '../../../core/contract/common.js';
import type { z } from 'zod';
import type { createGroupInputSchema, updateGroupInputSchema } from '../../../core/contract/groups.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../access/actor.js';
import { roleIn } from '../access/access.policy.js';
import { findUserById } from '../users/users.repository.js';
import { canAddMember, canCreateGroup, canEditGroup, canSeeGroup } from './groups.policy.js';
import {
  findCoChairs,
  findGroup,
  listGroups,
  listMembers,
  parseJsonArray,
  type GroupRow,
} from './groups.repository.js';

export interface GroupView {
  row: GroupRow;
  coChairs: Record<string, string>;
}

function actorOf(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** The group, if the actor is a member of it; 404 otherwise (invisible and absent look the same). */
export async function requireMembership(
  ctx: ServiceContext,
  groupId: string,
): Promise<{ group: GroupRow; role: Role; actor: Actor }> {
  const actor = actorOf(ctx);
  const role = roleIn(actor, groupId);
  const group = role ? await findGroup(ctx.db, groupId) : undefined;
  if (!role || !group) throw notFound('group');
  return { group, role, actor };
}

export function groupParties(group: GroupRow): string[] {
  return parseJsonArray(group.parties);
}

async function withCoChairs(ctx: ServiceContext, rows: GroupRow[]): Promise<GroupView[]> {
  const chairs = await findCoChairs(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const coChairs: Record<string, string> = {};
    for (const c of chairs)
      if (c.groupId === row.id && c.party && !coChairs[c.party]) coChairs[c.party] = c.userId;
    return { row, coChairs };
  });
}

export async function findGroupsForActor(ctx: ServiceContext): Promise<GroupView[]> {
  const actor = actorOf(ctx);
  const rows = await listGroups(ctx.db, actor.isAdmin ? 'all' : [...actor.memberships.keys()]);
  return withCoChairs(ctx, rows);
}

export async function getGroup(ctx: ServiceContext, groupId: string): Promise<GroupView> {
  const actor = actorOf(ctx);
  const row = canSeeGroup(actor, groupId) ? await findGroup(ctx.db, groupId) : undefined;
  if (!row) throw notFound('group');
  const [view] = await withCoChairs(ctx, [row]);
  return view!;
}

export async function createGroup(
  ctx: ServiceContext,
  input: z.infer<typeof createGroupInputSchema>,
): Promise<GroupView> {
  const actor = actorOf(ctx);
  if (!canCreateGroup(actor)) throw forbidden('not_allowed', 'Only administrators create working groups');
  const levels = input.classificationLevels ?? ctx.config.classificationLevels;
  const unknown = levels.filter((l) => !ctx.config.classificationLevels.includes(l));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `Unknown classification levels: ${unknown.join(', ')}`, {
      details: {
        fields: [{ field: 'body.classificationLevels', message: 'must be levels of this deployment' }],
      },
    });
  }
  const parties = await ctx.db
    .selectFrom('parties')
    .select('code')
    .where('code', 'in', input.parties)
    .execute();
  const missing = input.parties.filter((p) => !parties.some((r) => r.code === p));
  if (missing.length > 0) {
    throw new AppError('validation_failed', `Unknown parties: ${missing.join(', ')}`, {
      details: { fields: [{ field: 'body.parties', message: `unknown: ${missing.join(', ')}` }] },
    });
  }
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('groups')
      .values({
        id,
        nameEn: input.name.en,
        nameKo: input.name.ko ?? null,
        mandate: input.mandate,
        parties: JSON.stringify(input.parties),
        noticePeriodDays: input.noticePeriodDays,
        clearanceRule: input.clearanceRule,
        classificationLevels: JSON.stringify(levels),
        note: null,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await tx.audit({
      action: 'group.create',
      recordKind: 'group',
      recordId: id,
      groupId: id,
      details: { name: input.name.en },
    });
  });
  return getGroup(ctx, id);
}

export async function updateGroup(
  ctx: ServiceContext,
  groupId: string,
  input: z.infer<typeof updateGroupInputSchema>,
  checkVersion: (current: GroupRow) => void,
): Promise<GroupView> {
  const actor = actorOf(ctx);
  const current = canSeeGroup(actor, groupId) ? await findGroup(ctx.db, groupId) : undefined;
  if (!current) throw notFound('group');
  if (!canEditGroup(actor, groupId))
    throw forbidden('not_allowed', 'Only a co-chair or an administrator edits the group');
  checkVersion(current);
  await inTransaction(ctx, async (tx) => {
    const result = await tx.trx
      .updateTable('groups')
      .set({
        ...(input.name ? { nameEn: input.name.en, nameKo: input.name.ko ?? null } : {}),
        ...(input.mandate !== undefined ? { mandate: input.mandate } : {}),
        ...(input.noticePeriodDays !== undefined ? { noticePeriodDays: input.noticePeriodDays } : {}),
        ...(input.clearanceRule !== undefined ? { clearanceRule: input.clearanceRule } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        version: current.version + 1,
        updatedAt: tx.nowIso,
      })
      .where('id', '=', groupId)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new AppError('precondition_failed', 'The group changed meanwhile; reload and try again', {
        status: 412,
      });
    }
    await tx.audit({
      action: 'group.update',
      recordKind: 'group',
      recordId: groupId,
      groupId,
      details: { fields: Object.keys(input) },
    });
  });
  return getGroup(ctx, groupId);
}

export async function findGroupMembers(ctx: ServiceContext, groupId: string) {
  const actor = actorOf(ctx);
  if (!canSeeGroup(actor, groupId) || !(await findGroup(ctx.db, groupId))) throw notFound('group');
  return listMembers(ctx.db, groupId);
}

export async function addGroupMember(
  ctx: ServiceContext,
  groupId: string,
  input: { userId: string; role: Role },
) {
  const actor = actorOf(ctx);
  const group = canSeeGroup(actor, groupId) ? await findGroup(ctx.db, groupId) : undefined;
  if (!group) throw notFound('group');
  const user = await findUserById(ctx.db, input.userId);
  if (!user) {
    throw new AppError('validation_failed', 'No such user', {
      details: { fields: [{ field: 'body.userId', message: 'no such user' }] },
    });
  }
  if (!canAddMember(actor, groupId, user.party)) {
    throw forbidden('not_allowed', 'Only an administrator, or a co-chair for their own party, adds members');
  }
  if (!user.party || !groupParties(group).includes(user.party)) {
    throw new AppError('party_not_in_group', 'The user belongs to no party of this group', { status: 409 });
  }
  await inTransaction(ctx, async (tx) => {
    const existing = await tx.trx
      .selectFrom('memberships')
      .select('role')
      .where('groupId', '=', groupId)
      .where('userId', '=', input.userId)
      .executeTakeFirst();
    if (existing) {
      await tx.trx
        .updateTable('memberships')
        .set({ role: input.role })
        .where('groupId', '=', groupId)
        .where('userId', '=', input.userId)
        .execute();
    } else {
      await tx.trx
        .insertInto('memberships')
        .values({ groupId, userId: input.userId, role: input.role, createdAt: tx.nowIso })
        .execute();
    }
    await tx.audit({
      action: existing ? 'member.role_change' : 'member.add',
      recordKind: 'user',
      recordId: input.userId,
      groupId,
      details: { role: input.role, previousRole: existing?.role ?? null },
    });
  });
  return listMembers(ctx.db, groupId);
}
