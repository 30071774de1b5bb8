import { describe, expect, it } from 'vitest';
import { applyMaterialEdit, isMaterialChange } from './proposal-edits.js';
import type { MaterialFields } from './proposal-edits.js';
import { applyProposalAction } from './proposal-machine.js';
import { createProposalState } from './proposal-types.js';
import type { ProposalAction, ProposalState } from './proposal-types.js';
import type { Actor } from './workflow-types.js';

const KR: Actor = { userId: 'lee', party: 'KR', role: 'co_chair' };
const US: Actor = { userId: 'biegun', party: 'US', role: 'co_chair' };

function run(state: ProposalState, action: ProposalAction, actor: Actor, at: string): ProposalState {
  const outcome = applyProposalAction(state, { action, actor, at, note: 'n', conditions: { blockers: [] } });
  if (!outcome.ok) throw new Error(outcome.code);
  return outcome.state;
}

const draft = createProposalState({
  proposingParty: 'KR',
  parties: ['KR', 'US'],
  clearanceRule: 'concurrence',
  noticePeriodDays: 10,
});
const notified = run(draft, 'notify', KR, '2018-11-20T00:00:00Z');
const concurred = run(notified, 'concur', US, '2018-11-21T00:00:00Z');
const cleared = run(concurred, 'clear', KR, '2018-11-22T00:00:00Z');
const executed = run(cleared, 'record_execution', KR, '2018-11-23T00:00:00Z');
const withdrawn = run(notified, 'withdraw', KR, '2018-11-23T00:00:00Z');
const EDIT_AT = '2018-11-25T12:00:00Z';

describe('applyMaterialEdit', () => {
  it.each([
    ['notified with a concurrence', concurred],
    ['cleared', cleared],
  ])('restarts the notice clock and voids answers on a %s proposal', (_label, state) => {
    const outcome = applyMaterialEdit(state, EDIT_AT);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.state).toMatchObject({
      status: 'notified',
      notifiedAt: '2018-11-25T12:00:00.000Z',
      noticeEndsAt: '2018-12-05T12:00:00.000Z',
      clearedAt: null,
      positions: { US: { acknowledgedAt: null, stance: 'none', stanceAt: null, note: null } },
    });
    expect(outcome.events).toEqual([
      {
        type: 'notice_restarted',
        noticeEndsAt: '2018-12-05T12:00:00.000Z',
        at: '2018-11-25T12:00:00.000Z',
        by: null,
      },
    ]);
    // The old concurrence no longer counts.
    const clear = applyProposalAction(outcome.state, {
      action: 'clear',
      actor: KR,
      at: EDIT_AT,
      conditions: { blockers: [] },
    });
    expect(clear).toMatchObject({ ok: false, code: 'awaiting_concurrence' });
  });

  it('leaves a draft as it is', () => {
    expect(applyMaterialEdit(draft, EDIT_AT)).toEqual({ ok: true, state: draft, events: [] });
  });

  it.each([
    ['executed', executed, 'already carried out'],
    ['withdrawn', withdrawn, 'withdrawn'],
  ])('refuses to edit a %s proposal', (_label, state, phrase) => {
    const outcome = applyMaterialEdit(state, EDIT_AT);
    expect(outcome).toMatchObject({ ok: false, code: 'proposal_closed', status: 409 });
    expect(!outcome.ok && outcome.message).toContain(phrase);
  });
});

const base: MaterialFields = {
  items: [{ description: 'Rail survey equipment', hsCode: '8608', quantity: 2 }],
  counterparties: [
    { name: 'Korean State Railway', kind: 'entity', country: 'KP' },
    { name: 'Korail', kind: 'entity', country: 'KR' },
  ],
  plannedFor: '2018-11-30',
};

describe('isMaterialChange', () => {
  it.each<[string, Partial<MaterialFields>, boolean]>([
    ['nothing', {}, false],
    ['counterparties reordered', { counterparties: [...base.counterparties].reverse() }, false],
    [
      'item keys reordered',
      { items: [{ quantity: 2, hsCode: '8608', description: 'Rail survey equipment' }] },
      false,
    ],
    ['an undefined member added', { items: [{ ...(base.items[0] as object), endUser: undefined }] }, false],
    [
      'quantity changed',
      { items: [{ description: 'Rail survey equipment', hsCode: '8608', quantity: 3 }] },
      true,
    ],
    ['an item added', { items: [...base.items, { description: 'Fuel', hsCode: '2710' }] }, true],
    [
      'a counterparty renamed',
      { counterparties: [{ name: 'Korail Ltd', kind: 'entity', country: 'KR' }] },
      true,
    ],
    ['planned date moved', { plannedFor: '2018-12-26' }, true],
    ['planned date dropped', { plannedFor: null }, true],
  ])('%s → %s', (_label, change, expected) => {
    expect(isMaterialChange(base, { ...base, ...change })).toBe(expected);
  });

  it('treats a missing and a null planned date alike', () => {
    expect(isMaterialChange({ ...base, plannedFor: undefined }, { ...base, plannedFor: null })).toBe(false);
  });
});
