import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDITOR,
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
  precision: string;
  title: string;
  kind: string;
  place: string | null;
  people: string[];
  status: string;
  link: Record<string, string>;
  abilities: Record<string, boolean>;
}
interface ErrorJson {
  error: { code: string; details?: { fields?: { field: string }[] } };
}

const base = { kind: 'news', url: '', classification: 'UNCLASSIFIED' } as const;

// A report that gets the day of round 1 wrong: its event lands on 5 December, linked to nothing.
const MISDATED = `WASHINGTON (AP) — South Korea and the United States held the first meeting of their new working group on North Korea in Washington on Dec. 5, officials said.`;

let t: TestApp;
let eventId: string;
let krOnlyEventId: string;
let round1: string;

beforeAll(async () => {
  t = await createTestApp();
  const kr = await t.as(KR_DELEGATE);
  const made = await kr.post(`/groups/${t.groupId}/sources`, {
    ...base,
    visibility: 'shared',
    outlet: 'AP',
    title: 'Working group meets (misdated)',
    publishedAt: '2018-12-06',
    text: MISDATED,
  });
  expect(made.statusCode).toBe(201);
  eventId = made.json<{ events: string[] }>().events[0]!;
  const hidden = await kr.post(`/groups/${t.groupId}/sources`, {
    ...base,
    visibility: 'party',
    outlet: 'MOFA digest',
    title: 'KR digest',
    publishedAt: '2018-12-06',
    text: 'The delegations met in Seoul on Dec. 4 to prepare the ceremony, officials said.',
  });
  krOnlyEventId = hidden.json<{ events: string[] }>().events[0]!;
  round1 = (await kr.get(`/groups/${t.groupId}/meetings`))
    .json<{ items: { id: string; round: number }[] }>()
    .items.find((m) => m.round === 1)!.id;
  // An observer on the KR side, to be refused corrections.
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

describe('correcting an extracted event', () => {
  it('puts a misdated event on the right day, which links it to the group’s round-1 meeting', async () => {
    const kr = await t.as(KR_DELEGATE);
    const before = await kr.get(`/timeline-events/${eventId}`);
    expect(before.json<Item>()).toMatchObject({ date: '2018-12-05', link: {}, abilities: { edit: true } });
    const etag = String(before.headers.etag);
    const fixed = await kr.patch(
      `/timeline-events/${eventId}`,
      { date: '2018-11-20', title: 'First working group meeting' },
      { 'if-match': etag },
    );
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json<Item>()).toMatchObject({
      date: '2018-11-20',
      precision: 'day',
      title: 'First working group meeting',
      status: 'candidate',
      link: { meetingId: round1 },
    });
    expect(fixed.headers.etag).not.toBe(etag);
    // The partner sees the correction.
    const us = (await (await t.as(US_DELEGATE)).get(`/timeline-events/${eventId}`)).json<Item>();
    expect(us).toMatchObject({ date: '2018-11-20', link: { meetingId: round1 } });

    // A stale If-Match changes nothing.
    const stale = await kr.patch(`/timeline-events/${eventId}`, { place: 'Seoul' }, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    expect((await kr.get(`/timeline-events/${eventId}`)).json<Item>().place).toBe('Washington');
  });

  it('names the offending field of a bad correction and writes nothing', async () => {
    const kr = await t.as(KR_DELEGATE);
    for (const [body, field] of [
      [{ date: '2018-02-30' }, 'body.date'],
      [{ title: '   ' }, 'body.title'],
      [{ kind: 'coup' }, 'body.kind'],
      [{ colour: 'red' }, 'body'],
      [{}, 'body'],
    ] as const) {
      const res = await kr.patch(`/timeline-events/${eventId}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const fields = res.json<ErrorJson>().error.details?.fields?.map((f) => f.field) ?? [];
      expect(
        fields.some((f) => f.startsWith(field)),
        `${JSON.stringify(body)} → ${fields.join(', ')}`,
      ).toBe(true);
    }
    expect((await kr.get(`/timeline-events/${eventId}`)).json<Item>().title).toBe(
      'First working group meeting',
    );
  });

  it('refuses an observer, hides a KR-only event from the US, and does not correct a rejected event', async () => {
    const observer = await t.as(KR_STAFF);
    expect((await observer.get(`/timeline-events/${eventId}`)).json<Item>().abilities.edit).toBe(false);
    expect((await observer.patch(`/timeline-events/${eventId}`, { place: 'Seoul' })).statusCode).toBe(403);

    const us = await t.as(US_DELEGATE);
    const hidden = await us.patch(`/timeline-events/${krOnlyEventId}`, { place: 'Seoul' });
    expect(hidden.statusCode).toBe(404);
    const kr = await t.as(KR_DELEGATE);
    expect((await kr.get(`/timeline-events/${krOnlyEventId}`)).json<Item>().place).toBe('Seoul');

    expect(
      (await kr.post(`/timeline-events/${krOnlyEventId}/transitions`, { action: 'reject' })).statusCode,
    ).toBe(200);
    const rejected = await kr.patch(`/timeline-events/${krOnlyEventId}`, { title: 'Preparatory meeting' });
    expect(rejected.statusCode).toBe(409);
    expect(rejected.json<ErrorJson>().error.code).toBe('event_rejected');
  });

  it('audits which fields were corrected, without their words', async () => {
    const auditor = await t.as(AUDITOR);
    const entries = (await auditor.get(`/audit?recordId=${eventId}`)).json<{
      items: { action: string; details: Record<string, unknown> }[];
    }>().items;
    const update = entries.find((e) => e.action === 'timeline_event.update');
    expect(update?.details.changed).toEqual(expect.arrayContaining(['title', 'date']));
    expect(JSON.stringify(entries)).not.toContain('First working group meeting');
  });
});
