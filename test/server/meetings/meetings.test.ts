import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  KR_CHAIR,
  KR_DELEGATE,
  KR_MOU,
  US_CHAIR,
  US_DELEGATE,
  US_LAMBERT,
  ADMIN,
  type TestApp,
} from '../../support/test-app.js';
import { remindActionItemOwners } from '../../../src/server/modules/meetings/outcomes.service.js';
import { extractPdfText, parseIcs } from './export-parsers.js';
import { tokenClient } from './token-client.js';

interface Meeting {
  id: string;
  round: number;
  title: string;
  status: string;
  timeZone: string;
  localTimes: Record<string, { start: string; end: string }>;
  agendaApprovals: Record<string, string>;
  awaitingAgendaApproval: string[];
  abilities: Record<string, boolean>;
  agenda: { id: string; title: string; position: number; trackId: string | null }[];
  attendees: { userId: string; party: string; agency: { code: string } | null; present: boolean }[];
}
interface Outcome {
  id: string;
  kind: string;
  title: string;
  status: string | null;
  overdue: boolean;
  dueOn: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; details?: { fields?: { field: string }[] } };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** The raw bytes of a response (the test client decodes bodies as UTF-8 text). */
async function getBytes(email: string, url: string) {
  const client = await t.as(email);
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: { cookie: client.cookie! },
  });
  return {
    statusCode: res.statusCode,
    contentType: String(res.headers['content-type']),
    bytes: res.rawPayload,
  };
}

async function demoMeetings(email = KR_CHAIR): Promise<Meeting[]> {
  const res = await (await t.as(email)).get(`/groups/${t.groupId}/meetings`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Meeting[] }>().items;
}

async function createMeeting(body: Record<string, unknown>): Promise<Meeting> {
  const res = await (
    await t.as(US_DELEGATE)
  ).post(`/groups/${t.groupId}/meetings`, {
    round: 3,
    title: 'Third meeting',
    startsAt: '2019-01-17T15:00:00Z',
    endsAt: '2019-01-17T18:00:00Z',
    timeZone: 'America/New_York',
    venue: { city: 'Washington, DC', place: 'Department of State' },
    format: 'in_person',
    hostParty: 'US',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Meeting>();
}

describe('times shown in each zone', () => {
  it('shows round 1 at 14:00 on 20 November in New York and 04:00 on 21 November in Seoul', async () => {
    const round1 = (await demoMeetings()).find((m) => m.round === 1)!;
    expect(round1).toMatchObject({ status: 'closed', timeZone: 'America/New_York' });
    expect(round1.localTimes).toEqual({
      venue: { start: '2018-11-20T14:00:00-05:00', end: '2018-11-20T17:00:00-05:00' },
      US: { start: '2018-11-20T14:00:00-05:00', end: '2018-11-20T17:00:00-05:00' },
      KR: { start: '2018-11-21T04:00:00+09:00', end: '2018-11-21T07:00:00+09:00' },
    });
  });

  it.each([
    // The US changed to daylight time on 10 March 2019; Korea keeps +09:00 all year.
    ['2019-03-08T15:00:00Z', '2019-03-08T10:00:00-05:00', '2019-03-09T00:00:00+09:00'],
    ['2019-03-11T14:00:00Z', '2019-03-11T10:00:00-04:00', '2019-03-11T23:00:00+09:00'],
  ])('meeting at %s reads %s in New York and %s in Seoul', async (startsAt, ny, seoul) => {
    const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
    const m = await createMeeting({ round: 9, title: `DST case ${startsAt}`, startsAt, endsAt });
    expect(m.localTimes.venue!.start).toBe(ny);
    expect(m.localTimes.US!.start).toBe(ny);
    expect(m.localTimes.KR!.start).toBe(seoul);
  });

  it('refuses an unknown time zone and an end before the start, naming the fields', async () => {
    const us = await t.as(US_DELEGATE);
    const base = {
      round: 4,
      title: 'x',
      venue: { city: 'Seoul' },
      format: 'video',
      hostParty: 'KR',
      startsAt: '2019-02-01T10:00:00Z',
    };
    const badZone = await us.post(`/groups/${t.groupId}/meetings`, {
      ...base,
      endsAt: '2019-02-01T11:00:00Z',
      timeZone: 'Asia/Atlantis',
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json<ErrorBody>().error.details?.fields?.[0]?.field).toBe('body.timeZone');
    const backwards = await us.post(`/groups/${t.groupId}/meetings`, {
      ...base,
      endsAt: '2019-02-01T09:00:00Z',
      timeZone: 'Asia/Seoul',
    });
    expect(backwards.json<ErrorBody>().error.details?.fields?.[0]?.field).toBe('body.endsAt');
    const missing = await us.post(`/groups/${t.groupId}/meetings`, { title: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().error.details?.fields?.map((f) => f.field)).toEqual(
      expect.arrayContaining(['body.round', 'body.title', 'body.startsAt', 'body.timeZone', 'body.format']),
    );
  });
});

describe('agenda agreement', () => {
  it('is agreed when both co-chairs approve, and needs agreement again after a change', async () => {
    const m = await createMeeting({});
    const us = await tokenClient(t, US_DELEGATE);
    const usChair = await tokenClient(t, US_CHAIR);
    const krChair = await tokenClient(t, KR_CHAIR);
    const add = (title: string) =>
      us.post(`/meetings/${m.id}/agenda-items`, { title, trackId: t.world.tracks.get('humanitarian') });
    expect((await add('Humanitarian assistance')).statusCode).toBe(201);

    const byDelegate = await us.post(`/meetings/${m.id}/transitions`, { action: 'approve_agenda' });
    expect(byDelegate.statusCode).toBe(403);
    expect(byDelegate.json<ErrorBody>().error.code).toBe('not_co_chair');

    const first = await usChair.post(`/meetings/${m.id}/transitions`, { action: 'approve_agenda' });
    expect(first.json<Meeting>()).toMatchObject({ status: 'planned', awaitingAgendaApproval: ['KR'] });
    const again = await usChair.post(`/meetings/${m.id}/transitions`, { action: 'approve_agenda' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('already_approved');

    const notice = await krChair.get('/notifications');
    expect(JSON.stringify(notice.json())).toContain('needs your approval');

    const agreed = await krChair.post(`/meetings/${m.id}/transitions`, { action: 'approve_agenda' });
    expect(agreed.json<Meeting>()).toMatchObject({ status: 'agenda_agreed', awaitingAgendaApproval: [] });

    expect((await add('Railway survey follow-up')).statusCode).toBe(201);
    const reopened = (await krChair.get(`/meetings/${m.id}`)).json<Meeting>();
    expect(reopened.status).toBe('planned');
    expect(reopened.agendaApprovals).toEqual({});
    expect(reopened.agenda.map((a) => [a.position, a.title])).toEqual([
      [1, 'Humanitarian assistance'],
      [2, 'Railway survey follow-up'],
    ]);
    expect(reopened.abilities.approveAgenda).toBe(true);

    const early = await krChair.post(`/meetings/${m.id}/transitions`, { action: 'mark_held' });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorBody>().error.code).toBe('agenda_not_agreed');
    await krChair.post(`/meetings/${m.id}/transitions`, { action: 'approve_agenda' });
    await usChair.post(`/meetings/${m.id}/transitions`, { action: 'approve_agenda' });
    const beforeStart = await krChair.post(`/meetings/${m.id}/transitions`, { action: 'mark_held' });
    expect(beforeStart.json<ErrorBody>().error.code).toBe('meeting_not_started');

    t.clock.set(new Date('2019-01-17T16:00:00Z'));
    try {
      const held = await krChair.post(`/meetings/${m.id}/transitions`, { action: 'mark_held' });
      expect(held.json<Meeting>().status).toBe('held');
      const late = await add('Too late');
      expect(late.statusCode).toBe(409);
      const closed = await usChair.post(`/meetings/${m.id}/transitions`, { action: 'close' });
      expect(closed.json<Meeting>().status).toBe('closed');
      const after = await us.post(`/meetings/${m.id}/outcomes`, { kind: 'note', title: 'After close' });
      expect(after.json<ErrorBody>().error.code).toBe('meeting_closed');
    } finally {
      t.clock.set(new Date('2018-11-15T00:00:00Z'));
    }
  });

  it('refuses an unknown action naming the field', async () => {
    const m = (await demoMeetings())[0]!;
    const res = await (await t.as(KR_CHAIR)).post(`/meetings/${m.id}/transitions`, { action: 'adjourn' });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.details?.fields?.[0]?.field).toBe('body.action');
  });
});

describe('attendance and outcomes', () => {
  it('shows the demo attendance of round 1 by party and agency', async () => {
    const round1 = (await demoMeetings()).find((m) => m.round === 1)!;
    const detail = (await (await t.as(US_LAMBERT)).get(`/meetings/${round1.id}`)).json<Meeting>();
    const byParty = (p: string) => detail.attendees.filter((a) => a.party === p).map((a) => a.agency?.code);
    expect(byParty('KR').sort()).toEqual(['CWD', 'MOFA', 'MOFA', 'MOU']);
    expect(byParty('US').sort()).toEqual(['NSC', 'STATE', 'STATE', 'STATE']);
    expect(detail.agenda.map((a) => a.title)).toContain('Groundbreaking for reconnecting the railways');
  });

  it('replaces attendance and refuses someone outside the group', async () => {
    const m = await createMeeting({ round: 5, title: 'Attendance case' });
    const us = await t.as(US_DELEGATE);
    const krChairId = t.world.users.get(KR_CHAIR)!;
    const adminId = t.world.users.get(ADMIN)!;
    const bad = await us.put(`/meetings/${m.id}/attendees`, [
      { userId: adminId, roleAtMeeting: 'Guest', present: true },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.details?.fields?.[0]?.field).toBe('body.0.userId');
    const ok = await us.put(`/meetings/${m.id}/attendees`, [
      { userId: krChairId, roleAtMeeting: 'Co-chair', present: false },
    ]);
    expect(ok.statusCode).toBe(200);
    const detail = (await us.get(`/meetings/${m.id}`)).json<Meeting>();
    expect(detail.attendees).toEqual([expect.objectContaining({ userId: krChairId, present: false })]);
  });

  it('lists an open action item as overdue after its due date, and reminds its owner once', async () => {
    const m = await createMeeting({ round: 6, title: 'Outcomes case' });
    const kr = await tokenClient(t, KR_DELEGATE);
    const noDue = await kr.post(`/meetings/${m.id}/outcomes`, {
      kind: 'action_item',
      title: 'No owner',
    });
    expect(noDue.statusCode).toBe(400);
    const created = await kr.post(`/meetings/${m.id}/outcomes`, {
      kind: 'action_item',
      title: 'Draft the exemption request',
      ownerId: t.world.users.get(KR_MOU),
      dueOn: '2018-11-20',
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json<Outcome>();
    expect(item).toMatchObject({ status: 'open', overdue: false });

    const mou = await tokenClient(t, KR_MOU);
    const reminders = async () =>
      (await mou.get('/notifications'))
        .json<{ items: { title: string }[] }>()
        .items.filter((n) => n.title.includes('Due 2018-11-20'));
    await remindActionItemOwners(t.runtime.deps);
    expect(await reminders()).toHaveLength(0); // five days ahead: too early
    t.clock.set(new Date('2018-11-19T09:00:00Z'));
    try {
      await remindActionItemOwners(t.runtime.deps);
      await remindActionItemOwners(t.runtime.deps);
      expect(await reminders()).toHaveLength(1);

      t.clock.set(new Date('2018-11-21T09:00:00Z'));
      const overdue = await kr.get(`/groups/${t.groupId}/action-items?overdue=1`);
      expect(overdue.json<{ items: Outcome[] }>().items.map((i) => i.id)).toContain(item.id);
      const done = await kr.patch(`/outcomes/${item.id}`, { status: 'done' });
      expect(done.json<Outcome>()).toMatchObject({ status: 'done', overdue: false });
      const after = await kr.get(`/groups/${t.groupId}/action-items?overdue=1`);
      expect(after.json<{ items: Outcome[] }>().items.map((i) => i.id)).not.toContain(item.id);
      const all = await kr.get(`/groups/${t.groupId}/action-items`);
      expect(all.json<{ items: Outcome[] }>().items.map((i) => i.id)).toContain(item.id);
    } finally {
      t.clock.set(new Date('2018-11-15T00:00:00Z'));
    }
  });

  it('shows the demo round 2 action item as overdue once January has passed', async () => {
    const usChair = await tokenClient(t, US_CHAIR);
    t.clock.set(new Date('2019-01-20T00:00:00Z'));
    try {
      const res = await usChair.get(`/groups/${t.groupId}/action-items?overdue=1`);
      const titles = res.json<{ items: Outcome[] }>().items.map((i) => i.title);
      expect(titles).toContain('Review travel arrangements for humanitarian aid workers');
      expect(titles).not.toContain('Share the groundbreaking ceremony plan and list of goods');
    } finally {
      t.clock.set(new Date('2018-11-15T00:00:00Z'));
    }
  });
});

describe('exports', () => {
  it('writes round 1 as iCalendar in the venue time zone', async () => {
    const round1 = (await demoMeetings()).find((m) => m.round === 1)!;
    const res = await (await t.as(KR_CHAIR)).get(`/meetings/${round1.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/calendar');
    const ics = parseIcs(res.body);
    expect(ics.timezones).toEqual(['America/New_York']);
    expect(ics.events).toHaveLength(1);
    const start = ics.events[0]!.props.get('DTSTART')!;
    expect(start).toEqual({ params: { TZID: 'America/New_York' }, value: '20181120T140000' });
    expect(ics.events[0]!.props.get('SUMMARY')!.value).toContain('Round 1');
  });

  it('writes every visible meeting of the group into one calendar, with both zones', async () => {
    const res = await (await t.as(US_DELEGATE)).get(`/groups/${t.groupId}/calendar.ics`);
    const ics = parseIcs(res.body);
    expect(ics.timezones).toEqual(expect.arrayContaining(['America/New_York', 'Asia/Seoul']));
    const seoul = ics.events.find((e) => e.props.get('SUMMARY')?.value.includes('Round 2'))!;
    expect(seoul.props.get('DTSTART')).toEqual({ params: { TZID: 'Asia/Seoul' }, value: '20181221T100000' });
    expect((await (await t.as(ADMIN)).get(`/groups/${t.groupId}/calendar.ics`)).statusCode).toBe(404);
  });

  it('marks the minutes with the highest classification included, and leaves out what the reader may not see', async () => {
    const round2 = (await demoMeetings()).find((m) => m.round === 2)!;
    const m = await createMeeting({ round: 7, title: 'Minutes case' });
    const kr = await t.as(KR_CHAIR);
    await kr.post(`/meetings/${m.id}/agenda-items`, { title: 'Joint inter-Korean railway survey' });
    // Korean text is drawn with an embedded Korean font, not lost to Helvetica.
    await kr.post(`/meetings/${m.id}/agenda-items`, { title: '남북 철도 공동조사 (이도훈 본부장)' });
    const secret = await kr.post(`/meetings/${m.id}/outcomes`, {
      kind: 'note',
      title: 'Confidential assessment of the talks',
      classification: 'CONFIDENTIAL',
    });
    expect(secret.statusCode, secret.body).toBe(201);

    const chairPdf = await getBytes(KR_CHAIR, `/meetings/${m.id}/minutes.pdf`);
    expect(chairPdf.statusCode).toBe(200);
    expect(chairPdf.contentType).toBe('application/pdf');
    expect(chairPdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const chairText = await extractPdfText(chairPdf.bytes);
    expect(chairText.join('\n')).toContain('1. Joint inter-Korean railway survey');
    expect(chairText.filter((s) => s === 'CONFIDENTIAL')).toHaveLength(2);
    expect(chairText.join('\n')).toContain('Confidential assessment');
    expect(chairText.join('\n')).toContain('남북 철도 공동조사 (이도훈 본부장)');

    const lambertPdf = await getBytes(US_LAMBERT, `/meetings/${m.id}/minutes.pdf`);
    const lambertText = await extractPdfText(lambertPdf.bytes);
    expect(lambertText.join('\n')).not.toContain('Confidential assessment');
    expect(lambertText.filter((s) => s === 'UNCLASSIFIED')).toHaveLength(2);

    const demoPdf = await getBytes(KR_CHAIR, `/meetings/${round2.id}/minutes.pdf`);
    const demoText = (await extractPdfText(demoPdf.bytes)).join('\n');
    expect(demoText).toContain('Upcoming groundbreaking ceremony at Panmun Station');
    expect(demoText).toContain('Lee Do-hoon');
  });
});
