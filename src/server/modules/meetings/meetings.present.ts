import { DateTime } from 'luxon';
import type { AgendaItem, Meeting, MeetingAttendee } from '../../../core/contract/meetings.js';
import {
  availableMeetingActions,
  type MeetingState,
  type MeetingStatus,
} from '../../../core/workflow/index.js';
import type { Actor } from '../access/actor.js';
import { canWriteMeeting, toWorkflowActor } from './meetings.policy.js';
import type { AgendaItemRow, AttendeeRow, MeetingRow } from './meetings.repository.js';

const STATUSES: readonly MeetingStatus[] = ['planned', 'agenda_agreed', 'held', 'closed'];
const FORMATS = ['in_person', 'video', 'hybrid'] as const;

export function parseJsonObject(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
  } catch {
    return {};
  }
}

export function meetingStateOf(row: MeetingRow, parties: string[]): MeetingState {
  return {
    status: STATUSES.find((s) => s === row.status) ?? 'planned',
    parties,
    startsAt: row.startsAt,
    agendaApprovals: parseJsonObject(row.agendaApprovals),
    heldAt: row.heldAt,
    closedAt: row.closedAt,
  };
}

export function accessOf(row: {
  groupId: string;
  visibility: string;
  party: string;
  classificationRank: number;
}) {
  return {
    groupId: row.groupId,
    visibility: row.visibility,
    party: row.party,
    classificationRank: row.classificationRank,
  };
}

/** An instant as local time in a zone, ISO 8601 with the offset of that moment (DST included). */
export function formatInZone(instant: string, zone: string): string {
  return (
    DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toISO({ suppressMilliseconds: true }) ?? instant
  );
}

/** The meeting's start and end in the venue's zone and in each party's zone. */
export function computeLocalTimes(
  row: { startsAt: string; endsAt: string; timeZone: string },
  partyZones: Record<string, string>,
): Record<string, { start: string; end: string }> {
  const span = (zone: string) => ({
    start: formatInZone(row.startsAt, zone),
    end: formatInZone(row.endsAt, zone),
  });
  const out: Record<string, { start: string; end: string }> = { venue: span(row.timeZone) };
  for (const [party, zone] of Object.entries(partyZones)) out[party] = span(zone);
  return out;
}

export interface MeetingPresentContext {
  actor: Actor | null;
  parties: string[];
  partyZones: Record<string, string>;
  now: Date;
}

export function presentMeeting(row: MeetingRow, pc: MeetingPresentContext): Meeting {
  const state = meetingStateOf(row, pc.parties);
  const wf = toWorkflowActor(pc.actor, row.groupId);
  const actions = wf ? availableMeetingActions(state, wf, pc.now) : [];
  const writable = canWriteMeeting(pc.actor, accessOf(row));
  const open = state.status !== 'closed';
  return {
    id: row.id,
    groupId: row.groupId,
    round: row.round,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    venue: { city: row.venueCity, place: row.venuePlace },
    format: FORMATS.find((f) => f === row.format) ?? 'in_person',
    hostParty: row.hostParty,
    status: state.status,
    localTimes: computeLocalTimes(row, pc.partyZones),
    agendaApprovals: state.agendaApprovals,
    awaitingAgendaApproval: pc.parties.filter((p) => state.agendaApprovals[p] === undefined),
    heldAt: row.heldAt,
    closedAt: row.closedAt,
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: {
      approveAgenda: actions.includes('approve_agenda'),
      markHeld: actions.includes('mark_held'),
      close: actions.includes('close'),
      edit: writable && open,
      addAgendaItem: writable && (state.status === 'planned' || state.status === 'agenda_agreed'),
      setAttendees: writable && open,
      addOutcome: writable && open,
      writeReadout: writable,
    },
  };
}

export function presentAgendaItem(row: AgendaItemRow): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meetingId,
    position: row.position,
    title: row.title,
    trackId: row.trackId,
    proposalId: row.proposalId,
    presenterParty: row.presenterParty,
    notes: row.notes,
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentAttendee(row: AttendeeRow): MeetingAttendee {
  return {
    userId: row.userId,
    displayName: row.displayName,
    party: row.party,
    agency: row.agencyCode ? { code: row.agencyCode, name: row.agencyName ?? row.agencyCode } : null,
    title: row.title,
    roleAtMeeting: row.roleAtMeeting,
    present: Number(row.present) === 1,
  };
}
