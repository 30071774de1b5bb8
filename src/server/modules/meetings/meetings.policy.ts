import type { Actor as CoreActor } from '../../../core/workflow/index.js';
import type { Actor, RecordAccess } from '../access/actor.js';
import { canContribute, canSeeRecord, roleIn } from '../access/access.policy.js';

export const canSeeMeeting = canSeeRecord;

/** Members who may write (not observers) plan meetings, set agendas, attendance and outcomes. */
export function canWriteMeeting(actor: Actor | null, meeting: RecordAccess): boolean {
  return !!actor && canSeeRecord(actor, meeting) && canContribute(actor, meeting.groupId);
}

/** A record written inside a meeting, never above the writer's clearance. */
export function canWriteAt(actor: Actor | null, groupId: string, classificationRank: number): boolean {
  return (
    !!actor &&
    canContribute(actor, groupId) &&
    classificationRank >= 0 &&
    classificationRank <= actor.clearanceRank
  );
}

/** The actor as the pure workflow rules see them; null when not a member with a party. */
export function toWorkflowActor(actor: Actor | null, groupId: string): CoreActor | null {
  const role = roleIn(actor, groupId);
  if (!actor || !role || !actor.party) return null;
  return { userId: actor.userId, party: actor.party, role };
}
