import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../src/server/db/unit-of-work.js';
import { achieveMilestoneFromProposal } from '../../../src/server/modules/milestones/milestones.service.js';
import {
  createTestApp,
  KR_CHAIR,
  KR_MOU,
  US_CHAIR,
  US_DELEGATE,
  type TestApp,
} from '../../support/test-app.js';

interface Milestone {
  id: string;
  trackId: string;
  title: string;
  status: string;
  achievedOn: string | null;
  reversedOn: string | null;
  visibility: string;
  party: string;
  evidence: { kind: string; id?: string; url?: string }[];
}
interface Fields {
  error: { code: string; details: { fields: { field: string }[] } };
}
interface Tempo {
  from: string;
  to: string;
  series: {
    trackId: string;
    key: string;
    hasMilestones: boolean;
    points: { date: string; value: number }[];
  }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

function track(key: string): string {
  const id = t.world.tracks.get(key);
  if (!id) throw new Error(`no demo track ${key}`);
  return id;
}

async function create(email: string, key: string, body: Record<string, unknown>): Promise<Milestone> {
  const res = await (await t.as(email)).post(`/tracks/${track(key)}/milestones`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Milestone>();
}

function fieldsOf(body: Fields): string[] {
  return body.error.details.fields.map((f) => f.field);
}

async function indexToday(email: string, key: string): Promise<{ value: number; hasMilestones: boolean }> {
  const res = await (await t.as(email)).get(`/groups/${t.groupId}/tempo?to=2018-11-15`);
  expect(res.statusCode, res.body).toBe(200);
  const series = res.json<Tempo>().series.find((s) => s.key === key)!;
  return { value: series.points.at(-1)!.value, hasMilestones: series.hasMilestones };
}

describe('milestones: input and status dates', () => {
  it('names the fields that are wrong', async () => {
    const kr = await t.as(KR_CHAIR);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ title: '', weight: 9 }, ['body.title', 'body.weight']],
      [{ title: 'Survey', weight: 2, status: 'planned', achievedOn: '2018-11-10' }, ['body.achievedOn']],
      [{ title: 'Survey', weight: 2, status: 'achieved', reversedOn: '2018-11-10' }, ['body.reversedOn']],
      [{ title: 'Survey', weight: 2, status: 'done' }, ['body.status']],
      [{ title: 'Survey', weight: 2, evidence: { kind: 'link' } }, ['body.evidence.url']],
      [{ title: 'Survey', weight: 2, classification: 'TOP_SECRET' }, ['body.classification']],
    ];
    for (const [body, fields] of cases) {
      const res = await kr.post(`/tracks/${track('inter_korean')}/milestones`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res.json<Fields>())).toEqual(expect.arrayContaining(fields));
    }
    expect((await kr.post('/tracks/nosuchtrack/milestones', { title: 'x', weight: 1 })).statusCode).toBe(404);
  });

  it('dates a status change today (UTC, from the clock) and keeps achievedOn through a reversal', async () => {
    const m = await create(US_CHAIR, 'sanctions', {
      title: 'Sanctions review',
      weight: 2,
      status: 'achieved',
    });
    expect(m).toMatchObject({ status: 'achieved', achievedOn: '2018-11-15', reversedOn: null, party: 'US' });
    const kr = await t.as(KR_CHAIR);
    const reversed = await kr.patch(`/milestones/${m.id}`, { status: 'reversed' });
    expect(reversed.statusCode, reversed.body).toBe(200);
    expect(reversed.json()).toMatchObject({ achievedOn: '2018-11-15', reversedOn: '2018-11-15' });
    const later = await kr.patch(`/milestones/${m.id}`, { reversedOn: '2018-11-16' });
    expect(later.json()).toMatchObject({ status: 'reversed', reversedOn: '2018-11-16' });

    const early = await kr.patch(`/milestones/${m.id}`, { reversedOn: '2018-11-01' });
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early.json<Fields>())).toEqual(['body.reversedOn']);

    const noDate = await kr.patch(`/milestones/${m.id}`, { status: 'achieved', achievedOn: null });
    expect(fieldsOf(noDate.json<Fields>())).toEqual(['body.achievedOn']);

    const back = await kr.patch(`/milestones/${m.id}`, { status: 'planned' });
    expect(back.json()).toMatchObject({ status: 'planned', achievedOn: null, reversedOn: null });
  });

  it('lets an executed proposal achieve a milestone, by PATCH or from the proposals module', async () => {
    const m = await create(KR_CHAIR, 'inter_korean', { title: 'Railway survey report', weight: 1 });
    const res = await (
      await t.as(KR_CHAIR)
    ).patch(`/milestones/${m.id}`, {
      status: 'achieved',
      evidence: { kind: 'proposal', id: 'proposal-railway-survey' },
    });
    expect(res.json()).toMatchObject({
      status: 'achieved',
      achievedOn: '2018-11-15',
      evidence: [{ kind: 'proposal', id: 'proposal-railway-survey' }],
    });

    const other = await create(KR_CHAIR, 'inter_korean', { title: 'Groundbreaking held', weight: 1 });
    const ctx = { ...t.runtime.deps, actor: null, requestId: null, ip: null };
    const row = await inTransaction(ctx, (tx) =>
      achieveMilestoneFromProposal(tx, other.id, 'proposal-ground'),
    );
    expect(row).toMatchObject({ status: 'achieved', achievedOn: '2018-11-15' });
    const read = await (await t.as(US_DELEGATE)).get(`/milestones/${other.id}`);
    expect(read.json()).toMatchObject({ evidence: [{ kind: 'proposal', id: 'proposal-ground' }] });
  });

  it('refuses a stale If-Match with 412', async () => {
    const m = await create(US_CHAIR, 'humanitarian', { title: 'Shipment cleared', weight: 2 });
    const us = await t.as(US_CHAIR);
    const read = await us.get(`/milestones/${m.id}`);
    const etag = String(read.headers.etag);
    const first = await us.patch(`/milestones/${m.id}`, { status: 'in_progress' }, { 'if-match': etag });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).not.toBe(etag);
    const stale = await us.patch(`/milestones/${m.id}`, { status: 'achieved' }, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    expect((await us.get(`/milestones/${m.id}`)).json()).toMatchObject({ status: 'in_progress' });
  });
});

describe('milestones: who sees them, and whose index they move', () => {
  it("hides a KR-only milestone from the US (404, absent from lists) and moves only KR's index", async () => {
    const m = await create(KR_CHAIR, 'peace_regime', {
      title: 'KR internal: peace declaration draft agreed',
      weight: 3,
      status: 'achieved',
      visibility: 'party',
    });
    const us = await t.as(US_DELEGATE);
    const notFound = await us.get(`/milestones/${m.id}`);
    expect(notFound.statusCode).toBe(404);
    expect((await us.get('/milestones/doesnotexist123')).json()).toEqual(notFound.json());
    expect((await us.patch(`/milestones/${m.id}`, { status: 'planned' })).statusCode).toBe(404);
    const usList = await us.get(`/groups/${t.groupId}/milestones`);
    expect(usList.json<{ items: Milestone[] }>().items.map((i) => i.id)).not.toContain(m.id);
    const usTrack = await us.get(`/tracks/${track('peace_regime')}/milestones`);
    expect(usTrack.json<{ items: Milestone[] }>().items).toEqual([]);
    const krTrack = await (await t.as(KR_CHAIR)).get(`/tracks/${track('peace_regime')}/milestones`);
    expect(krTrack.json<{ items: Milestone[] }>().items.map((i) => i.id)).toEqual([m.id]);

    expect(await indexToday(KR_CHAIR, 'peace_regime')).toEqual({ value: 100, hasMilestones: true });
    expect(await indexToday(US_CHAIR, 'peace_regime')).toEqual({ value: 0, hasMilestones: false });
  });

  it('does not count a CONFIDENTIAL milestone for a member cleared only to SBU', async () => {
    const before = await indexToday(KR_MOU, 'denuclearization');
    const m = await create(US_CHAIR, 'denuclearization', {
      title: 'Assessment of declared facilities shared',
      weight: 5,
      status: 'achieved',
      classification: 'CONFIDENTIAL',
    });
    expect(await indexToday(KR_MOU, 'denuclearization')).toEqual(before);
    const cleared = await indexToday(KR_CHAIR, 'denuclearization');
    expect(cleared.value).toBeGreaterThan(before.value);
    expect((await (await t.as(KR_MOU)).get(`/milestones/${m.id}`)).statusCode).toBe(404);
  });

  it('lists the group milestones latest first, filtered by track and status', async () => {
    const kr = await t.as(KR_CHAIR);
    const res = await kr.get(
      `/groups/${t.groupId}/milestones?status=reversed&trackId=${track('denuclearization')}`,
    );
    const items = res.json<{ items: Milestone[] }>().items;
    expect(items.map((i) => i.title)).toEqual([
      'High-level US–DPRK talks (Pompeo – Kim Yong-chol), postponed',
    ]);
    const all = (await kr.get(`/groups/${t.groupId}/milestones?limit=3`)).json<{ items: Milestone[] }>()
      .items;
    expect(all).toHaveLength(3);
    expect(all[0]!.title).toBe('Groundbreaking at Panmun Station, Kaesong');
  });
});

describe('track pairs', () => {
  it('are set by co-chairs only; a delegate gets 403', async () => {
    const delegate = await t.as(US_DELEGATE);
    const chair = await t.as(KR_CHAIR);
    const pairs = (await delegate.get(`/groups/${t.groupId}/track-pairs`)).json<{
      items: { id: string }[];
    }>();
    expect(pairs.items).toHaveLength(1);

    const body = { trackA: track('peace_regime'), trackB: track('sanctions'), tolerance: 15 };
    expect((await delegate.post(`/groups/${t.groupId}/track-pairs`, body)).statusCode).toBe(403);
    const created = await chair.post(`/groups/${t.groupId}/track-pairs`, body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;

    const swapped = { trackA: body.trackB, trackB: body.trackA, tolerance: 5 };
    expect((await chair.post(`/groups/${t.groupId}/track-pairs`, swapped)).statusCode).toBe(409);
    const same = await chair.post(`/groups/${t.groupId}/track-pairs`, { ...body, trackB: body.trackA });
    expect(fieldsOf(same.json<Fields>())).toEqual(['body.trackB']);
    const bad = await chair.post(`/groups/${t.groupId}/track-pairs`, { ...body, tolerance: -1 });
    expect(fieldsOf(bad.json<Fields>())).toEqual(['body.tolerance']);

    expect((await delegate.patch(`/track-pairs/${id}`, { tolerance: 30 })).statusCode).toBe(403);
    const patched = await (await t.as(US_CHAIR)).patch(`/track-pairs/${id}`, { tolerance: 30 });
    expect(patched.json()).toMatchObject({ tolerance: 30, abilities: { edit: true } });
    // The list carries each pair's ETag: an edit from a stale list is refused, one from a fresh list goes through.
    const listed = (await chair.get(`/groups/${t.groupId}/track-pairs`)).json<{
      items: { id: string; etag: string }[];
    }>();
    const fresh = listed.items.find((p) => p.id === id)!.etag;
    expect(fresh).toBe(patched.headers.etag);
    const stale = String(created.headers.etag);
    expect(
      (await chair.patch(`/track-pairs/${id}`, { tolerance: 31 }, { 'if-match': stale })).statusCode,
    ).toBe(412);
    expect(
      (await chair.patch(`/track-pairs/${id}`, { tolerance: 31 }, { 'if-match': fresh })).statusCode,
    ).toBe(200);
    expect((await delegate.delete(`/track-pairs/${id}`)).statusCode).toBe(403);
    expect((await chair.delete(`/track-pairs/${id}`)).statusCode).toBe(204);
    const after = (await delegate.get(`/groups/${t.groupId}/track-pairs`)).json<{
      items: { id: string }[];
    }>();
    expect(after.items.map((p) => p.id)).not.toContain(id);
    expect((await chair.patch(`/track-pairs/${id}`, { tolerance: 1 })).statusCode).toBe(404);
  });
});
