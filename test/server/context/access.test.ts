import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KR_CHAIR,
  KR_DELEGATE,
  KR_STAFF,
  US_DELEGATE,
  createTestApp,
  type TestApp,
} from '../../support/test-app.js';
import { AP_ROUND_1, KR_DIGEST, KR_DIGEST_ROUND_1, YONHAP_ROUND_1 } from './articles.js';

interface Source {
  id: string;
  events: string[];
  people: { name: string; personId?: string }[];
}
interface Item {
  id: string;
  status: string;
  sources: { sourceId: string; title: string; sentence: string }[];
  abilities: Record<string, boolean>;
}
interface Timeline {
  items: Item[];
  candidates: Item[];
}

let t: TestApp;
let krOnly: Source;
let shared: Source;
let krOnRound1: Source;

beforeAll(async () => {
  t = await createTestApp();
  const kr = await t.as(KR_DELEGATE);
  const us = await t.as(US_DELEGATE);
  const post = (client: typeof kr, body: Record<string, unknown>) =>
    client.post(`/groups/${t.groupId}/sources`, { kind: 'news', classification: 'UNCLASSIFIED', ...body });
  const a = await post(kr, {
    outlet: 'Yonhap',
    title: 'Zebrafinch digest',
    visibility: 'party',
    text: KR_DIGEST,
  });
  const b = await post(us, {
    outlet: 'AP',
    title: 'Working group launched',
    visibility: 'shared',
    text: AP_ROUND_1,
    publishedAt: '2018-11-20',
  });
  const c = await post(kr, {
    outlet: 'Delegation note',
    title: 'Quokkabriefing note',
    visibility: 'party',
    text: KR_DIGEST_ROUND_1,
  });
  for (const res of [a, b, c]) expect(res.statusCode).toBe(201);
  krOnly = a.json<Source>();
  shared = b.json<Source>();
  krOnRound1 = c.json<Source>();
  // An observer on the KR side, to be refused decisions.
  const chair = await t.as(KR_CHAIR);
  const staffId = t.world.users.get(KR_STAFF)!;
  const role = await chair.post(`/groups/${t.groupId}/members`, { userId: staffId, role: 'observer' });
  expect(role.statusCode).toBeLessThan(300);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

async function timelineOf(email: string): Promise<Timeline> {
  const res = await (await t.as(email)).get(`/groups/${t.groupId}/timeline`);
  expect(res.statusCode).toBe(200);
  return res.json<Timeline>();
}

function all(timeline: Timeline): Item[] {
  return [...timeline.items, ...timeline.candidates];
}

describe('a KR-only source', () => {
  it('is invisible to the US: 404, and absent from lists, timeline and search', async () => {
    const us = await t.as(US_DELEGATE);
    expect((await us.get(`/sources/${krOnly.id}`)).statusCode).toBe(404);
    const list = (await us.get(`/groups/${t.groupId}/sources`)).json<{ items: { id: string }[] }>().items;
    expect(list.map((s) => s.id)).toContain(shared.id);
    expect(list.map((s) => s.id)).not.toContain(krOnly.id);
    expect(list.map((s) => s.id)).not.toContain(krOnRound1.id);
    const search = (await us.get('/search?q=Zebrafinch')).json<{ items: unknown[] }>().items;
    expect(search).toEqual([]);
    const usTimeline = all(await timelineOf(US_DELEGATE));
    expect(krOnly.events.length).toBeGreaterThan(0);
    for (const id of krOnly.events) {
      expect(usTimeline.some((i) => i.id === id)).toBe(false);
      expect((await us.get(`/timeline-events/${id}`)).statusCode).toBe(404);
      expect((await us.post(`/timeline-events/${id}/transitions`, { action: 'accept' })).statusCode).toBe(
        404,
      );
    }
    const people = (await us.get(`/groups/${t.groupId}/people`)).json<{ items: { name: string }[] }>().items;
    expect(people.map((p) => p.name)).not.toContain('Zebrafinch');
  });

  it('is visible to its own party, in search and on the timeline', async () => {
    const kr = await t.as(KR_DELEGATE);
    expect((await kr.get(`/sources/${krOnly.id}`)).statusCode).toBe(200);
    const search = (await kr.get('/search?q=Zebrafinch')).json<{ items: { id: string; kind: string }[] }>()
      .items;
    expect(search).toEqual([expect.objectContaining({ id: krOnly.id, kind: 'source' })]);
    const krTimeline = all(await timelineOf(KR_DELEGATE));
    for (const id of krOnly.events) expect(krTimeline.some((i) => i.id === id)).toBe(true);
  });

  it('corroborates a shared event without showing its title or sentence to the US', async () => {
    const eventId = shared.events.find((id) => krOnRound1.events.includes(id));
    expect(eventId).toBeTruthy();
    const us = all(await timelineOf(US_DELEGATE)).find((i) => i.id === eventId);
    const kr = all(await timelineOf(KR_DELEGATE)).find((i) => i.id === eventId);
    expect(kr?.sources.map((s) => s.sourceId)).toEqual(expect.arrayContaining([shared.id, krOnRound1.id]));
    expect(us?.sources.map((s) => s.sourceId)).toContain(shared.id);
    expect(us?.sources.map((s) => s.sourceId)).not.toContain(krOnRound1.id);
    expect(us?.sources.length).toBe((kr?.sources.length ?? 0) - 1);
    expect(JSON.stringify(us)).not.toContain('Quokkabriefing');
  });
});

describe('accepting and rejecting extracted events', () => {
  it('refuses an observer, lets a delegate accept, then reject', async () => {
    const eventId = shared.events[0]!;
    const observer = await t.as(KR_STAFF);
    const seen = (await observer.get(`/timeline-events/${eventId}`)).json<Item>();
    expect(seen.abilities).toEqual({ accept: false, reject: false, edit: false, merge: false, split: false });
    expect(
      (await observer.post(`/timeline-events/${eventId}/transitions`, { action: 'accept' })).statusCode,
    ).toBe(403);
    const kr = await t.as(KR_DELEGATE);
    expect((await kr.post(`/timeline-events/${eventId}/transitions`, { action: 'promote' })).statusCode).toBe(
      400,
    );
    const accepted = await kr.post(`/timeline-events/${eventId}/transitions`, { action: 'accept' });
    expect(accepted.json<Item>().status).toBe('accepted');
    expect((await timelineOf(US_DELEGATE)).items.some((i) => i.id === eventId)).toBe(true);
    const rejected = await kr.post(`/timeline-events/${eventId}/transitions`, { action: 'reject' });
    expect(rejected.json<Item>().status).toBe('rejected');
    expect(all(await timelineOf(US_DELEGATE)).some((i) => i.id === eventId)).toBe(false);
  });

  it('lets a member confirm a new person named in a source', async () => {
    const us = await t.as(US_DELEGATE);
    const palladino = shared.people.find((p) => p.name === 'Robert Palladino');
    expect(palladino?.personId).toBeTruthy();
    const res = await us.post(`/people/${palladino!.personId}/transitions`, { action: 'confirm' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ status: string }>().status).toBe('confirmed');
    const next = await us.post(`/groups/${t.groupId}/sources`, {
      kind: 'news',
      outlet: 'Yonhap',
      title: 'Again',
      visibility: 'shared',
      classification: 'UNCLASSIFIED',
      text: `${YONHAP_ROUND_1}\n\nState Department deputy spokesperson Robert Palladino welcomed the talks.`,
    });
    const again = next.json<Source>().people.find((p) => p.name === 'Robert Palladino');
    expect(again?.personId).toBe(palladino!.personId);
  });
});
