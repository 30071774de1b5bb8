import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KR_CHAIR, US_DELEGATE, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const kr = await t.as(KR_CHAIR);
  for (let i = 0; i < 7; i += 1) {
    const res = await kr.post(`/groups/${t.groupId}/proposals`, {
      title: `Paged proposal ${i}`,
      visibility: 'shared',
    });
    expect(res.statusCode).toBe(201);
    const id = res.json<{ id: string }>().id;
    if (i % 2 === 0)
      expect((await kr.post(`/proposals/${id}/transitions`, { action: 'notify' })).statusCode).toBe(200);
    t.clock.advance(1000);
  }
});
afterAll(async () => t?.close());

interface Page {
  items: { id: string; title: string; status: string; updatedAt: string }[];
  nextCursor: string | null;
}

async function allPages(email: string, limit: number): Promise<Page['items']> {
  const client = await t.as(email);
  const seen: Page['items'] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 50; guard += 1) {
    const res = await client.get(
      `/groups/${t.groupId}/proposals?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.statusCode).toBe(200);
    const page = res.json<Page>();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return seen;
}

describe('the proposals list in pages', () => {
  it('walks every visible proposal once, newest change first', async () => {
    const whole = (await (await t.as(KR_CHAIR)).get(`/groups/${t.groupId}/proposals?limit=200`)).json<Page>()
      .items;
    const paged = await allPages(KR_CHAIR, 3);
    expect(paged.map((p) => p.id)).toEqual(whole.map((p) => p.id));
    expect(new Set(paged.map((p) => p.id)).size).toBe(paged.length);
    const times = paged.map((p) => p.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(paged.filter((p) => p.title.startsWith('Paged proposal')).length).toBe(7);
  });

  it('never pages the partner into a draft', async () => {
    const paged = await allPages(US_DELEGATE, 2);
    const mine = paged.filter((p) => p.title.startsWith('Paged proposal'));
    expect(mine.length).toBe(4);
    expect(mine.every((p) => p.status === 'notified')).toBe(true);
  });

  it('refuses a cursor it did not make, naming it', async () => {
    const res = await (await t.as(KR_CHAIR)).get(`/groups/${t.groupId}/proposals?cursor=not-a-cursor`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { details: { fields: [{ field: 'querystring.cursor' }] } } });
  });
});
