import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, sqliteOf, type DatabaseHandle } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { GENESIS_HASH, hashEntry } from '../../src/server/modules/audit/audit-chain.js';
import { verifyAuditChain } from '../../src/server/modules/audit/audit.repository.js';

const ENTRIES = 1000;

// A long chain in a SQLite file is verified in one thread per core, each over a range of seq. Whatever is done to
// the chain, the answer must be the one the sequential walk gives: the first break in chain order.
describe('audit verification in parallel threads (SQLite file)', () => {
  let dir: string;
  let handle: DatabaseHandle;
  const sequential = () => verifyAuditChain(handle.db, { parallelFrom: Number.POSITIVE_INFINITY });
  const parallel = () => verifyAuditChain(handle.db, { parallelFrom: 0 });
  const raw = () => sqliteOf(handle.db)!;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-audit-parallel-'));
    handle = openDatabase({ kind: 'sqlite', file: path.join(dir, 'audit.sqlite') });
    await migrateToLatest(handle);
    const insert = raw().prepare(
      `INSERT INTO audit_log (id, at, actor_id, actor_label, action, record_kind, record_id, group_id, request_id,
         ip, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let prev = GENESIS_HASH;
    raw().transaction(() => {
      for (let i = 0; i < ENTRIES; i += 1) {
        const e = {
          id: `entry-${i}`,
          at: new Date(Date.UTC(2018, 10, 20) + i * 60_000).toISOString(),
          actorId: i % 7 === 0 ? null : 'u-lee',
          actorLabel: i % 7 === 0 ? 'system' : '이도훈 Lee Do-hoon <lee.dohoon@mofa.kr.example>',
          action: 'proposal.transition',
          recordKind: 'proposal',
          recordId: i % 5 === 0 ? null : `p-${i % 13}`,
          groupId: 'g-1',
          requestId: i % 3 === 0 ? null : `r-${i}`,
          ip: '127.0.0.1',
          details: JSON.stringify({ action: 'concur', party: i % 2 ? 'US' : 'KR' }),
        };
        const h = hashEntry(prev, e);
        insert.run(
          e.id,
          e.at,
          e.actorId,
          e.actorLabel,
          e.action,
          e.recordKind,
          e.recordId,
          e.groupId,
          e.requestId,
          e.ip,
          e.details,
          prev,
          h,
        );
        prev = h;
      }
    })();
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const seqOf = (id: string) =>
    raw().prepare('SELECT seq FROM audit_log WHERE id = ?').pluck().get(id) as number;

  it('verifies an intact chain with the same count and head as the sequential walk', async () => {
    const one = await sequential();
    expect(one.ok).toBe(true);
    expect(one.entries).toBe(ENTRIES);
    expect(await parallel()).toEqual(one);
  });

  it('names the same first edited entry, also when a later range is broken too', async () => {
    const early = seqOf('entry-300');
    const late = seqOf('entry-800');
    raw().prepare("UPDATE audit_log SET details = '{}' WHERE seq IN (?, ?)").run(early, late);
    const found = await parallel();
    expect(found.ok).toBe(false);
    expect(found.firstBad).toEqual({ seq: early, id: 'entry-300', reason: 'hash_mismatch' });
    expect(found.firstBad).toEqual((await sequential()).firstBad);
  });

  it('names the entry after one removed at the edge between two ranges', async () => {
    raw().exec('DELETE FROM audit_log'); // start again from an intact chain
    await rebuild();
    const seqs = raw().prepare('SELECT seq FROM audit_log ORDER BY seq').pluck().all() as number[];
    const edge = seqs[Math.round(seqs.length / 2) - 1]!; // the last entry of the first of two ranges
    raw().prepare('DELETE FROM audit_log WHERE seq = ?').run(edge);
    const found = await parallel();
    expect(found.firstBad?.reason).toBe('previous_hash_mismatch');
    expect(found.firstBad?.seq).toBe(edge + 1);
    expect(found.firstBad).toEqual((await sequential()).firstBad);
  });

  it('names a removed first entry as a break of the link to the start', async () => {
    raw().exec('DELETE FROM audit_log');
    await rebuild();
    const first = raw().prepare('SELECT min(seq) FROM audit_log').pluck().get() as number;
    raw().prepare('DELETE FROM audit_log WHERE seq = ?').run(first);
    const found = await parallel();
    expect(found.firstBad).toEqual({ seq: first + 1, id: 'entry-1', reason: 'previous_hash_mismatch' });
    expect(found.firstBad).toEqual((await sequential()).firstBad);
  });

  // A fresh intact chain (plainer entries, new seq values) in place of whatever the last test did to it.
  async function rebuild() {
    let prev = GENESIS_HASH;
    const insert = raw().prepare(
      `INSERT INTO audit_log (id, at, actor_id, actor_label, action, details, prev_hash, hash)
       VALUES (?, ?, NULL, 'system', 'bench', '{}', ?, ?)`,
    );
    raw().transaction(() => {
      for (let i = 0; i < ENTRIES; i += 1) {
        const e = {
          id: `entry-${i}`,
          at: new Date(Date.UTC(2018, 10, 20) + i * 60_000).toISOString(),
          actorId: null,
          actorLabel: 'system',
          action: 'bench',
          recordKind: null,
          recordId: null,
          groupId: null,
          requestId: null,
          ip: null,
          details: '{}',
        };
        const h = hashEntry(prev, e);
        insert.run(e.id, e.at, prev, h);
        prev = h;
      }
    })();
    expect((await parallel()).ok).toBe(true);
  }
});
