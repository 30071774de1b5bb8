import { describe, expect, it } from 'vitest';
import {
  applyAgendaChange,
  applyMeetingAction,
  approveAgenda,
  availableMeetingActions,
  createMeetingState,
  MEETING_ACTIONS,
} from './meeting-machine.js';
import type { MeetingAction, MeetingState, MeetingStatus } from './meeting-machine.js';
import type { Actor, Role } from './workflow-types.js';

const who = (party: string, role: Role): Actor => ({ userId: `${party}-${role}`, party, role });
const KR_CHAIR = who('KR', 'co_chair');
const US_CHAIR = who('US', 'co_chair');
const STARTS = '2018-11-20T19:00:00.000Z';
const BEFORE = '2018-11-19T00:00:00Z';
const AFTER = '2018-11-20T21:00:00Z';

function must(state: MeetingState, action: MeetingAction, actor: Actor, at = AFTER): MeetingState {
  const outcome = applyMeetingAction(state, { action, actor, at });
  if (!outcome.ok) throw new Error(`${action}: ${outcome.code}`);
  return outcome.state;
}

function meetingIn(status: MeetingStatus): MeetingState {
  const planned = createMeetingState({ parties: ['KR', 'US'], startsAt: STARTS });
  if (status === 'planned') return planned;
  const agreed = must(must(planned, 'approve_agenda', KR_CHAIR, BEFORE), 'approve_agenda', US_CHAIR, BEFORE);
  if (status === 'agenda_agreed') return agreed;
  const held = must(agreed, 'mark_held', KR_CHAIR);
  return status === 'held' ? held : must(held, 'close', US_CHAIR);
}

const STATUSES: MeetingStatus[] = ['planned', 'agenda_agreed', 'held', 'closed'];
const MATRIX: Record<MeetingAction, string[]> = {
  approve_agenda: ['ok', 'already_approved', 'invalid_transition', 'meeting_closed'],
  mark_held: ['agenda_not_agreed', 'ok', 'invalid_transition', 'meeting_closed'],
  close: ['meeting_not_held', 'meeting_not_held', 'ok', 'meeting_closed'],
};
const NEXT: Record<MeetingAction, MeetingStatus> = {
  approve_agenda: 'planned',
  mark_held: 'held',
  close: 'closed',
};
const cases = MEETING_ACTIONS.flatMap((action) =>
  STATUSES.map((status, i) => ({ action, status, expected: MATRIX[action][i] ?? 'missing' })),
);

describe('meeting actions × statuses (by the US co-chair, after the start)', () => {
  it.each(cases)('$action on $status → $expected', ({ action, status, expected }) => {
    const outcome = applyMeetingAction(meetingIn(status), { action, actor: US_CHAIR, at: AFTER });
    if (expected === 'ok') expect(outcome.ok && outcome.state.status).toBe(NEXT[action]);
    else expect(outcome).toMatchObject({ ok: false, code: expected, status: 409 });
  });
});

describe('who may act on a meeting', () => {
  it.each([
    ['approve_agenda', 'planned', who('KR', 'delegate'), 'not_co_chair'],
    ['approve_agenda', 'planned', who('CN', 'co_chair'), 'not_a_party'],
    ['mark_held', 'agenda_agreed', who('US', 'staff'), 'not_co_chair'],
    ['close', 'held', who('KR', 'observer'), 'not_co_chair'],
    ['close', 'held', KR_CHAIR, 'ok'],
  ] as const)('%s on %s by %o → %s', (action, status, actor, expected) => {
    const outcome = applyMeetingAction(meetingIn(status), { action, actor, at: AFTER });
    if (expected === 'ok') expect(outcome.ok).toBe(true);
    else expect(outcome).toMatchObject({ ok: false, code: expected, status: 403 });
  });
});

describe('agenda agreement', () => {
  it('needs every party, three of them here, and names who is missing', () => {
    const planned = createMeetingState({ parties: ['KR', 'US', 'JP'], startsAt: STARTS });
    const kr = approveAgenda(planned, KR_CHAIR, BEFORE);
    expect(kr.ok && kr.state.status).toBe('planned');
    const held = applyMeetingAction(kr.ok ? kr.state : planned, {
      action: 'mark_held',
      actor: KR_CHAIR,
      at: AFTER,
    });
    expect(!held.ok && held.message).toBe('The agenda is not agreed yet; awaiting approval from US and JP.');
    const us = must(kr.ok ? kr.state : planned, 'approve_agenda', US_CHAIR, BEFORE);
    const jp = approveAgenda(us, who('JP', 'co_chair'), BEFORE);
    expect(jp.ok && jp.state.status).toBe('agenda_agreed');
    expect(jp.ok && jp.events.map((e) => e.type)).toEqual(['agenda_approved', 'agenda_agreed']);
  });

  it.each([
    ['agenda_agreed', ['KR', 'US']],
    ['planned', []],
  ] as const)('a change to a %s agenda needs agreement again', (status, withdrawn) => {
    const outcome = applyAgendaChange(meetingIn(status), BEFORE);
    expect(outcome.ok && outcome.state).toMatchObject({ status: 'planned', agendaApprovals: {} });
    expect(
      outcome.ok && outcome.events.flatMap((e) => (e.type === 'agenda_reopened' ? e.parties : [])),
    ).toEqual(withdrawn);
  });

  it('withdraws a partial approval too', () => {
    const partial = must(meetingIn('planned'), 'approve_agenda', KR_CHAIR, BEFORE);
    const outcome = applyAgendaChange(partial, BEFORE);
    expect(outcome.ok && outcome.state.agendaApprovals).toEqual({});
  });

  it.each([
    ['held', 'invalid_transition'],
    ['closed', 'meeting_closed'],
  ] as const)('refuses an agenda change once %s', (status, code) => {
    expect(applyAgendaChange(meetingIn(status), AFTER)).toMatchObject({ ok: false, code });
  });
});

describe('holding the meeting', () => {
  it.each([
    [BEFORE, 'meeting_not_started'],
    ['2018-11-20T18:59:59Z', 'meeting_not_started'],
    [STARTS, 'ok'],
  ])('marking held at %s → %s', (at, expected) => {
    const outcome = applyMeetingAction(meetingIn('agenda_agreed'), {
      action: 'mark_held',
      actor: KR_CHAIR,
      at,
    });
    if (expected === 'ok') expect(outcome.ok && outcome.state.heldAt).toBe(STARTS);
    else expect(outcome).toMatchObject({ ok: false, code: expected });
  });

  it('says when the meeting starts', () => {
    const outcome = applyMeetingAction(meetingIn('agenda_agreed'), {
      action: 'mark_held',
      actor: KR_CHAIR,
      at: BEFORE,
    });
    expect(!outcome.ok && outcome.message).toContain('starts at 20 November 2018, 19:00 UTC');
  });

  it.each([
    ['planned', KR_CHAIR, ['approve_agenda']],
    ['planned', who('KR', 'delegate'), []],
    ['agenda_agreed', US_CHAIR, ['mark_held']],
    ['held', US_CHAIR, ['close']],
    ['closed', US_CHAIR, []],
  ] as const)('on a %s meeting %o may %j', (status, actor, expected) => {
    expect(availableMeetingActions(meetingIn(status), actor, AFTER)).toEqual(expected);
  });
});
