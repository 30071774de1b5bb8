import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KR_CHAIR, US_CHAIR, US_DELEGATE, createTestApp, type TestApp } from '../../support/test-app.js';

interface Item {
  recordKind: string;
  kind: string;
  title: string;
  date: string;
  link: Record<string, string>;
}
interface Timeline {
  items: Item[];
  candidates: Item[];
}

let t: TestApp;
let tracks: Map<string, string>;
let rounds: Map<number, string>;

beforeAll(async () => {
  t = await createTestApp();
  const kr = await t.as(KR_CHAIR);
  const list = (await kr.get(`/groups/${t.groupId}/tracks`)).json<{ items: { id: string; key: string }[] }>();
  tracks = new Map(list.items.map((track) => [track.key, track.id]));
  const meetings = (await kr.get(`/groups/${t.groupId}/meetings`)).json<{
    items: { id: string; round: number }[];
  }>();
  rounds = new Map(meetings.items.map((m) => [m.round, m.id]));
});
afterAll(async () => t?.close());

async function onTrack(email: string, key: string): Promise<Timeline> {
  const res = await (await t.as(email)).get(`/groups/${t.groupId}/timeline?track=${tracks.get(key)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Timeline>();
}
const meetingIds = (timeline: Timeline) =>
  timeline.items.filter((i) => i.recordKind === 'meeting').map((i) => i.link.meetingId);

// A meeting is on the tracks of its agenda; a statement on those of the meeting it was made at; an outside event
// on the track of the record it is linked to. Round 1 discussed the peace regime, round 2 humanitarian aid.
describe('the timeline filtered by track', () => {
  it('keeps the meetings with the track on their agenda, their readouts and the reports linked to them', async () => {
    const peace = await onTrack(KR_CHAIR, 'peace_regime');
    expect(meetingIds(peace)).toEqual([rounds.get(1)]);
    const readouts = peace.items.filter((i) => i.recordKind === 'statement');
    expect(readouts.map((r) => r.title).sort()).toEqual([
      'KR readout: first meeting of the ROK–US working group',
      'US readout: first meeting of the US–ROK working group',
    ]);
    // The demo's wire reports of round 1 are one candidate event linked to the meeting.
    expect(peace.candidates.map((c) => c.link.meetingId)).toContain(rounds.get(1));
    // The peace regime has no proposal or milestone in the demo.
    expect(peace.items.filter((i) => i.recordKind === 'proposal' || i.recordKind === 'milestone')).toEqual(
      [],
    );
  });

  it('leaves out what is on other tracks only', async () => {
    const aid = await onTrack(KR_CHAIR, 'humanitarian');
    expect(meetingIds(aid)).toEqual([rounds.get(2)]);
    expect(aid.candidates.some((c) => c.link.meetingId === rounds.get(1))).toBe(false);
    expect(aid.items.some((i) => i.recordKind === 'statement' && i.title.includes('first meeting'))).toBe(
      false,
    );
    expect(aid.items.filter((i) => i.recordKind === 'proposal').length).toBeGreaterThan(0);
    const everything = (await (await t.as(KR_CHAIR)).get(`/groups/${t.groupId}/timeline`)).json<Timeline>();
    expect(meetingIds(everything).sort()).toEqual([rounds.get(1), rounds.get(2)].sort());
  });

  it('counts only agenda items the reader may see', async () => {
    const us = await t.as(US_DELEGATE);
    const created = await us.post(`/groups/${t.groupId}/meetings`, {
      round: 3,
      title: 'Third meeting',
      startsAt: '2019-01-17T15:00:00Z',
      endsAt: '2019-01-17T18:00:00Z',
      timeZone: 'America/New_York',
      venue: { city: 'Washington, DC', place: 'Department of State' },
      format: 'in_person',
      hostParty: 'US',
    });
    expect(created.statusCode, created.body).toBe(201);
    const meetingId = created.json<{ id: string }>().id;
    const item = await us.post(`/meetings/${meetingId}/agenda-items`, {
      title: 'Sequencing of sanctions relief (US only)',
      trackId: tracks.get('peace_regime'),
      visibility: 'party',
    });
    expect(item.statusCode, item.body).toBe(201);
    expect(meetingIds(await onTrack(US_CHAIR, 'peace_regime'))).toContain(meetingId);
    // KR sees the meeting, but not that it has a peace-regime item.
    const kr = (await (await t.as(KR_CHAIR)).get(`/groups/${t.groupId}/timeline`)).json<Timeline>();
    expect(meetingIds(kr)).toContain(meetingId);
    expect(meetingIds(await onTrack(KR_CHAIR, 'peace_regime'))).not.toContain(meetingId);
  });

  it('refuses a track id that is not an id', async () => {
    const res = await (await t.as(KR_CHAIR)).get(`/groups/${t.groupId}/timeline?track=%27%20OR%201%3D1`);
    expect(res.statusCode).toBe(400);
    const error = res.json<{ error: { code: string; details?: { fields?: { field: string }[] } } }>().error;
    expect(error.code).toBe('validation_failed');
    expect(error.details?.fields?.map((f) => f.field)).toEqual(['querystring.track']);
  });
});
