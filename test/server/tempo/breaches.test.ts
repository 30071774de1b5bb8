import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAllTempoBreaches } from '../../../src/server/modules/tempo/tempo.breaches.js';
import {
  createTestApp,
  KR_CHAIR,
  KR_DELEGATE,
  loginCookie,
  ORIGIN,
  US_CHAIR,
  US_DELEGATE,
  type TestApp,
} from '../../support/test-app.js';

interface Breach {
  startedOn: string;
  endedOn: string | null;
  leader: string;
  maxGap: number;
}
interface Tempo {
  from: string;
  to: string;
  note: string;
  pairs: {
    id: string;
    trackA: string;
    trackB: string;
    tolerance: number;
    breaches: Breach[];
    currentBreach: Breach | null;
  }[];
}
interface Notification {
  kind: string;
  title: string;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

// Sessions go idle after 12 hours of clock time, so every call signs in at the clock's current time.
async function call(email: string, method: 'GET' | 'PATCH' | 'POST', url: string, body?: object) {
  const cookie = await loginCookie(t.app, email);
  const res = await t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { origin: ORIGIN, cookie },
    ...(body ? { payload: body } : {}),
  });
  return { statusCode: res.statusCode, body: res.body, json: <T>() => JSON.parse(res.body) as T };
}

function track(key: string): string {
  return t.world.tracks.get(key)!;
}

async function tempo(email: string, query = ''): Promise<Tempo['pairs'][number]> {
  const res = await call(email, 'GET', `/groups/${t.groupId}/tempo${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Tempo>().pairs.find((p) => p.trackA === track('inter_korean'))!;
}

async function tempoNotices(email: string): Promise<string[]> {
  const res = await call(email, 'GET', '/notifications?limit=200');
  return res
    .json<{ items: Notification[] }>()
    .items.filter((n) => n.kind.startsWith('tempo.'))
    .map((n) => n.kind);
}

async function milestoneId(title: string): Promise<string> {
  const res = await call(KR_CHAIR, 'GET', `/groups/${t.groupId}/milestones?limit=500`);
  return res.json<{ items: { id: string; title: string }[] }>().items.find((m) => m.title === title)!.id;
}

async function runPeriodicTaskTwice(): Promise<void> {
  await evaluateAllTempoBreaches(t.runtime.deps);
  await evaluateAllTempoBreaches(t.runtime.deps);
}

describe('tempo over the 2018 demo', () => {
  it('shows inter-Korean cooperation running ahead of denuclearization since the talks were postponed', async () => {
    const res = await call(US_DELEGATE, 'GET', `/groups/${t.groupId}/tempo`);
    const body = res.json<Tempo>();
    expect(body).toMatchObject({ from: '2018-03-21', to: '2018-11-15' });
    expect(body.note).toMatch(/each party may see a different picture/);
    const pair = await tempo(US_DELEGATE);
    expect(pair.tolerance).toBe(20);
    expect(pair.breaches).toHaveLength(1);
    expect(pair.currentBreach).toMatchObject({
      startedOn: '2018-11-07',
      endedOn: null,
      leader: track('inter_korean'),
    });
    expect(pair.currentBreach!.maxGap).toBeGreaterThan(20);

    const december = await tempo(KR_CHAIR, '?from=2018-11-01&to=2018-12-31');
    expect(december.currentBreach!.maxGap).toBeGreaterThan(pair.currentBreach!.maxGap);
  });

  it('loads 2018 history without telling anyone, even after the periodic task runs', async () => {
    await runPeriodicTaskTwice();
    expect(await tempoNotices(KR_CHAIR)).toEqual([]);
    expect(await tempoNotices(US_CHAIR)).toEqual([]);
    const mails = await t.runtime.deps.db
      .selectFrom('outbox')
      .select('payload')
      .where('kind', '=', 'email')
      .execute();
    expect(mails.filter((m) => m.payload.includes('Tempo mismatch'))).toEqual([]);
  });

  it('ends the breach when a denuclearization milestone is achieved, telling both co-chairs once', async () => {
    const summit = await milestoneId('Second US–DPRK summit');
    const res = await call(US_CHAIR, 'PATCH', `/milestones/${summit}`, {
      status: 'achieved',
      evidence: { kind: 'proposal', id: 'proposal-summit' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const pair = await tempo(KR_CHAIR);
    expect(pair.currentBreach).toBeNull();
    expect(pair.breaches.at(-1)).toMatchObject({ startedOn: '2018-11-07', endedOn: '2018-11-14' });

    await runPeriodicTaskTwice();
    for (const chair of [KR_CHAIR, US_CHAIR])
      expect(await tempoNotices(chair)).toEqual(['tempo.breach_ended']);
    for (const delegate of [KR_DELEGATE, US_DELEGATE]) expect(await tempoNotices(delegate)).toEqual([]);
  });

  it('raises it again when that milestone is reversed the next day, telling both co-chairs once', async () => {
    t.clock.advanceDays(1);
    const summit = await milestoneId('Second US–DPRK summit');
    const res = await call(KR_CHAIR, 'PATCH', `/milestones/${summit}`, { status: 'reversed' });
    expect(res.json()).toMatchObject({ achievedOn: '2018-11-15', reversedOn: '2018-11-16' });
    const pair = await tempo(US_CHAIR);
    expect(pair.currentBreach).toMatchObject({ startedOn: '2018-11-16', leader: track('inter_korean') });

    await runPeriodicTaskTwice();
    for (const chair of [KR_CHAIR, US_CHAIR])
      expect((await tempoNotices(chair)).sort()).toEqual(['tempo.breach_ended', 'tempo.breach_started']);
  });

  it('notices from the periodic task when a dated milestone comes due', async () => {
    const created = await call(US_CHAIR, 'POST', `/tracks/${track('denuclearization')}/milestones`, {
      title: 'Declaration handed over',
      weight: 5,
      status: 'achieved',
      achievedOn: '2018-11-20',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await tempo(US_CHAIR)).currentBreach).not.toBeNull();
    t.clock.advanceDays(4);
    await runPeriodicTaskTwice();
    const ended = (await tempoNotices(US_CHAIR)).filter((k) => k === 'tempo.breach_ended');
    expect(ended).toHaveLength(2);
    expect((await tempo(KR_CHAIR)).currentBreach).toBeNull();
  });

  it("counts a KR-only milestone in KR's picture but not in the shared alert", async () => {
    const before = await tempoNotices(KR_CHAIR);
    const res = await call(KR_CHAIR, 'POST', `/tracks/${track('inter_korean')}/milestones`, {
      title: 'KR internal: rail inspection completed',
      weight: 5,
      status: 'achieved',
      visibility: 'party',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await tempo(KR_CHAIR)).currentBreach).not.toBeNull();
    expect((await tempo(US_CHAIR)).currentBreach).toBeNull();
    await runPeriodicTaskTwice();
    expect(await tempoNotices(KR_CHAIR)).toEqual(before);
  });
});
