import { DRAFTING_ROLES } from '../../../core/workflow/index.js';
import type { Actor, RecordAccess } from '../access/actor.js';
import { canContribute, canSeeRecord, roleIn } from '../access/access.policy.js';

export const canSeeStatement = canSeeRecord;

/** Co-chairs, delegates and staff draft statements for their party. */
export function canDraftStatement(actor: Actor | null, groupId: string): boolean {
  const role = roleIn(actor, groupId);
  return role !== null && DRAFTING_ROLES.includes(role);
}

/**
 * A readout or announcement is edited by its party; a joint statement by any party's drafters, which is
 * why any edit of it withdraws the approvals.
 */
export function canEditStatement(
  actor: Actor | null,
  statement: RecordAccess & { kind: string; status: string },
): boolean {
  if (!actor || !canSeeRecord(actor, statement) || statement.status === 'published') return false;
  if (!canDraftStatement(actor, statement.groupId)) return false;
  return statement.kind === 'joint' || actor.party === statement.party;
}

export function canCommentOnStatement(actor: Actor | null, statement: RecordAccess): boolean {
  return !!actor && canSeeRecord(actor, statement) && canContribute(actor, statement.groupId);
}
