import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEntry, type ChainedFields } from '../../src/server/modules/audit/audit-chain.js';
import { verifyAuditChain } from '../../src/server/modules/audit/audit.repository.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// SQLite verification reads the chain a group of 1,000 entries at a time and re-reads a group entry by entry only
// to name a break; PostgreSQL hashes in the database, over several connections for a long chain. A chain of
// several groups, with texts in Hangul and outside the BMP (their byte lengths cut SQLite's group bytes), must
// verify, and a break anywhere — inside a later group, at a group's edge, at the edge of two PostgreSQL ranges —
// must be named exactly, and the same whether the work is split or not.
describe('audit verification over several groups and ranges (both engines)', () => {
  let t: TestApp;
  const db = () => t.runtime.deps.db;
  const splits = [
    { parallelFrom: Number.POSITIVE_INFINITY },
    { parallelFrom: 0, threads: 2 },
    { parallelFrom: 0, threads: 3 },
  ];
  /** The answer of the unsplit walk, after checking that every split gives the same. */
  const verify = async () => {
    const [whole, ...split] = await Promise.all(splits.map((options) => verifyAuditChain(db(), options)));
    for (const answer of split) expect(answer).toEqual(whole);
    return whole!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const head = await db()
      .selectFrom('auditLog')
      .select('hash')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    let prev = head.hash;
    const rows = [];
    for (let i = 0; i < 2_500; i += 1) {
      const fields: ChainedFields = {
        id: `bulk-${i}`,
        at: new Date(Date.UTC(2018, 11, 1) + i * 1000).toISOString(),
        actorId: null,
        actorLabel: i % 2 ? '이도훈 Lee Do-hoon' : 'system',
        action: 'bulk.entry',
        recordKind: null,
        recordId: i % 3 ? `p-${i}` : null,
        groupId: t.groupId,
        requestId: null,
        ip: null,
        details: JSON.stringify({ note: i % 5 ? 'concur' : '판문점 𝄞 😀', i }),
      };
      const hash = hashEntry(prev, fields);
      rows.push({ ...fields, prevHash: prev, hash });
      prev = hash;
    }
    for (let i = 0; i < rows.length; i += 250)
      await db()
        .insertInto('auditLog')
        .values(rows.slice(i, i + 250))
        .execute();
  });
  afterAll(async () => t?.close());

  const entry = (id: string) =>
    db()
      .selectFrom('auditLog')
      .select(['seq', 'id', 'details'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('verifies the whole chain and counts every entry', async () => {
    const total = await db()
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const result = await verify();
    expect(result).toMatchObject({ ok: true, firstBad: null });
    expect(result.entries).toBe(Number(total.n));
    expect(result.entries).toBeGreaterThan(2_500);
  });

  it('names an entry edited inside a later group, non-ASCII text and all', async () => {
    const victim = await entry('bulk-1805');
    await db()
      .updateTable('auditLog')
      .set({ details: '{"note":"판문점 😀 forged"}' })
      .where('id', '=', victim.id)
      .execute();
    expect((await verify()).firstBad).toEqual({ seq: victim.seq, id: victim.id, reason: 'hash_mismatch' });
    await db().updateTable('auditLog').set({ details: victim.details }).where('id', '=', victim.id).execute();
    expect((await verify()).ok).toBe(true);
  });

  it('names the entry after one removed at the edge of a group', async () => {
    const seqs = (await db().selectFrom('auditLog').select('seq').orderBy('seq').execute()).map((r) => r.seq);
    const last = seqs[999]!; // the last entry of the first group
    const next = await db()
      .selectFrom('auditLog')
      .select(['seq', 'id'])
      .where('seq', '=', seqs[1000]!)
      .executeTakeFirstOrThrow();
    const removed = await db()
      .selectFrom('auditLog')
      .selectAll()
      .where('seq', '=', last)
      .executeTakeFirstOrThrow();
    await db().deleteFrom('auditLog').where('seq', '=', last).execute();
    expect((await verify()).firstBad).toEqual({
      seq: next.seq,
      id: next.id,
      reason: 'previous_hash_mismatch',
    });
    // Put it back: the chain verifies again.
    await db().insertInto('auditLog').values(removed).execute();
    expect((await verify()).ok).toBe(true);
  });

  it('names the entry after one removed at the edge of two ranges', async () => {
    const seqs = (await db().selectFrom('auditLog').select('seq').orderBy('seq').execute()).map((r) => r.seq);
    const [lo, hi] = [seqs[0]!, seqs[seqs.length - 1]!];
    const edge = lo - 1 + Math.round((hi - lo + 1) / 2); // the last entry of the first of two ranges
    const next = await db()
      .selectFrom('auditLog')
      .select(['seq', 'id'])
      .where('seq', '>', edge)
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    await db().deleteFrom('auditLog').where('seq', '=', edge).execute();
    expect((await verify()).firstBad).toEqual({
      seq: next.seq,
      id: next.id,
      reason: 'previous_hash_mismatch',
    });
  });
});
