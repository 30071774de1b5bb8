import type { Actor, RecordAccess } from '../access/actor.js';
import { canContribute, canSeeRecord } from '../access/access.policy.js';

export const canSeeSource = canSeeRecord;
export const canSeeContextPerson = canSeeRecord;

/** Any member but an observer adds sources, never above their own clearance. */
export function canCreateSource(actor: Actor | null, groupId: string, classificationRank: number): boolean {
  return (
    !!actor &&
    canContribute(actor, groupId) &&
    classificationRank >= 0 &&
    classificationRank <= actor.clearanceRank
  );
}

/** The party that added a source completes it (its missing publication date). */
export function canEditSource(actor: Actor | null, source: RecordAccess): boolean {
  return (
    !!actor &&
    canSeeRecord(actor, source) &&
    canContribute(actor, source.groupId) &&
    actor.party === source.party
  );
}

/** Any member but an observer who may see a person named in the sources confirms or rejects them. */
export function canDecideContextPerson(actor: Actor | null, person: RecordAccess): boolean {
  return !!actor && canSeeRecord(actor, person) && canContribute(actor, person.groupId);
}
