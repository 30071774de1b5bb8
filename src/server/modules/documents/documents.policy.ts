import type { Actor, RecordAccess } from '../access/actor.js';
import { canContribute, canSeeRecord } from '../access/access.policy.js';

export const canSeeDocument = canSeeRecord;

/** Any member but an observer writes papers, never above their own clearance. */
export function canCreateDocument(actor: Actor | null, groupId: string, classificationRank: number): boolean {
  return (
    !!actor &&
    canContribute(actor, groupId) &&
    classificationRank >= 0 &&
    classificationRank <= actor.clearanceRank
  );
}

/** A paper is edited by its writing party. */
export function canEditDocument(actor: Actor | null, doc: RecordAccess): boolean {
  return (
    !!actor && canSeeRecord(actor, doc) && canContribute(actor, doc.groupId) && actor.party === doc.party
  );
}
