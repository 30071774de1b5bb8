import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  KR_CHAIR,
  KR_MOU,
  US_DELEGATE,
  US_LAMBERT,
  ADMIN,
  type TestApp,
} from '../support/test-app.js';

interface DocSummary {
  id: string;
  title: string;
  visibility: string;
  party: string;
  classification: string;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function documentsAs(email: string): Promise<DocSummary[]> {
  const client = await t.as(email);
  const res = await client.get(`/groups/${t.groupId}/documents`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: DocSummary[] }>().items;
}

describe('papers and who sees them', () => {
  it('shows the KR talking points to KR and hides them from the US everywhere', async () => {
    const kr = await documentsAs(KR_CHAIR);
    const talkingPoints = kr.find((d) => d.title.startsWith('KR talking points'));
    expect(talkingPoints).toMatchObject({ visibility: 'party', party: 'KR' });

    const us = await documentsAs(US_DELEGATE);
    expect(us.map((d) => d.title)).not.toContain(talkingPoints!.title);
    expect(us.some((d) => d.title.startsWith('US talking points'))).toBe(true);

    const usClient = await t.as(US_DELEGATE);
    const direct = await usClient.get(`/documents/${talkingPoints!.id}`);
    expect(direct.statusCode).toBe(404);
    expect(direct.json()).toEqual({ error: { code: 'not_found', message: 'No such document' } });
    const bogus = await usClient.get('/documents/doesnotexist123');
    expect(bogus.json()).toEqual(direct.json());

    const search = await usClient.get('/search?q=railway%20survey');
    expect(search.statusCode).toBe(200);
    expect(search.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(
      talkingPoints!.id,
    );
    const krSearch = await (await t.as(KR_CHAIR)).get('/search?q=railway%20survey');
    expect(krSearch.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(talkingPoints!.id);
  });

  it('refuses a CONFIDENTIAL paper to a member cleared only to SBU, of either party', async () => {
    const chair = await documentsAs(KR_CHAIR);
    const briefing = chair.find((d) => d.classification === 'CONFIDENTIAL');
    expect(briefing).toBeDefined();
    for (const email of [US_LAMBERT, KR_MOU]) {
      const list = await documentsAs(email);
      expect(list.map((d) => d.id)).not.toContain(briefing!.id);
      const res = await (await t.as(email)).get(`/documents/${briefing!.id}`);
      expect(res.statusCode).toBe(404);
    }
  });

  it('gives an administrator who is no member no group content', async () => {
    const admin = await t.as(ADMIN);
    expect((await admin.get(`/groups/${t.groupId}/documents`)).statusCode).toBe(404);
    expect((await admin.get('/search?q=talking')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('lets the US write a shared paper that KR then reads, and records it in the audit log', async () => {
    const us = await t.as(US_DELEGATE);
    const created = await us.post(`/groups/${t.groupId}/documents`, {
      title: 'Non-paper: humanitarian channel',
      body: '## Channel\n\nThrough *international agencies*.',
      kind: 'non_paper',
      visibility: 'shared',
      classification: 'UNCLASSIFIED',
    });
    expect(created.statusCode).toBe(201);
    const doc = created.json<{ id: string; party: string }>();
    expect(doc.party).toBe('US');
    const kr = await t.as(KR_CHAIR);
    const read = await kr.get(`/documents/${doc.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<{ body: string }>().body).toContain('international agencies');
    const entry = await t.runtime.deps.db
      .selectFrom('auditLog')
      .selectAll()
      .where('recordId', '=', doc.id)
      .where('action', '=', 'document.create')
      .executeTakeFirst();
    expect(entry?.actorLabel).toContain('alex.wong@state.us.example');
  });

  it('names the offending fields of a bad paper and writes nothing', async () => {
    const us = await t.as(US_DELEGATE);
    const before = (await documentsAs(US_DELEGATE)).length;
    const res = await us.post(`/groups/${t.groupId}/documents`, {
      title: '',
      kind: 'memo',
      visibility: 'everyone',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; details: { fields: { field: string }[] } } }>();
    expect(body.error.code).toBe('validation_failed');
    const fields = body.error.details.fields.map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.title',
        'body.kind',
        'body.visibility',
        'body.body',
        'body.classification',
      ]),
    );
    expect((await documentsAs(US_DELEGATE)).length).toBe(before);
  });

  it('answers 412 to an edit made against a stale version', async () => {
    const kr = await t.as(KR_CHAIR);
    const list = await documentsAs(KR_CHAIR);
    const id = list.find((d) => d.title.startsWith('KR talking points'))!.id;
    const first = await kr.get(`/documents/${id}`);
    const etag = String(first.headers.etag);
    const ok = await kr.patch(
      `/documents/${id}`,
      { title: 'KR talking points (rev. 1)' },
      { 'if-match': etag },
    );
    expect(ok.statusCode).toBe(200);
    const stale = await kr.patch(
      `/documents/${id}`,
      { title: 'KR talking points (rev. 2)' },
      { 'if-match': etag },
    );
    expect(stale.statusCode).toBe(412);
    expect((await kr.get(`/documents/${id}`)).json<{ title: string }>().title).toBe(
      'KR talking points (rev. 1)',
    );
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const us = await t.as(US_DELEGATE);
    const res = await us.post(`/groups/${t.groupId}/documents`, {
      title: 'Huge',
      body: 'x'.repeat(1024 * 1024 + 10),
      kind: 'other',
      visibility: 'shared',
      classification: 'UNCLASSIFIED',
    });
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('payload_too_large');
  });
});
