import type { Actor, RecordAccess } from '../access/actor.js';
import { canContribute, canSeeRecord } from '../access/access.policy.js';

export const canSeeMilestone = canSeeRecord;

/** Any member but an observer records milestones, never above their own clearance. */
export function canCreateMilestone(
  actor: Actor | null,
  groupId: string,
  classificationRank: number,
): boolean {
  return (
    !!actor &&
    canContribute(actor, groupId) &&
    classificationRank >= 0 &&
    classificationRank <= actor.clearanceRank
  );
}

/** A milestone is a fact of the shared agenda: whoever sees it and contributes may update its status. */
export function canEditMilestone(actor: Actor | null, milestone: RecordAccess): boolean {
  return !!actor && canSeeRecord(actor, milestone) && canContribute(actor, milestone.groupId);
}

/** Who sees a milestone is the writing party's call. */
export function canChangeMilestoneAccess(actor: Actor | null, milestone: RecordAccess): boolean {
  return canEditMilestone(actor, milestone) && actor?.party === milestone.party;
}
