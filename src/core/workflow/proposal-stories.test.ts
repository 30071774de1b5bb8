import { describe, expect, it } from 'vitest';
import { clearanceStatus, partiesAwaitingAnswer, reminderDueAt } from './proposal-clearance.js';
import { applyProposalAction, isDraftVisibleTo, reportUnilateralState } from './proposal-machine.js';
import { createProposalState } from './proposal-types.js';
import type { ClearanceConditions, ClearanceRule, ProposalAction, ProposalState } from './proposal-types.js';
import type { Actor, Role } from './workflow-types.js';

const NONE: ClearanceConditions = { blockers: [] };
const who = (party: string, role: Role): Actor => ({ userId: `${party}-${role}`, party, role });
const KR_CHAIR = who('KR', 'co_chair');
const KR_DELEGATE = who('KR', 'delegate');
const US_CHAIR = who('US', 'co_chair');
const US_DELEGATE = who('US', 'delegate');
const JP_DELEGATE = who('JP', 'delegate');

function draft(rule: ClearanceRule, parties = ['KR', 'US'], noticePeriodDays = 14): ProposalState {
  return createProposalState({ proposingParty: 'KR', parties, clearanceRule: rule, noticePeriodDays });
}

function step(
  state: ProposalState,
  action: ProposalAction,
  actor: Actor,
  at: string,
  note?: string,
  conditions = NONE,
) {
  return applyProposalAction(state, { action, actor, at, note, conditions });
}

function must(state: ProposalState, action: ProposalAction, actor: Actor, at: string, note?: string) {
  const outcome = step(state, action, actor, at, note);
  if (!outcome.ok) throw new Error(`${action}: ${outcome.code} — ${outcome.message}`);
  return outcome;
}

describe('story: the railway survey under the concurrence rule', () => {
  it('goes from objection to cleared and carried out', () => {
    const notified = must(draft('concurrence'), 'notify', KR_DELEGATE, '2018-11-20T09:00:00Z');
    expect(notified.state.noticeEndsAt).toBe('2018-12-04T09:00:00.000Z');
    expect(notified.events).toEqual([
      {
        type: 'proposal_notified',
        party: 'KR',
        noticeEndsAt: '2018-12-04T09:00:00.000Z',
        at: '2018-11-20T09:00:00.000Z',
        by: 'KR-delegate',
      },
    ]);

    const acknowledged = must(notified.state, 'acknowledge', US_DELEGATE, '2018-11-20T15:00:00Z');
    const objected = must(
      acknowledged.state,
      'object',
      US_CHAIR,
      '2018-11-21T15:00:00Z',
      'Fuel for the trains',
    );
    expect(objected.events).toContainEqual(
      expect.objectContaining({ type: 'position_taken', stance: 'object' }),
    );

    const refused = step(objected.state, 'clear', KR_CHAIR, '2018-11-22T00:00:00Z');
    expect(refused).toMatchObject({ ok: false, code: 'standing_objection', status: 409 });
    expect(!refused.ok && refused.message).toContain('US has a standing objection');
    expect(!refused.ok && refused.message).toContain('Fuel for the trains');

    const early = step(objected.state, 'record_execution', KR_DELEGATE, '2018-11-22T00:00:00Z');
    expect(early).toMatchObject({ ok: false, code: 'proposal_not_cleared', status: 409 });

    const withdrawn = must(objected.state, 'withdraw_objection', US_CHAIR, '2018-11-23T00:00:00Z');
    expect(withdrawn.state.positions.US).toMatchObject({ stance: 'none', note: null });
    const stillWaiting = step(withdrawn.state, 'clear', KR_CHAIR, '2018-11-23T01:00:00Z');
    expect(stillWaiting).toMatchObject({ code: 'awaiting_concurrence' });
    expect(!stillWaiting.ok && stillWaiting.message).toContain('Awaiting concurrence from US');

    const concurred = must(withdrawn.state, 'concur', US_CHAIR, '2018-11-24T00:00:00Z');
    const cleared = must(concurred.state, 'clear', KR_CHAIR, '2018-11-24T02:00:00Z');
    expect(cleared.state).toMatchObject({ status: 'cleared', clearedAt: '2018-11-24T02:00:00.000Z' });

    const executed = must(cleared.state, 'record_execution', KR_DELEGATE, '2018-11-30T00:00:00Z');
    expect(executed.state).toMatchObject({
      status: 'executed',
      executedAt: '2018-11-30T00:00:00.000Z',
      surprise: false,
    });
    expect(executed.events.map((e) => e.type)).toEqual(['proposal_executed']);
  });

  it('is held back by screening even when every party concurs', () => {
    const notified = must(draft('concurrence'), 'notify', KR_DELEGATE, '2018-11-20T09:00:00Z').state;
    const concurred = must(notified, 'concur', US_DELEGATE, '2018-11-21T09:00:00Z').state;
    const blockers = {
      blockers: [{ code: 'undispositioned_hit', message: '1 screening hit has no disposition' }],
    };
    const outcome = step(concurred, 'clear', KR_CHAIR, '2018-11-21T10:00:00Z', undefined, blockers);
    expect(outcome).toMatchObject({ ok: false, code: 'blocked_by_screening' });
    expect(!outcome.ok && outcome.message).toContain('1 screening hit has no disposition');
    expect(clearanceStatus(concurred, blockers, '2018-11-21T10:00:00Z')).toEqual({
      canClear: false,
      reasons: [{ code: 'blocked_by_screening', message: expect.stringContaining('no disposition') }],
    });
    expect(clearanceStatus(concurred, NONE, '2018-11-21T10:00:00Z')).toEqual({ canClear: true, reasons: [] });
  });
});

describe('notice rule: silence clears once the period runs out', () => {
  const notifiedAt = '2018-11-20T09:00:00Z';
  const notified = must(draft('notice', ['KR', 'US'], 7), 'notify', KR_DELEGATE, notifiedAt).state;
  const acknowledged = must(notified, 'acknowledge', US_DELEGATE, '2018-11-21T09:00:00Z').state;

  it.each([
    ['before acknowledgement', notified, '2018-11-28T09:00:00Z', 'awaiting_acknowledgement'],
    ['one second before the end', acknowledged, '2018-11-27T08:59:59Z', 'notice_period_running'],
    ['exactly at the end', acknowledged, '2018-11-27T09:00:00Z', 'ok'],
    ['well after the end', acknowledged, '2019-01-01T00:00:00Z', 'ok'],
  ] as const)('%s → %s', (_label, state, at, expected) => {
    const outcome = step(state, 'clear', KR_CHAIR, at);
    if (expected === 'ok') expect(outcome.ok).toBe(true);
    else expect(outcome).toMatchObject({ ok: false, code: expected });
  });

  it('names the end of the period when refusing', () => {
    const outcome = step(acknowledged, 'clear', KR_CHAIR, '2018-11-22T00:00:00Z');
    expect(!outcome.ok && outcome.message).toContain('runs until 27 November 2018, 09:00 UTC');
  });

  it('clears early when every party concurs', () => {
    const concurred = must(notified, 'concur', US_DELEGATE, '2018-11-21T00:00:00Z').state;
    expect(step(concurred, 'clear', KR_CHAIR, '2018-11-21T01:00:00Z').ok).toBe(true);
  });

  it('concerns do not hold clearance once the period is over, but an objection does', () => {
    const concerns = must(notified, 'raise_concerns', US_DELEGATE, '2018-11-21T00:00:00Z', 'Timing').state;
    expect(step(concerns, 'clear', KR_CHAIR, '2018-11-28T00:00:00Z').ok).toBe(true);
    const objection = must(notified, 'object', US_DELEGATE, '2018-11-21T00:00:00Z', 'No').state;
    expect(step(objection, 'clear', KR_CHAIR, '2018-11-28T00:00:00Z')).toMatchObject({
      code: 'standing_objection',
    });
  });

  it('lists every reason at once for display', () => {
    const blockers = { blockers: [{ code: 'true_match', message: 'a counterparty is on the 1718 list' }] };
    const status = clearanceStatus(notified, blockers, '2018-11-21T00:00:00Z');
    expect(status.canClear).toBe(false);
    expect(status.reasons.map((r) => r.code)).toEqual([
      'blocked_by_screening',
      'awaiting_acknowledgement',
      'notice_period_running',
    ]);
  });
});

describe('three-party group', () => {
  const parties = ['KR', 'US', 'JP'];
  const notified = must(draft('concurrence', parties), 'notify', KR_CHAIR, '2018-11-20T09:00:00Z').state;

  it('asks every other party and names those still awaited', () => {
    expect(Object.keys(notified.positions)).toEqual(['US', 'JP']);
    expect(partiesAwaitingAnswer(notified)).toEqual(['US', 'JP']);
    const usConcurs = must(notified, 'concur', US_DELEGATE, '2018-11-21T00:00:00Z').state;
    expect(partiesAwaitingAnswer(usConcurs)).toEqual(['JP']);
    const refused = step(usConcurs, 'clear', KR_CHAIR, '2018-11-21T01:00:00Z');
    expect(refused).toMatchObject({ code: 'awaiting_concurrence' });
    expect(!refused.ok && refused.message).toContain('from JP;');
    const all = must(usConcurs, 'concur', JP_DELEGATE, '2018-11-22T00:00:00Z').state;
    expect(step(all, 'clear', KR_CHAIR, '2018-11-22T01:00:00Z').ok).toBe(true);
  });

  it('names several objecting parties together', () => {
    const us = must(notified, 'object', US_DELEGATE, '2018-11-21T00:00:00Z', 'Sequencing').state;
    const both = must(us, 'object', JP_DELEGATE, '2018-11-21T00:00:00Z', 'Abductions first').state;
    const status = clearanceStatus(both, NONE, '2018-11-21T01:00:00Z');
    expect(status.reasons[0]?.message).toMatch(/^US and JP have a standing objection/);
    expect(status.reasons[0]?.message).toContain('JP: “Abductions first”');
  });

  it('lets a third party report a surprise about KR', () => {
    const outcome = step(
      notified,
      'report_unilateral',
      JP_DELEGATE,
      '2018-11-25T00:00:00Z',
      'Seen in the press',
    );
    expect(outcome.ok && outcome.state).toMatchObject({ status: 'executed', surprise: true });
    expect(outcome.ok && outcome.events).toEqual([
      {
        type: 'surprise_reported',
        party: 'JP',
        actingParty: 'KR',
        note: 'Seen in the press',
        at: '2018-11-25T00:00:00.000Z',
        by: 'JP-delegate',
      },
    ]);
  });
});

describe('partiesAwaitingAnswer and reminderDueAt', () => {
  it('under notice waits only for acknowledgement', () => {
    const notified = must(draft('notice'), 'notify', KR_DELEGATE, '2018-11-20T09:00:00Z').state;
    expect(partiesAwaitingAnswer(notified)).toEqual(['US']);
    expect(
      partiesAwaitingAnswer(must(notified, 'acknowledge', US_DELEGATE, '2018-11-21T00:00:00Z').state),
    ).toEqual([]);
  });

  it('under concurrence an acknowledgement alone is not an answer', () => {
    const notified = must(draft('concurrence'), 'notify', KR_DELEGATE, '2018-11-20T09:00:00Z').state;
    const acknowledged = must(notified, 'acknowledge', US_DELEGATE, '2018-11-21T00:00:00Z').state;
    expect(partiesAwaitingAnswer(acknowledged)).toEqual(['US']);
    expect(partiesAwaitingAnswer(draft('concurrence'))).toEqual([]);
  });

  it.each([
    [14, '2018-12-02T09:00:00.000Z'],
    [2, '2018-11-20T09:00:00.000Z'],
    [1, '2018-11-20T09:00:00.000Z'],
  ])('with %i notice days the reminder is due at %s', (days, expected) => {
    const notified = must(draft('notice', ['KR', 'US'], days), 'notify', KR_DELEGATE, '2018-11-20T09:00:00Z');
    expect(reminderDueAt(notified.state)).toBe(expected);
  });

  it('has no reminder before notice', () => {
    expect(reminderDueAt(draft('notice'))).toBeNull();
  });
});

describe('visibility and unilateral reports', () => {
  it.each([
    ['draft', 'KR', true],
    ['draft', 'US', false],
    ['notified', 'US', true],
    ['notified', 'CN', false],
  ] as const)('a %s proposal by KR is visible to %s: %s', (status, viewer, expected) => {
    const state =
      status === 'draft'
        ? draft('notice')
        : must(draft('notice'), 'notify', KR_DELEGATE, '2018-11-20T00:00:00Z').state;
    expect(isDraftVisibleTo(state, viewer)).toBe(expected);
  });

  it('creates a surprise record directly', () => {
    const outcome = reportUnilateralState({
      proposingParty: 'KR',
      parties: ['KR', 'US'],
      clearanceRule: 'concurrence',
      noticePeriodDays: 14,
      actor: US_CHAIR,
      at: new Date('2018-12-26T02:00:00Z'),
      note: 'Groundbreaking ceremony at Kaesong',
    });
    expect(outcome.ok && outcome.state).toMatchObject({
      status: 'executed',
      surprise: true,
      executedAt: '2018-12-26T02:00:00.000Z',
      notifiedAt: null,
    });
  });

  it('refuses a surprise report from a staff member', () => {
    const outcome = reportUnilateralState({
      proposingParty: 'KR',
      parties: ['KR', 'US'],
      clearanceRule: 'concurrence',
      noticePeriodDays: 14,
      actor: who('US', 'staff'),
      at: '2018-12-26T02:00:00Z',
    });
    expect(outcome).toMatchObject({ ok: false, code: 'role_not_allowed', status: 403 });
  });
});

describe('messages and input', () => {
  it.each([
    [KR_DELEGATE, 'clear', 'Only the co-chair of KR can clear this proposal; you are a KR delegate.'],
    [US_CHAIR, 'withdraw', 'Only KR, which proposed this action, can withdraw it; you act for US.'],
    [KR_CHAIR, 'concur', 'KR proposed this action; only US can concur with it.'],
  ] as const)('%o trying %s is told %j', (actor, action, message) => {
    const notified = must(draft('concurrence'), 'notify', KR_DELEGATE, '2018-11-20T00:00:00Z').state;
    expect(step(notified, action, actor, '2018-11-21T00:00:00Z')).toMatchObject({ message });
  });

  it.each(['2018-11-20T09:00:00', 'not a date'])('rejects the ambiguous time %j', (at) => {
    expect(() => step(draft('notice'), 'notify', KR_DELEGATE, at)).toThrow(RangeError);
  });

  it.each([
    [{ proposingParty: 'KP', parties: ['KR', 'US'] }],
    [{ proposingParty: 'KR', parties: ['KR'] }],
    [{ proposingParty: 'KR', parties: ['KR', 'US'], noticePeriodDays: -1 }],
  ])('refuses to set up an impossible proposal %o', (override) => {
    expect(() => createProposalState({ clearanceRule: 'notice', noticePeriodDays: 14, ...override })).toThrow(
      RangeError,
    );
  });
});
