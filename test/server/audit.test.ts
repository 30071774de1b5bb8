import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDITOR, createTestApp, KR_CHAIR, US_CHAIR, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

interface Verification {
  ok: boolean;
  entries: number;
  firstBad: { seq: number; id: string; reason: string } | null;
}

describe('the audit chain', () => {
  it('is read and verified by auditors only', async () => {
    const auditor = await t.as(AUDITOR);
    expect((await auditor.get('/audit')).statusCode).toBe(200);
    const member = await t.as(KR_CHAIR);
    expect((await member.get('/audit')).statusCode).toBe(403);
    expect((await member.get('/audit/verify')).statusCode).toBe(403);
  });

  it('records reads of classified papers, with actor, request id and address', async () => {
    const kr = await t.as(KR_CHAIR);
    const docs = (await kr.get(`/groups/${t.groupId}/documents`)).json<{
      items: { id: string; classification: string }[];
    }>().items;
    const classified = docs.find((d) => d.classification === 'CONFIDENTIAL')!;
    const unclassified = docs.find((d) => d.classification === 'UNCLASSIFIED')!;
    const read = await kr.get(`/documents/${classified.id}`);
    await kr.get(`/documents/${unclassified.id}`);
    const auditor = await t.as(AUDITOR);
    const entries = (await auditor.get(`/audit?recordId=${classified.id}`)).json<{
      items: { action: string; requestId: string; ip: string; actorLabel: string }[];
    }>().items;
    const readEntry = entries.find((e) => e.action === 'document.read');
    expect(readEntry).toMatchObject({ requestId: String(read.headers['x-request-id']), ip: '127.0.0.1' });
    expect(readEntry!.actorLabel).toContain(KR_CHAIR);
    const plain = (await auditor.get(`/audit?recordId=${unclassified.id}`)).json<{
      items: { action: string }[];
    }>().items;
    expect(plain.map((e) => e.action)).not.toContain('document.read');
  });

  it('verifies a clean chain and names the first entry after a row is edited, removed or reordered', async () => {
    const us = await t.as(US_CHAIR);
    for (let i = 0; i < 3; i += 1) {
      await us.post(`/groups/${t.groupId}/documents`, {
        title: `Paper ${i}`,
        body: 'b',
        kind: 'other',
        visibility: 'shared',
        classification: 'UNCLASSIFIED',
      });
    }
    const auditor = await t.as(AUDITOR);
    const clean = (await auditor.get('/audit/verify')).json<Verification>();
    expect(clean).toMatchObject({ ok: true, firstBad: null });
    expect(clean.entries).toBeGreaterThan(10);

    const db = t.runtime.deps.db;
    const rows = await db.selectFrom('auditLog').select(['seq', 'id', 'details']).orderBy('seq').execute();
    const victim = rows[rows.length - 2]!;
    await db
      .updateTable('auditLog')
      .set({ details: '{"title":"forged"}' })
      .where('seq', '=', victim.seq)
      .execute();
    const edited = (await auditor.get('/audit/verify')).json<Verification>();
    expect(edited).toMatchObject({
      ok: false,
      firstBad: { seq: victim.seq, id: victim.id, reason: 'hash_mismatch' },
    });
    await db.updateTable('auditLog').set({ details: victim.details }).where('seq', '=', victim.seq).execute();
    expect((await auditor.get('/audit/verify')).json<Verification>().ok).toBe(true);

    const removed = rows[5]!;
    const next = rows[6]!;
    await db.deleteFrom('auditLog').where('seq', '=', removed.seq).execute();
    const gap = (await auditor.get('/audit/verify')).json<Verification>();
    expect(gap).toMatchObject({
      ok: false,
      firstBad: { seq: next.seq, id: next.id, reason: 'previous_hash_mismatch' },
    });
  });

  it('detects two entries swapped in order', async () => {
    const fresh = t;
    const db = fresh.runtime.deps.db;
    // Re-number two adjacent entries (through a free seq) so that their order is swapped.
    const rows = await db.selectFrom('auditLog').select(['seq', 'id']).orderBy('seq').limit(4).execute();
    const [a, b] = [rows[2]!, rows[3]!];
    await db.updateTable('auditLog').set({ seq: -1 }).where('seq', '=', a.seq).execute();
    await db.updateTable('auditLog').set({ seq: a.seq }).where('seq', '=', b.seq).execute();
    await db.updateTable('auditLog').set({ seq: b.seq }).where('seq', '=', -1).execute();
    const result = (await (await t.as(AUDITOR)).get('/audit/verify')).json<Verification>();
    expect(result.ok).toBe(false);
    expect(result.firstBad!.seq).toBeLessThanOrEqual(b.seq);
    void sql;
  });
});
