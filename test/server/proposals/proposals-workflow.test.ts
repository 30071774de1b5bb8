import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  KR_CHAIR,
  KR_DELEGATE,
  KR_STAFF,
  US_CHAIR,
  US_DELEGATE,
  type TestApp,
} from '../../support/test-app.js';
import {
  act,
  clientsFor,
  draftProposal,
  mustAct,
  type ErrorJson,
  type ProposalJson,
} from './proposals-support.js';

let t: TestApp;
let as: (email: string) => ReturnType<TestApp['as']>;
beforeAll(async () => {
  t = await createTestApp();
  as = clientsFor(t);
});
afterAll(async () => t?.close());

async function listAs(email: string, query = ''): Promise<ProposalJson[]> {
  const res = await (await as(email)).get(`/groups/${t.groupId}/proposals${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: ProposalJson[] }>().items;
}

describe('consultation journey', () => {
  it('runs notify → acknowledge → object → refused clear → withdraw objection → concur → clear → execute', async () => {
    const kr = await as(KR_DELEGATE);
    const krChair = await as(KR_CHAIR);
    const us = await as(US_DELEGATE);
    const draft = await draftProposal(t, kr);
    expect(draft).toMatchObject({ status: 'draft', proposingParty: 'KR', party: 'KR', noticeEndsAt: null });
    expect(draft.abilities.actions).toContain('notify');

    const notified = await mustAct(kr, draft.id, 'notify');
    expect(notified.status).toBe('notified');
    // The demo group's notice period is 7 days; the clock stands at 2018-11-15T00:00Z.
    expect(notified.noticeEndsAt).toBe('2018-11-22T00:00:00.000Z');
    expect(notified.positions.US).toMatchObject({ acknowledgedAt: null, stance: 'none' });

    const usView = (await us.get(`/proposals/${draft.id}`)).json<ProposalJson>();
    expect(usView.abilities.actions).toEqual(expect.arrayContaining(['acknowledge', 'concur', 'object']));
    expect(usView.abilities.actions).not.toContain('clear');
    expect(usView.abilities.edit).toBe(false);

    t.clock.advance(3600_000);
    await mustAct(us, draft.id, 'acknowledge');
    const noNote = await act(us, draft.id, 'object');
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json<ErrorJson>().error.code).toBe('note_required');
    const objected = await mustAct(us, draft.id, 'object', 'Fuel quantity exceeds what the survey needs.');
    expect(objected.positions.US).toMatchObject({
      stance: 'object',
      note: 'Fuel quantity exceeds what the survey needs.',
    });
    expect(objected.clearance.canClear).toBe(false);

    const refused = await act(krChair, draft.id, 'clear');
    expect(refused.statusCode).toBe(409);
    const err = refused.json<ErrorJson>().error;
    expect(err.code).toBe('standing_objection');
    expect(err.message).toContain('US');
    expect(err.message).toContain('Fuel quantity exceeds');
    expect((await krChair.get(`/proposals/${draft.id}`)).json<ProposalJson>().status).toBe('notified');

    await mustAct(us, draft.id, 'withdraw_objection');
    const concurred = await mustAct(us, draft.id, 'concur');
    expect(concurred.positions.US?.stance).toBe('concur');

    // Only the proposing party's co-chair clears.
    const byDelegate = await act(kr, draft.id, 'clear');
    expect(byDelegate.statusCode).toBe(403);
    expect(byDelegate.json<ErrorJson>().error.code).toBe('not_co_chair');
    const byUs = await act(await as(US_CHAIR), draft.id, 'clear');
    expect(byUs.statusCode).toBe(403);
    expect(byUs.json<ErrorJson>().error.code).toBe('not_proposing_party');

    const cleared = await mustAct(krChair, draft.id, 'clear');
    expect(cleared.status).toBe('cleared');
    const executed = await mustAct(kr, draft.id, 'record_execution');
    expect(executed).toMatchObject({ status: 'executed', surprise: false });
    expect(executed.history!.map((h) => h.action)).toEqual([
      'create',
      'notify',
      'acknowledge',
      'object',
      'withdraw_objection',
      'concur',
      'clear',
      'record_execution',
    ]);
    expect(executed.history!.find((h) => h.action === 'object')).toMatchObject({ party: 'US' });

    const audit = await t.runtime.deps.db
      .selectFrom('auditLog')
      .select('action')
      .where('recordId', '=', draft.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['proposal.clear', 'proposal.record_execution']),
    );

    // The proposer heard of every position; the partner of the notice.
    const krNotes = await t.runtime.deps.db
      .selectFrom('notifications')
      .select('kind')
      .where('recordId', '=', draft.id)
      .where('userId', '=', t.world.users.get(KR_CHAIR)!)
      .execute();
    expect(krNotes.filter((n) => n.kind === 'proposal.position')).toHaveLength(4);
    const usNotes = await t.runtime.deps.db
      .selectFrom('notifications')
      .select('kind')
      .where('recordId', '=', draft.id)
      .where('userId', '=', t.world.users.get(US_CHAIR)!)
      .execute();
    expect(usNotes.map((n) => n.kind)).toContain('proposal.notified');
  });

  it('refuses to record execution before clearance and changes nothing', async () => {
    const kr = await as(KR_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Premature execution test' });
    await mustAct(kr, draft.id, 'notify');
    const before = await kr.get(`/proposals/${draft.id}`);
    const auditBefore = await t.runtime.deps.db.selectFrom('auditLog').select('seq').execute();
    t.clock.advance(60_000);
    const res = await act(kr, draft.id, 'record_execution');
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorJson>().error).toMatchObject({ code: 'proposal_not_cleared' });
    expect(res.json<ErrorJson>().error.message).toMatch(/not cleared/);
    const after = await kr.get(`/proposals/${draft.id}`);
    expect(after.json()).toEqual(before.json());
    expect(after.headers.etag).toBe(before.headers.etag);
    expect((await t.runtime.deps.db.selectFrom('auditLog').select('seq').execute()).length).toBe(
      auditBefore.length,
    );
  });

  it('clears under the notice rule once the period is over without concurrence', async () => {
    const chair = await as(KR_CHAIR);
    const group = await chair.get(`/groups/${t.groupId}`);
    const patched = await chair.patch(
      `/groups/${t.groupId}`,
      { clearanceRule: 'notice' },
      { 'if-match': String(group.headers.etag) },
    );
    expect(patched.statusCode).toBe(200);
    try {
      const kr = await as(KR_DELEGATE);
      const us = await as(US_DELEGATE);
      const draft = await draftProposal(t, kr, { title: 'Notice rule test' });
      const notified = await mustAct(kr, draft.id, 'notify');
      const early = await act(chair, draft.id, 'clear');
      expect(early.json<ErrorJson>().error.code).toBe('awaiting_acknowledgement');
      await mustAct(us, draft.id, 'acknowledge');
      const stillRunning = await act(chair, draft.id, 'clear');
      expect(stillRunning.statusCode).toBe(409);
      expect(stillRunning.json<ErrorJson>().error.code).toBe('notice_period_running');
      t.clock.set(notified.noticeEndsAt!);
      const chairNow = await as(KR_CHAIR);
      const view = (await chairNow.get(`/proposals/${draft.id}`)).json<ProposalJson>();
      expect(view.clearance).toEqual({ canClear: true, reasons: [] });
      expect(view.abilities.actions).toContain('clear');
      expect((await mustAct(chairNow, draft.id, 'clear')).status).toBe('cleared');
    } finally {
      const chairNow = await as(KR_CHAIR);
      const current = await chairNow.get(`/groups/${t.groupId}`);
      await chairNow.patch(
        `/groups/${t.groupId}`,
        { clearanceRule: 'concurrence' },
        { 'if-match': String(current.headers.etag) },
      );
    }
  });

  it('restarts the clock and resets positions on a material edit after notice, and tells the partner what changed', async () => {
    const kr = await as(KR_DELEGATE);
    const us = await as(US_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Material edit test' });
    await mustAct(kr, draft.id, 'notify');
    await mustAct(us, draft.id, 'concur');
    t.clock.advanceDays(2);
    const krNow = await as(KR_DELEGATE);
    const current = await krNow.get(`/proposals/${draft.id}`);
    const etag = String(current.headers.etag);

    const summaryOnly = await krNow.patch(
      `/proposals/${draft.id}`,
      { summary: 'Clarified wording.' },
      { 'if-match': etag },
    );
    expect(summaryOnly.statusCode).toBe(200);
    expect(summaryOnly.json<ProposalJson>().positions.US?.stance).toBe('concur');
    const stale = await krNow.patch(
      `/proposals/${draft.id}`,
      { plannedFor: '2018-12-20' },
      { 'if-match': etag },
    );
    expect(stale.statusCode).toBe(412);

    const edited = await krNow.patch(
      `/proposals/${draft.id}`,
      {
        plannedFor: '2018-12-20',
        items: [
          {
            description: 'Diesel fuel',
            hsCode: '2710.19',
            quantity: 40000,
            unit: 'litres',
            valueUsd: 36000,
            endUser: 'Korail',
          },
        ],
      },
      { 'if-match': String(summaryOnly.headers.etag) },
    );
    expect(edited.statusCode).toBe(200);
    const after = edited.json<ProposalJson>();
    expect(after.status).toBe('notified');
    expect(after.positions.US).toMatchObject({ stance: 'none', acknowledgedAt: null });
    expect(after.noticeEndsAt).toBe(new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString());
    const entry = after.history!.at(-1)!;
    expect(entry.action).toBe('material_edit');
    expect(Object.keys(entry.changes!).sort()).toEqual(['items', 'plannedFor']);

    const usNote = await t.runtime.deps.db
      .selectFrom('notifications')
      .select(['body', 'title'])
      .where('recordId', '=', draft.id)
      .where('kind', '=', 'proposal.changed')
      .where('userId', '=', t.world.users.get(US_DELEGATE)!)
      .executeTakeFirst();
    expect(usNote?.body).toContain('Planned date: 2018-12-10 → 2018-12-20');
    expect(usNote?.body).toContain('Items: added Diesel fuel (2710.19 40000 litres)');
    const krNote = await t.runtime.deps.db
      .selectFrom('notifications')
      .select('id')
      .where('recordId', '=', draft.id)
      .where('kind', '=', 'proposal.changed')
      .where('userId', 'in', [t.world.users.get(KR_CHAIR)!, t.world.users.get(KR_DELEGATE)!])
      .execute();
    expect(krNote).toEqual([]);
  });

  it('keeps a draft from the US everywhere: read, list, search, and after a withdrawal', async () => {
    const kr = await as(KR_DELEGATE);
    const us = await as(US_DELEGATE);
    const draft = await draftProposal(t, kr, {
      title: 'Zebrafish hatchery confidential draft',
      visibility: 'shared',
    });
    const read = await us.get(`/proposals/${draft.id}`);
    expect(read.statusCode).toBe(404);
    expect(read.json()).toEqual((await us.get('/proposals/nosuchproposal')).json());
    expect((await us.post(`/proposals/${draft.id}/transitions`, { action: 'acknowledge' })).statusCode).toBe(
      404,
    );
    expect((await us.get(`/proposals/${draft.id}/comments`)).statusCode).toBe(404);
    expect((await listAs(US_DELEGATE)).map((p) => p.id)).not.toContain(draft.id);
    expect((await listAs(KR_STAFF)).map((p) => p.id)).toContain(draft.id);
    const usSearch = await us.get('/search?q=zebrafish');
    expect(usSearch.json<{ items: { id: string }[] }>().items).toEqual([]);
    const krSearch = await kr.get('/search?q=zebrafish');
    expect(krSearch.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(draft.id);

    await mustAct(kr, draft.id, 'withdraw');
    expect((await us.get(`/proposals/${draft.id}`)).statusCode).toBe(404);
    expect((await listAs(US_DELEGATE)).map((p) => p.id)).not.toContain(draft.id);
  });

  it('shows a notified proposal to the US in the list and the search', async () => {
    const kr = await as(KR_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Okapi exchange programme' });
    await mustAct(kr, draft.id, 'notify');
    expect((await listAs(US_DELEGATE)).map((p) => p.id)).toContain(draft.id);
    const search = await (await as(US_DELEGATE)).get('/search?q=okapi');
    expect(search.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(draft.id);
  });

  it('names the bad fields and writes nothing', async () => {
    const kr = await as(KR_DELEGATE);
    const before = (await listAs(KR_DELEGATE)).length;
    const res = await kr.post(`/groups/${t.groupId}/proposals`, {
      title: '',
      items: [{ description: 'Fuel', hsCode: 'diesel' }],
      counterparties: [{ name: 'X', kind: 'ship' }],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<ErrorJson>().error.details!.fields!.map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.title', 'body.items.0.hsCode', 'body.counterparties.0.kind']),
    );
    const badAction = await kr.post(`/proposals/${(await listAs(KR_DELEGATE))[0]!.id}/transitions`, {
      action: 'approve',
    });
    expect(badAction.statusCode).toBe(400);
    expect(badAction.json<ErrorJson>().error.details!.fields!.map((f) => f.field)).toContain('body.action');
    expect((await listAs(KR_DELEGATE)).length).toBe(before);
  });

  it('filters the list by status, party, track and what waits on me', async () => {
    const krNotified = await listAs(KR_CHAIR, '?status=notified');
    expect(krNotified.length).toBeGreaterThan(0);
    expect(krNotified.every((p) => p.status === 'notified')).toBe(true);
    const usOwn = await listAs(US_DELEGATE, '?party=US');
    expect(usOwn.map((p) => p.title)).toContain('Resumption of US humanitarian assistance');
    expect(usOwn.every((p) => p.proposingParty === 'US')).toBe(true);
    const humanitarian = await listAs(KR_CHAIR, `?trackId=${t.world.tracks.get('humanitarian')!}`);
    expect(humanitarian.map((p) => p.title)).toContain(
      'US$8 million humanitarian assistance through international agencies',
    );
    expect(humanitarian.map((p) => p.title)).not.toContain('Groundbreaking ceremony at Panmun Station');

    const waiting = await listAs(US_DELEGATE, '?waitingOnMe=1');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((p) => p.status === 'notified' && p.positions.US?.stance === 'none')).toBe(true);
    expect(waiting.map((p) => p.title)).toContain('Groundbreaking ceremony at Panmun Station');
    expect(await listAs(KR_CHAIR, '?waitingOnMe=1')).toEqual([]);
  });

  it('records an action reported from outside as an executed surprise and tells both co-chairs', async () => {
    const us = await as(US_DELEGATE);
    const created = await us.post(`/groups/${t.groupId}/proposals`, {
      title: 'Unannounced delivery of road-building materials',
      proposingParty: 'KR',
      reportUnilateral: true,
      note: 'Reported in the press on 2018-11-14; never notified.',
    });
    expect(created.statusCode).toBe(201);
    const surprise = created.json<ProposalJson>();
    expect(surprise).toMatchObject({ status: 'executed', surprise: true, proposingParty: 'KR', party: 'US' });
    const list = (await (await as(KR_CHAIR)).get(`/groups/${t.groupId}/surprises`)).json<{
      items: ProposalJson[];
    }>();
    expect(list.items.map((p) => p.id)).toContain(surprise.id);
    expect(list.items.every((p) => p.surprise)).toBe(true);
    expect((await listAs(KR_CHAIR, '?surprise=1')).map((p) => p.id)).toEqual(list.items.map((p) => p.id));

    const told = await t.runtime.deps.db
      .selectFrom('notifications')
      .select('userId')
      .where('recordId', '=', surprise.id)
      .where('kind', '=', 'proposal.surprise')
      .execute();
    expect(told.map((n) => n.userId).sort()).toEqual(
      [t.world.users.get(KR_CHAIR)!, t.world.users.get(US_CHAIR)!].sort(),
    );

    // A surprise on an existing notified proposal, by transition.
    const kr = await as(KR_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Went ahead anyway' });
    await mustAct(kr, draft.id, 'notify');
    const reported = await mustAct(
      us,
      draft.id,
      'report_unilateral',
      'Survey team crossed before clearance.',
    );
    expect(reported).toMatchObject({ status: 'executed', surprise: true });
    const again = await act(us, draft.id, 'report_unilateral', 'again');
    expect(again.statusCode).toBe(409);
  });

  it('loads the four demo proposals of 2018 in their states', async () => {
    const kr = await listAs(KR_CHAIR);
    const byTitle = new Map(kr.map((p) => [p.title, p]));
    const survey = byTitle.get('Joint inter-Korean railway survey')!;
    expect(survey).toMatchObject({ status: 'notified', notifiedAt: '2018-11-20T20:00:00.000Z' });
    expect(survey.positions.US?.acknowledgedAt).not.toBeNull();
    expect(survey.items.map((i) => i.hsCode)).toEqual(['8606', '2710.19', '9015']);
    expect(survey.counterparties[0]).toEqual({
      name: 'Ministry of Railways of the DPRK',
      kind: 'organization',
      country: 'KP',
    });
    expect(byTitle.get('Groundbreaking ceremony at Panmun Station')).toMatchObject({
      status: 'notified',
      plannedFor: '2018-12-26',
    });
    expect(byTitle.get('US$8 million humanitarian assistance through international agencies')?.status).toBe(
      'cleared',
    );
    // The US draft is the US's alone.
    expect(byTitle.has('Resumption of US humanitarian assistance')).toBe(false);
    const us = await listAs(US_CHAIR);
    expect(us.find((p) => p.title === 'Resumption of US humanitarian assistance')?.status).toBe('draft');
  });
});
