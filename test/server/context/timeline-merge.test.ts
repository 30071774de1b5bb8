import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KR_CHAIR,
  KR_DELEGATE,
  KR_STAFF,
  US_DELEGATE,
  createTestApp,
  type TestApp,
} from '../../support/test-app.js';

interface Item {
  id: string;
  date: string;
  status: string;
  sources: { sourceId: string; outlet: string }[];
  link: Record<string, string>;
  disagreements: { field: string }[];
  abilities: Record<string, boolean>;
}
interface Timeline {
  items: Item[];
  candidates: Item[];
}
interface ErrorJson {
  error: { code: string; details?: { fields?: { field: string }[] } };
}

const base = { kind: 'news', url: '', classification: 'UNCLASSIFIED' } as const;

// A report that gets the day of round 1 wrong by two weeks: the extraction rightly keeps it apart from the
// demo's two reports of 20 November. The member knows it is the same meeting.
const MISDATED = `WASHINGTON (AP) — South Korea and the United States held the first meeting of their new working group on North Korea in Washington on Dec. 5, officials said.`;

let t: TestApp;
let round1Event: string;
let round1: string;

async function addSource(
  email: string,
  body: Record<string, unknown>,
): Promise<{ id: string; event: string }> {
  const made = await (await t.as(email)).post(`/groups/${t.groupId}/sources`, { ...base, ...body });
  expect(made.statusCode, made.body).toBe(201);
  const json = made.json<{ id: string; events: string[] }>();
  return { id: json.id, event: json.events[0]! };
}

async function merge(email: string, into: string, eventId: string, ifMatch?: string) {
  const client = await t.as(email);
  return client.post(
    `/timeline-events/${into}/merge`,
    { eventId },
    ifMatch ? { 'if-match': ifMatch } : undefined,
  );
}

const fieldsOf = (res: { json<T>(): T }) =>
  res.json<ErrorJson>().error.details?.fields?.map((f) => f.field) ?? [];

beforeAll(async () => {
  t = await createTestApp();
  const kr = await t.as(KR_DELEGATE);
  const timeline = (await kr.get(`/groups/${t.groupId}/timeline`)).json<Timeline>();
  round1Event = timeline.candidates.find((c) => c.date === '2018-11-20' && c.link.meetingId)!.id;
  round1 = timeline.candidates.find((c) => c.id === round1Event)!.link.meetingId!;
  const chair = await t.as(KR_CHAIR);
  const role = await chair.post(`/groups/${t.groupId}/members`, {
    userId: t.world.users.get(KR_STAFF)!,
    role: 'observer',
  });
  expect(role.statusCode).toBeLessThan(300);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('merging two events that are one', () => {
  it('folds a misdated report into the round-1 event: one event, three sources, the dates shown apart', async () => {
    const misdated = await addSource(KR_DELEGATE, {
      visibility: 'shared',
      outlet: 'AP',
      title: 'Working group meets (misdated)',
      publishedAt: '2018-12-06',
      text: MISDATED,
    });
    expect(misdated.event).not.toBe(round1Event);
    const kr = await t.as(KR_DELEGATE);
    const before = await kr.get(`/timeline-events/${round1Event}`);
    expect(before.json<Item>().abilities.merge).toBe(true);

    const res = await merge(KR_DELEGATE, round1Event, misdated.event, before.headers.etag as string);
    expect(res.statusCode, res.body).toBe(200);
    const merged = res.json<Item>();
    expect(merged.sources.map((s) => s.outlet).sort()).toEqual(['AP', 'AP', 'Yonhap']);
    expect(merged.sources.map((s) => s.sourceId)).toContain(misdated.id);
    expect(merged.date).toBe('2018-11-20');
    expect(merged.link.meetingId).toBe(round1);
    expect(merged.disagreements.map((d) => d.field)).toContain('date');
    expect(res.headers.etag).not.toBe(before.headers.etag);

    // The other event is gone; its source now reports the merged one.
    expect((await kr.get(`/timeline-events/${misdated.event}`)).statusCode).toBe(404);
    const timeline = (await kr.get(`/groups/${t.groupId}/timeline`)).json<Timeline>();
    expect([...timeline.items, ...timeline.candidates].some((i) => i.id === misdated.event)).toBe(false);
    expect((await kr.get(`/sources/${misdated.id}`)).json<{ events: string[] }>().events).toEqual([
      round1Event,
    ]);

    const audit = await t.runtime.deps.db
      .selectFrom('auditLog')
      .select(['recordId', 'details'])
      .where('action', '=', 'timeline_event.merge')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.recordId).toBe(round1Event);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ merged: misdated.event, sources: 3 });
  });

  it('keeps an accepted event accepted when a candidate is folded into it', async () => {
    const first = await addSource(KR_DELEGATE, {
      visibility: 'shared',
      outlet: 'Yonhap',
      title: 'Delegations prepare the ceremony',
      publishedAt: '2018-12-06',
      text: 'The delegations met in Seoul on Dec. 4 to prepare the ceremony, officials said.',
    });
    const second = await addSource(KR_DELEGATE, {
      visibility: 'shared',
      outlet: 'Reuters',
      title: 'Delegations meet again',
      publishedAt: '2018-12-20',
      text: 'The delegations met in Seoul on Dec. 18 to prepare the ceremony, officials said.',
    });
    expect(second.event).not.toBe(first.event);
    const kr = await t.as(KR_DELEGATE);
    expect(
      (await kr.post(`/timeline-events/${second.event}/transitions`, { action: 'accept' })).statusCode,
    ).toBe(200);
    const res = await merge(KR_DELEGATE, first.event, second.event);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Item>().status).toBe('accepted');
  });

  it('refuses what cannot be merged, naming why, and changes nothing', async () => {
    const hidden = await addSource(KR_DELEGATE, {
      visibility: 'party',
      outlet: 'MOFA digest',
      title: 'KR digest',
      publishedAt: '2018-10-16',
      text: 'Officials of the two sides met in Panmunjom on Oct. 15 to discuss the railway inspection, a ministry note said.',
    });
    const before = (await (await t.as(KR_DELEGATE)).get(`/timeline-events/${round1Event}`)).body;

    const itself = await merge(KR_DELEGATE, round1Event, round1Event);
    expect(itself.statusCode).toBe(400);
    expect(fieldsOf(itself)).toEqual(['body.eventId']);
    const unknown = await merge(KR_DELEGATE, round1Event, 'no-such-event-0000');
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['body.eventId']);
    // The US delegate may not see the KR-only event: it answers as one that does not exist, without its id.
    const invisible = await merge(US_DELEGATE, round1Event, hidden.event);
    expect(invisible.statusCode).toBe(400);
    expect(invisible.json()).toEqual(unknown.json());
    // KR sees both, but a KR-only event does not go into one the US side reads.
    const readers = await merge(KR_DELEGATE, round1Event, hidden.event);
    expect(readers.statusCode).toBe(409);
    expect(readers.json<ErrorJson>().error.code).toBe('event_readers_differ');
    expect((await merge(KR_STAFF, round1Event, hidden.event)).statusCode).toBe(403);
    const stale = await merge(KR_DELEGATE, round1Event, hidden.event, '"timeline-event-stale"');
    expect(stale.statusCode).toBe(409); // readers are judged before the version
    const anonymous = await t.anonymous.post(`/timeline-events/${round1Event}/merge`, {
      eventId: hidden.event,
    });
    expect(anonymous.statusCode).toBe(401);

    expect((await (await t.as(KR_DELEGATE)).get(`/timeline-events/${round1Event}`)).body).toBe(before);
    expect((await (await t.as(KR_DELEGATE)).get(`/timeline-events/${hidden.event}`)).statusCode).toBe(200);
  });

  it('refuses a stale If-Match and a rejected event', async () => {
    const one = await addSource(KR_DELEGATE, {
      visibility: 'shared',
      outlet: 'KBS',
      title: 'Ceremony planned',
      publishedAt: '2018-12-20',
      text: 'The groundbreaking ceremony for the railway will be held at Panmun Station in Kaesong on Dec. 26, officials said.',
    });
    const two = await addSource(KR_DELEGATE, {
      visibility: 'shared',
      outlet: 'NK News',
      title: 'Ceremony date',
      publishedAt: '2018-12-08',
      text: 'The groundbreaking ceremony will be held at the station in early January, a ministry official said.',
    });
    const stale = await merge(KR_DELEGATE, one.event, two.event, '"timeline-event-stale"');
    expect(stale.statusCode).toBe(412);
    const kr = await t.as(KR_DELEGATE);
    expect(
      (await kr.post(`/timeline-events/${two.event}/transitions`, { action: 'reject' })).statusCode,
    ).toBe(200);
    const rejected = await merge(KR_DELEGATE, one.event, two.event);
    expect(rejected.statusCode).toBe(409);
    expect(rejected.json<ErrorJson>().error.code).toBe('event_rejected');
  });
});

describe('splitting a source off an event', () => {
  async function split(email: string, id: string, sourceId: string, ifMatch?: string) {
    const client = await t.as(email);
    return client.post(
      `/timeline-events/${id}/split`,
      { sourceId },
      ifMatch ? { 'if-match': ifMatch } : undefined,
    );
  }
  const sourcesOf = async (id: string) =>
    (await (await t.as(KR_DELEGATE)).get(`/timeline-events/${id}`))
      .json<Item>()
      .sources.map((s) => s.sourceId);

  it('undoes the merge: the misdated report becomes its own event again, dated as it says', async () => {
    const misdated = (await (await t.as(KR_DELEGATE)).get(`/groups/${t.groupId}/sources`))
      .json<{ items: { id: string; title: string }[] }>()
      .items.find((s) => s.title === 'Working group meets (misdated)')!;
    const before = await (await t.as(KR_DELEGATE)).get(`/timeline-events/${round1Event}`);
    expect(before.json<Item>().abilities.split).toBe(true);
    const res = await split(KR_DELEGATE, round1Event, misdated.id, before.headers.etag as string);
    expect(res.statusCode, res.body).toBe(200);
    const { event, split: made } = res.json<{ event: Item; split: Item }>();
    expect(event.sources.map((s) => s.outlet).sort()).toEqual(['AP', 'Yonhap']);
    expect(event.disagreements).toEqual([]);
    expect(made).toMatchObject({ date: '2018-12-05', status: 'candidate', visibility: 'shared' });
    expect(made.sources.map((s) => s.sourceId)).toEqual([misdated.id]);
    expect(
      (await (await t.as(KR_DELEGATE)).get(`/sources/${misdated.id}`)).json<{ events: string[] }>().events,
    ).toEqual([made.id]);
    const audit = await t.runtime.deps.db
      .selectFrom('auditLog')
      .select('details')
      .where('action', '=', 'timeline_event.split')
      .execute();
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([{ sourceId: misdated.id, into: made.id }]);
  });

  it('gives a party-only source’s new event that party’s readers only', async () => {
    const digest = await addSource(KR_DELEGATE, {
      visibility: 'party',
      outlet: 'MOFA digest',
      title: 'Round 1 (KR digest)',
      publishedAt: '2018-11-21',
      text: 'WASHINGTON, Nov. 20 -- Lee Do-hoon and Stephen Biegun held the first meeting of the working group in Washington on Tuesday.',
    });
    // It corroborated the shared round-1 event (the US side does not see it there).
    expect(digest.event).toBe(round1Event);
    expect(await sourcesOf(round1Event)).toContain(digest.id);
    const res = await split(KR_DELEGATE, round1Event, digest.id);
    expect(res.statusCode, res.body).toBe(200);
    const made = res.json<{ split: Item & { party: string } }>().split;
    expect(made).toMatchObject({ visibility: 'party', party: 'KR' });
    expect((await (await t.as(US_DELEGATE)).get(`/timeline-events/${made.id}`)).statusCode).toBe(404);
    expect(await sourcesOf(round1Event)).not.toContain(digest.id);
  });

  it('refuses a source the event does not have or the member may not see, its only source, and observers', async () => {
    const hiddenSource = await addSource(KR_DELEGATE, {
      visibility: 'party',
      outlet: 'MOFA digest',
      title: 'Round 1 again (KR digest)',
      publishedAt: '2018-11-21',
      text: 'WASHINGTON, Nov. 20 -- Lee Do-hoon and Stephen Biegun held the first meeting of the working group in Washington on Tuesday, officials said.',
    });
    expect(await sourcesOf(round1Event)).toContain(hiddenSource.id);
    const before = (await (await t.as(KR_DELEGATE)).get(`/timeline-events/${round1Event}`)).body;
    const unknown = await split(US_DELEGATE, round1Event, 'no-such-source-000');
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['body.sourceId']);
    const invisible = await split(US_DELEGATE, round1Event, hiddenSource.id);
    expect(invisible.statusCode).toBe(400);
    expect(invisible.json()).toEqual(unknown.json());
    expect((await split(KR_STAFF, round1Event, hiddenSource.id)).statusCode).toBe(403);
    expect(
      (await split(KR_DELEGATE, round1Event, hiddenSource.id, '"timeline-event-stale"')).statusCode,
    ).toBe(412);
    expect((await (await t.as(KR_DELEGATE)).get(`/timeline-events/${round1Event}`)).body).toBe(before);

    const single = await addSource(KR_DELEGATE, {
      visibility: 'shared',
      outlet: 'KBS',
      title: 'A visit',
      publishedAt: '2018-10-02',
      text: 'Officials of the two sides met in Jeju on Oct. 1 to discuss tourism, a ministry note said.',
    });
    const alone = await split(KR_DELEGATE, single.event, single.id);
    expect(alone.statusCode).toBe(409);
    expect(alone.json<ErrorJson>().error.code).toBe('event_single_source');
  });
});
