import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { conflict, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { requireMembership } from '../groups/groups.service.js';
import { accessOf } from './context-access.js';
import { canDecideContextPerson, canSeeContextPerson } from './sources.policy.js';
import { findContextPerson, listVisibleContextPeople, type ContextPersonRow } from './sources.repository.js';

export async function findContextPeople(ctx: ServiceContext, groupId: string) {
  const { actor } = await requireMembership(ctx, groupId);
  return listVisibleContextPeople(ctx.db, actor, groupId);
}

const TARGET = { confirm: 'confirmed', reject: 'rejected' } as const;

/** Confirms a person named in the sources (then known to later sources) or rejects a misreading. */
export async function transitionContextPerson(
  ctx: ServiceContext,
  id: string,
  action: 'confirm' | 'reject',
): Promise<ContextPersonRow> {
  if (!ctx.actor) throw unauthenticated();
  const actor = ctx.actor;
  const person = await findContextPerson(ctx.db, id);
  if (!person || !canSeeContextPerson(actor, person)) throw notFound('person');
  if (!canDecideContextPerson(actor, person))
    throw forbidden('not_allowed', 'Observers do not confirm or reject people');
  const next = TARGET[action];
  if (person.status === next) throw conflict(`person_already_${next}`, `The person is already ${next}`);
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .updateTable('contextPeople')
      .set({ status: next, decidedBy: actor.userId, decidedAt: tx.nowIso, updatedAt: tx.nowIso })
      .where('id', '=', id)
      .execute();
    await tx.audit({
      action: `person.${action}`,
      recordKind: 'person',
      recordId: id,
      groupId: person.groupId,
      details: { name: person.name, before: person.status, after: next },
    });
    tx.publish({
      type: 'person.updated',
      groupId: person.groupId,
      recordKind: 'person',
      recordId: id,
      access: accessOf(person),
    });
  });
  return (await findContextPerson(ctx.db, id))!;
}
