import { refuse } from './workflow-types.js';
import type { Actor, Refusal, Role } from './workflow-types.js';

const ROLE_NAMES: Record<Role, string> = {
  co_chair: 'co-chair',
  delegate: 'delegate',
  staff: 'staff member',
  observer: 'observer',
};

/** Roles that may speak for their party: register, answer and carry out actions. */
export const SPEAKING_ROLES: readonly Role[] = ['co_chair', 'delegate'];

/** Roles that may share a draft statement for comment (the secretariat drafts readouts). */
export const DRAFTING_ROLES: readonly Role[] = ['co_chair', 'delegate', 'staff'];

export function describeRole(role: Role): string {
  return ROLE_NAMES[role];
}

/** "a co-chair or delegate", "the co-chair". */
function describeAllowed(allowed: readonly Role[]): string {
  if (allowed.length === 1 && allowed[0] === 'co_chair') return 'the co-chair';
  const names = allowed.map((role) => ROLE_NAMES[role]);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `a ${list}`;
}

/**
 * Refuses unless the actor holds one of the allowed roles. `doing` completes "can …",
 * e.g. "clear this proposal".
 */
export function requireRole(actor: Actor, allowed: readonly Role[], doing: string): Refusal | null {
  if (allowed.includes(actor.role)) return null;
  const onlyCoChair = allowed.length === 1 && allowed[0] === 'co_chair';
  return refuse(
    onlyCoChair ? 'not_co_chair' : 'role_not_allowed',
    `Only ${describeAllowed(allowed)} of ${actor.party} can ${doing}; you are a ${actor.party} ${describeRole(actor.role)}.`,
    403,
  );
}

/** Refuses an actor whose party is not one of the group's parties. */
export function requireGroupParty(actor: Actor, parties: readonly string[]): Refusal | null {
  if (parties.includes(actor.party)) return null;
  return refuse('not_a_party', `${actor.party} is not a party to this working group.`, 403);
}
