import type { Actor } from '../access/actor.js';
import { roleIn } from '../access/access.policy.js';

/** Group metadata (name, parties, mandate) is seen by members, and by administrators who manage the group. */
export function canSeeGroup(actor: Actor | null, groupId: string): boolean {
  return !!actor && (actor.isAdmin || roleIn(actor, groupId) !== null);
}

export function canCreateGroup(actor: Actor | null): boolean {
  return !!actor?.isAdmin;
}

export function canEditGroup(actor: Actor | null, groupId: string): boolean {
  return !!actor && (actor.isAdmin || roleIn(actor, groupId) === 'co_chair');
}

/** Administrators add anyone; a co-chair adds people of their own party. */
export function canAddMember(actor: Actor | null, groupId: string, memberParty: string | null): boolean {
  if (!actor) return false;
  if (actor.isAdmin) return true;
  return roleIn(actor, groupId) === 'co_chair' && memberParty !== null && memberParty === actor.party;
}
