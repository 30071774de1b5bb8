import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/http/types.js';
import { createRuntime, type Runtime } from '../../src/server/runtime.js';
import {
  createTestApp,
  KR_CHAIR,
  KR_DELEGATE,
  loginCookie,
  silentLogger,
  testDbKind,
  US_DELEGATE,
  type TestApp,
} from '../support/test-app.js';
import { tokenClient } from './meetings/token-client.js';
import { draftProposal, mustAct, type ProposalJson } from './proposals/proposals-support.js';

interface List<T> {
  items: T[];
}

// Lists and signed-in users are reused while the database is unchanged (config.readCacheMs). These tests check
// that a user never notices: every write, by any path or instance, shows on the very next read; nobody gets
// another user's answer; an ended session ends at once; and the clock moving on refreshes what depends on it.
describe('read cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const responses = () => t.runtime.deps.caches.responses.store.stats();

  it('answers a repeated list from the cache, and shows a partner’s write on the very next read', async () => {
    const us = await t.as(US_DELEGATE);
    const kr = await t.as(KR_DELEGATE);
    const url = `/groups/${t.groupId}/proposals`;
    const first = await us.get(url);
    const before = responses().hits;
    const again = await us.get(url);
    expect(responses().hits).toBe(before + 1);
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.headers['cache-control']).toBe('no-store');

    const notified = await draftProposal(t, kr, { title: 'Notified between two reads' });
    await mustAct(kr, notified.id, 'notify');
    const after = (await us.get(url)).json<List<ProposalJson>>();
    expect(after.items.map((p) => p.title)).toContain('Notified between two reads');
  });

  it('never gives one user’s cached list to another', async () => {
    const kr = await t.as(KR_CHAIR);
    const us = await t.as(US_DELEGATE);
    const url = `/groups/${t.groupId}/documents`;
    const titles = async (client: typeof kr) =>
      (await client.get(url)).json<List<{ title: string }>>().items.map((d) => d.title);
    expect(await titles(kr)).toContain('KR talking points for the first meeting (Washington)');
    expect(await titles(kr)).toContain('KR talking points for the first meeting (Washington)');
    expect(await titles(us)).not.toContain('KR talking points for the first meeting (Washington)');
  });

  it('sees a write that went around the services, straight to the database', async () => {
    const us = await t.as(US_DELEGATE);
    const url = `/groups/${t.groupId}/proposals`;
    const listed = (await us.get(url)).json<List<ProposalJson>>().items[0]!;
    await us.get(url); // now cached
    await sql`UPDATE proposals SET title = ${'Renamed in the database'} WHERE id = ${listed.id}`.execute(
      t.runtime.deps.db,
    );
    const after = (await us.get(url)).json<List<ProposalJson>>().items;
    expect(after.find((p) => p.id === listed.id)?.title).toBe('Renamed in the database');
  });

  it('refuses a signed-out session on the next request, although its user was cached', async () => {
    const cookie = await loginCookie(t.app, US_DELEGATE);
    const get = () =>
      t.app.inject({ method: 'GET', url: `/api/v1/groups/${t.groupId}/proposals`, headers: { cookie } });
    expect((await get()).statusCode).toBe(200);
    expect((await get()).statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, origin: t.config.publicUrl },
    });
    expect(out.statusCode).toBeLessThan(300);
    expect((await get()).statusCode).toBe(401);
  });

  it('recomputes once the clock has moved on: an ended notice period no longer holds clearance back', async () => {
    // Under the notice rule (the demo group asks for concurrence) the end of the period is what clears the way.
    await sql`UPDATE groups SET clearance_rule = 'notice' WHERE id = ${t.groupId}`.execute(t.runtime.deps.db);
    const kr = await t.as(KR_DELEGATE);
    const proposal = await draftProposal(t, kr, { title: 'Waits out its notice period' });
    await mustAct(kr, proposal.id, 'notify');
    const url = `/groups/${t.groupId}/proposals`;
    const reader = await tokenClient(t, KR_DELEGATE); // a session would go idle over the days the clock moves
    const reasons = async () =>
      (await reader.get(url))
        .json<List<ProposalJson>>()
        .items.find((p) => p.id === proposal.id)!
        .clearance.reasons.map((r) => r.code);
    expect(await reasons()).toContain('notice_period_running');
    expect(await reasons()).toContain('notice_period_running'); // from the cache
    const ends = (await kr.get(`/proposals/${proposal.id}`)).json<ProposalJson>().noticeEndsAt!;
    t.clock.set(new Date(Date.parse(ends) + 1000).toISOString());
    expect(await reasons()).not.toContain('notice_period_running');
  });
});

describe('read cache turned off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOCKSTEP_READ_CACHE_MS: '0' } });
  });
  afterAll(async () => t?.close());

  it('computes every answer afresh', async () => {
    const us = await t.as(US_DELEGATE);
    await us.get(`/groups/${t.groupId}/proposals`);
    await us.get(`/groups/${t.groupId}/proposals`);
    expect(t.runtime.deps.caches.responses.store.stats()).toMatchObject({ hits: 0, entries: 0 });
    expect(t.runtime.deps.caches.credentials.stats()).toMatchObject({ hits: 0, entries: 0 });
  });
});

// Two instances on one PostgreSQL: a write on one must show on the other's very next read, with no wait for
// LISTEN/NOTIFY. (SQLite is one process; another process's commits are covered by data_version.)
if (testDbKind() === 'postgres') {
  describe('read cache across two instances on one PostgreSQL', () => {
    let a: TestApp;
    let runtimeB: Runtime;
    let appB: App;
    beforeAll(async () => {
      a = await createTestApp();
      runtimeB = await createRuntime(a.config, { clock: a.clock, log: silentLogger(), poolSize: 3 });
      appB = await buildApp(runtimeB.deps, { serveWeb: false });
      await appB.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await appB?.close();
      await runtimeB?.close();
      await a?.close();
    });

    it('shows a proposal notified on instance B on instance A’s next read', async () => {
      const us = await a.as(US_DELEGATE);
      const url = `/groups/${a.groupId}/proposals`;
      await us.get(url);
      await us.get(url);
      expect(a.runtime.deps.caches.responses.store.stats().hits).toBeGreaterThan(0);

      const { port } = appB.server.address() as AddressInfo;
      const b = `http://127.0.0.1:${port}`;
      const cookie = await loginCookie(appB, KR_DELEGATE);
      const post = (path: string, body: unknown) =>
        fetch(`${b}/api/v1${path}`, {
          method: 'POST',
          headers: { cookie, origin: a.config.publicUrl, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const created = await post(`/groups/${a.groupId}/proposals`, {
        title: 'Notified on instance B',
        summary: 'Written through the other instance.',
        plannedFor: '2018-12-10',
        location: 'Seoul',
        items: [],
        counterparties: [],
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await post(`/proposals/${id}/transitions`, { action: 'notify' })).status).toBe(200);

      const seen = (await us.get(url)).json<List<ProposalJson>>().items.find((p) => p.id === id);
      expect(seen?.status).toBe('notified');
    });
  });
}
