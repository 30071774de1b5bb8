import type { Actor, RecordAccess } from '../access/actor.js';
import { canContribute, canSeeRecord } from '../access/access.policy.js';

export const canSeeTimelineEvent = canSeeRecord;

/** Any member but an observer who may see an event accepts it onto the timeline or rejects it. */
export function canDecideTimelineEvent(actor: Actor | null, event: RecordAccess): boolean {
  return !!actor && canSeeRecord(actor, event) && canContribute(actor, event.groupId);
}

export type TimelineEventAction = 'accept' | 'reject';

const TARGET: Record<TimelineEventAction, string> = { accept: 'accepted', reject: 'rejected' };

/** The status after `action`, or null when the event already has it. */
export function nextEventStatus(status: string, action: TimelineEventAction): string | null {
  return status === TARGET[action] ? null : TARGET[action];
}
