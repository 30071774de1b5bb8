import { classificationRank, type ServiceContext } from '../../context.js';
import type { Queryable } from '../../db/database.js';
import type { Tx } from '../../db/unit-of-work.js';
import { newId } from '../../ids.js';
import type { RecordAccess } from '../access/actor.js';

export interface NotificationInput {
  /** Who should be told; anyone of them who may not see the record is dropped here. */
  userIds: string[];
  access: RecordAccess;
  kind: string;
  title: string;
  body: string;
  /** Path in the web app, e.g. /proposals/abc. */
  link: string | null;
  recordKind: string | null;
  recordId: string | null;
  email?: boolean;
  /** Once per key: a second notification with the same key is not created (reminders, deadlines). */
  dedupeKey?: string;
}

/** Members of the group who may see a record with this access, by the same rule as canSeeRecord. */
export async function findUsersWhoCanSee(ctx: ServiceContext, db: Queryable, access: RecordAccess) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select([
      'users.id',
      'users.email',
      'users.displayName',
      'users.party',
      'users.clearance',
      'users.locale',
      'memberships.role',
    ])
    .where('memberships.groupId', '=', access.groupId)
    .where('users.disabledAt', 'is', null)
    .execute();
  return rows.filter(
    (u) =>
      u.party !== null &&
      (access.visibility === 'shared' || u.party === access.party) &&
      classificationRank(ctx.config, u.clearance) >= access.classificationRank,
  );
}

/** In-app notifications and e-mail (through the outbox), in the caller's transaction. */
export async function notifyUsers(tx: Tx, input: NotificationInput): Promise<string[]> {
  const allowed = await findUsersWhoCanSee(tx.ctx, tx.trx, input.access);
  const recipients = allowed.filter((u) => input.userIds.includes(u.id));
  if (recipients.length === 0) return [];
  if (input.dedupeKey) {
    const seen = await tx.trx
      .selectFrom('outbox')
      .select('id')
      .where('dedupeKey', '=', `notification:${input.dedupeKey}`)
      .executeTakeFirst();
    if (seen) return [];
    // The marker row makes "once" hold across instances: the unique key refuses a second one.
    await tx.trx
      .insertInto('outbox')
      .values({
        id: newId(),
        kind: 'marker',
        payload: '{}',
        dedupeKey: `notification:${input.dedupeKey}`,
        availableAt: tx.nowIso,
        attempts: 0,
        lastError: null,
        lockedUntil: null,
        doneAt: tx.nowIso,
        createdAt: tx.nowIso,
      })
      .execute();
  }
  const publicUrl = tx.ctx.config.publicUrl;
  for (const user of recipients) {
    const id = newId();
    await tx.trx
      .insertInto('notifications')
      .values({
        id,
        userId: user.id,
        groupId: input.access.groupId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        link: input.link,
        recordKind: input.recordKind,
        recordId: input.recordId,
        createdAt: tx.nowIso,
        readAt: null,
      })
      .execute();
    if (input.email !== false) {
      await tx.trx
        .insertInto('outbox')
        .values({
          id: newId(),
          kind: 'email',
          payload: JSON.stringify({
            to: user.email,
            subject: `[Lockstep] ${input.title}`,
            text: `${input.body}\n\n${input.link ? `${publicUrl}${input.link}\n\n` : ''}— Lockstep`,
            notificationId: id,
          }),
          dedupeKey: `email:${id}`,
          availableAt: tx.nowIso,
          attempts: 0,
          lastError: null,
          lockedUntil: null,
          doneAt: null,
          createdAt: tx.nowIso,
        })
        .execute();
    }
  }
  tx.publish({
    type: 'notification',
    groupId: input.access.groupId,
    recordKind: input.recordKind,
    recordId: input.recordId,
    access: input.access,
    userIds: recipients.map((r) => r.id),
  });
  return recipients.map((r) => r.id);
}
