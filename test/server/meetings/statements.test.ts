import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../src/server/events/event-bus.js';
import { authenticate } from '../../../src/server/modules/auth/auth.service.js';
import { mayReceive } from '../../../src/server/modules/events/events.routes.js';
import { publishDueStatements } from '../../../src/server/modules/statements/statements.service.js';
import {
  createTestApp,
  KR_CHAIR,
  KR_DELEGATE,
  US_CHAIR,
  US_DELEGATE,
  US_LAMBERT,
  type TestApp,
} from '../../support/test-app.js';
import { tokenClient } from './token-client.js';

interface Statement {
  id: string;
  kind: string;
  party: string;
  status: string;
  visibility: string;
  title: string;
  body: string;
  releaseAt: string;
  approvals: Record<string, string>;
  awaitingApproval: string[];
  publishedAt: string | null;
  abilities: Record<string, boolean>;
}
interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: { releaseAt?: string; party?: string; fields?: { field: string }[] };
  };
}
interface Notice {
  title: string;
  recordId: string | null;
}

const START = '2018-11-15T00:00:00.000Z';
let t: TestApp;
let round1: string;
let round2: string;

beforeAll(async () => {
  t = await createTestApp();
  const meetings = (await (await tokenClient(t, KR_CHAIR)).get(`/groups/${t.groupId}/meetings`)).json<{
    items: { id: string; round: number }[];
  }>().items;
  round1 = meetings.find((m) => m.round === 1)!.id;
  round2 = meetings.find((m) => m.round === 2)!.id;
});
afterAll(async () => t?.close());
afterEach(() => t.clock.set(START));

async function noticesOf(email: string, recordId: string): Promise<Notice[]> {
  const res = await (await tokenClient(t, email)).get('/notifications');
  return res.json<{ items: Notice[] }>().items.filter((n) => n.recordId === recordId);
}

describe('a draft readout stays with its party until shared', () => {
  it('is absent for the other party from reads, lists, search, events and notifications', async () => {
    const events: LiveEvent[] = [];
    const unsubscribe = t.runtime.deps.events.subscribe((e) => events.push(e));
    const kr = await tokenClient(t, KR_DELEGATE);
    const us = await tokenClient(t, US_DELEGATE);
    const created = await kr.post(`/meetings/${round2}/readouts`, {
      body: '- The two sides discussed the zebracrossing humanitarian shipment.',
      releaseAt: '2018-11-16T00:00:00Z',
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<Statement>();
    expect(draft).toMatchObject({ kind: 'readout', party: 'KR', status: 'draft', visibility: 'party' });
    unsubscribe();

    const direct = await us.get(`/statements/${draft.id}`);
    expect(direct.statusCode).toBe(404);
    expect(direct.json()).toEqual((await us.get('/statements/nosuchstatement')).json());
    expect((await us.get(`/statements/${draft.id}/comments`)).statusCode).toBe(404);
    const usReadouts = (await us.get(`/meetings/${round2}/readouts`)).json<{ items: Statement[] }>().items;
    expect(usReadouts.map((s) => s.id)).not.toContain(draft.id);
    const usAll = (await us.get(`/groups/${t.groupId}/statements`)).json<{ items: Statement[] }>().items;
    expect(usAll.map((s) => s.id)).not.toContain(draft.id);
    const krReadouts = (await kr.get(`/meetings/${round2}/readouts`)).json<{ items: Statement[] }>().items;
    expect(krReadouts.map((s) => s.id)).toContain(draft.id);

    const hits = (r: { json<T>(): T }) => r.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(hits(await us.get('/search?q=zebracrossing'))).not.toContain(draft.id);
    expect(hits(await kr.get('/search?q=zebracrossing'))).toContain(draft.id);

    const usClient = await t.as(US_DELEGATE);
    const usActor = await authenticate(t.runtime.deps, {
      sessionSecret: decodeURIComponent(usClient.cookie!.slice(usClient.cookie!.indexOf('=') + 1)),
    });
    expect(usActor?.party).toBe('US');
    const aboutDraft = events.filter((e) => e.recordId === draft.id);
    expect(aboutDraft.length).toBeGreaterThan(0);
    expect(aboutDraft.filter((e) => mayReceive(usActor!, e))).toEqual([]);
    expect(await noticesOf(US_CHAIR, draft.id)).toEqual([]);

    // Shared for comment: now the partner sees it, is told, and can comment.
    const shared = await kr.post(`/statements/${draft.id}/transitions`, { action: 'share_for_comment' });
    expect(shared.json<Statement>()).toMatchObject({ status: 'shared_for_comment', visibility: 'shared' });
    expect((await us.get(`/statements/${draft.id}`)).statusCode).toBe(200);
    expect(hits(await us.get('/search?q=zebracrossing'))).toContain(draft.id);
    expect((await noticesOf(US_CHAIR, draft.id)).map((n) => n.title)).toEqual([
      expect.stringContaining('KR shared a readout for comment'),
    ]);
    const comment = await us.post(`/statements/${draft.id}/comments`, {
      body: 'Please mention the agencies.',
    });
    expect(comment.statusCode).toBe(201);
    const comments = (await kr.get(`/statements/${draft.id}/comments`)).json<{
      items: { body: string; author: { party: string } }[];
    }>().items;
    expect(comments).toEqual([
      expect.objectContaining({
        body: 'Please mention the agencies.',
        author: expect.objectContaining({ party: 'US' }),
      }),
    ]);
  });

  it('refuses a readout created as shared, naming the field', async () => {
    const kr = await tokenClient(t, KR_DELEGATE);
    const res = await kr.post(`/meetings/${round2}/readouts`, {
      body: 'x',
      releaseAt: '2018-11-16T00:00:00Z',
      visibility: 'shared',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error.details?.fields?.[0]?.field).toBe('body.visibility');
    const noMeeting = await kr.post(`/groups/${t.groupId}/statements`, {
      kind: 'readout',
      body: 'x',
      releaseAt: 'tomorrow',
    });
    expect(noMeeting.statusCode).toBe(400);
    expect(noMeeting.json<ErrorBody>().error.details?.fields?.map((f) => f.field)).toContain(
      'body.releaseAt',
    );
  });
});

describe('release times', () => {
  it('refuses publication before the release time, naming it, and publishes once the time has come', async () => {
    const krChair = await tokenClient(t, KR_CHAIR);
    const created = (
      await krChair.post(`/groups/${t.groupId}/statements`, {
        kind: 'announcement',
        body: '- The Republic of Korea will support the joint railway survey.',
        releaseAt: '2018-11-16T09:00:00Z',
      })
    ).json<Statement>();
    const notCleared = await krChair.post(`/statements/${created.id}/transitions`, { action: 'publish' });
    expect(notCleared.json<ErrorBody>().error.code).toBe('statement_not_cleared');
    const cleared = await krChair.post(`/statements/${created.id}/transitions`, { action: 'clear' });
    expect(cleared.json<Statement>()).toMatchObject({ status: 'cleared', visibility: 'party' });
    expect(cleared.json<Statement>().abilities.publish).toBe(false);

    const early = await krChair.post(`/statements/${created.id}/transitions`, { action: 'publish' });
    expect(early.statusCode).toBe(409);
    const error = early.json<ErrorBody>().error;
    expect(error.code).toBe('embargoed');
    expect(error.message).toContain('16 November 2018, 09:00 UTC');
    expect(error.details?.releaseAt).toBe('2018-11-16T09:00:00.000Z');

    t.clock.set('2018-11-16T08:59:59Z');
    expect(
      (await krChair.post(`/statements/${created.id}/transitions`, { action: 'publish' })).statusCode,
    ).toBe(409);
    t.clock.set('2018-11-16T09:00:00Z');
    const published = await krChair.post(`/statements/${created.id}/transitions`, { action: 'publish' });
    expect(published.json<Statement>()).toMatchObject({
      status: 'published',
      visibility: 'shared',
      publishedAt: '2018-11-16T09:00:00.000Z',
    });
    expect((await noticesOf(US_CHAIR, created.id)).map((n) => n.title)).toEqual([
      expect.stringContaining('published'),
    ]);
    const edit = await krChair.patch(`/statements/${created.id}`, { body: 'changed' });
    expect(edit.statusCode).toBe(409);
  });

  it('publishes cleared statements when their time comes, once, from the periodic task', async () => {
    const usChair = await tokenClient(t, US_CHAIR);
    const s = (
      await usChair.post(`/groups/${t.groupId}/statements`, {
        kind: 'announcement',
        body: '- The United States supports humanitarian assistance through international agencies.',
        releaseAt: '2018-11-18T14:00:00Z',
      })
    ).json<Statement>();
    await usChair.post(`/statements/${s.id}/transitions`, { action: 'clear' });
    expect(await publishDueStatements(t.runtime.deps)).toBe(0);
    expect((await usChair.get(`/statements/${s.id}`)).json<Statement>().status).toBe('cleared');
    t.clock.set('2018-11-18T14:00:05Z');
    expect(await publishDueStatements(t.runtime.deps)).toBe(1);
    expect(await publishDueStatements(t.runtime.deps)).toBe(0);
    const after = (await (await tokenClient(t, KR_CHAIR)).get(`/statements/${s.id}`)).json<Statement>();
    expect(after).toMatchObject({ status: 'published', publishedAt: '2018-11-18T14:00:05.000Z' });
    expect(await noticesOf(KR_CHAIR, s.id)).toHaveLength(1);
  });
});

describe('joint statements', () => {
  it('cannot be published until both co-chairs approve the same text, and an edit withdraws approvals', async () => {
    const krChair = await tokenClient(t, KR_CHAIR);
    const usChair = await tokenClient(t, US_CHAIR);
    const us = await tokenClient(t, US_DELEGATE);
    const created = await krChair.post(`/groups/${t.groupId}/statements`, {
      kind: 'joint',
      meetingId: round2,
      body: '- The two sides welcomed the groundbreaking ceremony.',
      releaseAt: '2018-11-20T00:00:00Z',
    });
    expect(created.statusCode, created.body).toBe(201);
    const joint = created.json<Statement>();
    expect(joint).toMatchObject({ visibility: 'shared', awaitingApproval: ['KR', 'US'] });
    expect((await noticesOf(US_CHAIR, joint.id)).map((n) => n.title)).toEqual([
      expect.stringContaining('needs your approval'),
    ]);
    t.clock.set('2018-11-21T00:00:00Z');

    const tooSoon = await us.post(`/statements/${joint.id}/transitions`, { action: 'publish' });
    expect(tooSoon.json<ErrorBody>().error.code).toBe('awaiting_approvals');
    expect((await us.post(`/statements/${joint.id}/transitions`, { action: 'approve' })).statusCode).toBe(
      403,
    );
    await krChair.post(`/statements/${joint.id}/transitions`, { action: 'approve' });
    const half = await us.post(`/statements/${joint.id}/transitions`, { action: 'publish' });
    expect(half.json<ErrorBody>().error.message).toContain('still awaiting US');
    const both = await usChair.post(`/statements/${joint.id}/transitions`, { action: 'approve' });
    expect(both.json<Statement>()).toMatchObject({ status: 'cleared', awaitingApproval: [] });
    expect((await noticesOf(KR_CHAIR, joint.id)).map((n) => n.title)).toContainEqual(
      expect.stringContaining('approved by every party'),
    );

    const edited = await us.patch(`/statements/${joint.id}`, {
      body: '- The two sides welcomed the groundbreaking ceremony at Panmun Station.',
    });
    expect(edited.json<Statement>()).toMatchObject({ approvals: {}, status: 'shared_for_comment' });
    const refused = await us.post(`/statements/${joint.id}/transitions`, { action: 'publish' });
    expect(refused.json<ErrorBody>().error.code).toBe('awaiting_approvals');

    await krChair.post(`/statements/${joint.id}/transitions`, { action: 'approve' });
    await usChair.post(`/statements/${joint.id}/transitions`, { action: 'approve' });
    const out = await us.post(`/statements/${joint.id}/transitions`, { action: 'publish' });
    expect(out.json<Statement>()).toMatchObject({ status: 'published' });
    expect(out.json<Statement>().body).toContain('Panmun Station');
  });

  it('answers 412 to an edit made against a stale version', async () => {
    const kr = await t.as(KR_DELEGATE);
    const s = (
      await kr.post(`/groups/${t.groupId}/statements`, {
        kind: 'announcement',
        body: 'first',
        releaseAt: '2018-12-01T00:00:00Z',
      })
    ).json<Statement>();
    const etag = String((await kr.get(`/statements/${s.id}`)).headers.etag);
    expect((await kr.patch(`/statements/${s.id}`, { body: 'second' }, { 'if-match': etag })).statusCode).toBe(
      200,
    );
    expect((await kr.patch(`/statements/${s.id}`, { body: 'third' }, { 'if-match': etag })).statusCode).toBe(
      412,
    );
    expect((await kr.get(`/statements/${s.id}`)).json<Statement>().body).toBe('second');
  });
});

describe('readouts compared and the public record', () => {
  it('compares the demo readouts of round 1: the US alone stresses sanctions enforcement', async () => {
    const res = await (
      await tokenClient(t, US_LAMBERT)
    ).get(`/meetings/${round1}/readouts/compare?a=KR&b=US`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json<{
      a: { party: string; status: string };
      b: { party: string };
      both: unknown[];
      onlyA: string[];
      onlyB: string[];
      different: unknown[];
    }>();
    expect(c.a).toMatchObject({ party: 'KR', status: 'published' });
    expect(c.both.length).toBeGreaterThan(0);
    expect(c.onlyB.join(' ')).toContain('sanctions');
    expect(c.onlyA.join(' ') + JSON.stringify(c.different)).toContain('next meeting');
    const bad = await (
      await tokenClient(t, US_LAMBERT)
    ).get(`/meetings/${round1}/readouts/compare?a=KR&b=KR`);
    expect(bad.statusCode).toBe(400);
  });

  it('will not compare against a readout the user may not see', async () => {
    const kr = await tokenClient(t, KR_DELEGATE);
    const us = await tokenClient(t, US_DELEGATE);
    const meeting = (
      await us.post(`/groups/${t.groupId}/meetings`, {
        round: 8,
        title: 'Compare case',
        startsAt: '2019-02-01T01:00:00Z',
        endsAt: '2019-02-01T03:00:00Z',
        timeZone: 'Asia/Seoul',
        venue: { city: 'Seoul', place: 'MOFA' },
        format: 'video',
        hostParty: 'KR',
      })
    ).json<{ id: string }>();
    await kr.post(`/meetings/${meeting.id}/readouts`, {
      body: '- KR point.',
      releaseAt: '2019-02-01T06:00:00Z',
    });
    await us.post(`/meetings/${meeting.id}/readouts`, {
      body: '- US point.',
      releaseAt: '2019-02-01T06:00:00Z',
    });
    const usView = await us.get(`/meetings/${meeting.id}/readouts/compare?a=KR&b=US`);
    expect(usView.statusCode).toBe(409);
    expect(usView.json<ErrorBody>().error).toMatchObject({
      code: 'readout_not_available',
      details: { party: 'KR' },
    });
    expect(usView.json<ErrorBody>().error.message).toContain('No KR readout');
    const krView = await kr.get(`/meetings/${meeting.id}/readouts/compare?a=KR&b=US`);
    expect(krView.json<ErrorBody>().error.details?.party).toBe('US');
  });

  it('records that the US announced the group first and KR had not seen it', async () => {
    const res = await (await tokenClient(t, KR_CHAIR)).get(`/groups/${t.groupId}/statements/record`);
    expect(res.statusCode).toBe(200);
    const record = res.json<{
      items: {
        party: string;
        kind: string;
        matter: string | null;
        meetingId: string | null;
        partnerSawBeforeRelease: boolean;
        publishedFirst: boolean;
        publishedAt: string;
      }[];
      matters: { key: string; firstParty: string; parties: string[] }[];
    }>();
    const formation = record.items.filter((i) => i.matter === 'working-group-formation');
    expect(formation.map((i) => [i.party, i.publishedFirst, i.partnerSawBeforeRelease])).toEqual([
      ['US', true, false],
      ['KR', false, false],
    ]);
    expect(record.matters.find((m) => m.key === 'matter:working-group-formation')).toMatchObject({
      firstParty: 'US',
      parties: ['US', 'KR'],
    });
    const readouts = record.items.filter((i) => i.meetingId === round1);
    expect(readouts.map((i) => [i.party, i.publishedFirst, i.partnerSawBeforeRelease])).toEqual([
      ['US', true, true],
      ['KR', false, true],
    ]);
    const times = record.items.map((i) => i.publishedAt);
    expect([...times].sort()).toEqual(times);
  });
});
