import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, restoreBackup, writeBackup } from '../../src/server/db/backup.js';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import { verifyAuditChain } from '../../src/server/modules/audit/audit.repository.js';
import {
  createTestApp,
  freshDatabase,
  KR_CHAIR,
  testDbKind,
  US_DELEGATE,
  type TestApp,
} from '../support/test-app.js';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-backup-'));
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const us = await t.as(US_DELEGATE);
  await us.post(`/groups/${t.groupId}/documents`, {
    title: 'Paper before the backup',
    body: '이 문서는 한글을 포함합니다 — and "quotes", \\ backslashes and\nnew lines.',
    kind: 'other',
    visibility: 'party',
    classification: 'SBU',
  });
});
afterAll(async () => {
  await t?.close();
  for (const c of cleanups) await c();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function counts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'users',
    'groups',
    'memberships',
    'documents',
    'audit_log',
    'sessions',
    'tracks',
    'search_index',
  ]) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.id(table)}`.execute(handle.db);
    out[table] = Number(rows[0]?.n);
  }
  return out;
}

async function emptyDatabase(kind: 'sqlite' | 'postgres'): Promise<DatabaseHandle> {
  if (kind === 'sqlite') {
    const handle = openDatabase({
      kind: 'sqlite',
      file: path.join(dir, `restore-${Math.random().toString(36).slice(2)}.db`),
    });
    cleanups.push(() => handle.close());
    return handle;
  }
  const fresh = await freshDatabase();
  const handle = openDatabase(fresh.database);
  cleanups.push(async () => {
    await handle.close();
    await fresh.drop();
  });
  return handle;
}

describe('backup and restore', () => {
  it('makes a consistent archive while writes go on, with the schema version and the audit head', async () => {
    const file = path.join(dir, 'live.backup');
    const kr = await t.as(KR_CHAIR);
    const writes = Array.from({ length: 20 }, (_, i) =>
      kr.post(`/groups/${t.groupId}/documents`, {
        title: `During backup ${i}`,
        body: 'b',
        kind: 'other',
        visibility: 'shared',
        classification: 'UNCLASSIFIED',
      }),
    );
    const [summary] = await Promise.all([writeBackup(t.runtime.handle, file), ...writes]);
    expect(summary.schemaVersion).toMatch(/^\d{8}-\d{4}-/);
    expect(summary.counts.documents).toBeGreaterThanOrEqual(5);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'lockstep-backup', engine: testDbKind() });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true, auditHead: summary.auditHead });
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
  });

  it('round-trips between the engines (SQLite → PostgreSQL → SQLite on the PostgreSQL tier) with everything intact', async () => {
    const before = await counts(t.runtime.handle);
    const chainBefore = await verifyAuditChain(t.runtime.deps.db);
    const chain: ('sqlite' | 'postgres')[] =
      testDbKind() === 'postgres' ? ['sqlite', 'postgres', 'sqlite'] : ['sqlite', 'sqlite'];
    let source = t.runtime.handle;
    for (const [i, kind] of chain.entries()) {
      const file = path.join(dir, `hop-${i}.backup`);
      await writeBackup(source, file);
      const target = await emptyDatabase(kind);
      const restored = await restoreBackup(target, file);
      expect(target.kind).toBe(kind);
      expect(restored.audit).toMatchObject({
        ok: true,
        head: chainBefore.head,
        entries: chainBefore.entries,
      });
      expect(await counts(target)).toEqual(before);
      source = target;
    }
    const doc = await source.db
      .selectFrom('documents')
      .select(['body'])
      .where('title', '=', 'Paper before the backup')
      .executeTakeFirstOrThrow();
    expect(doc.body).toContain('이 문서는 한글을 포함합니다');
    expect(doc.body).toContain('\\ backslashes and\nnew lines');
  });

  it('refuses a non-empty target, a truncated file and a foreign file, changing nothing', async () => {
    const file = path.join(dir, 'refuse.backup');
    await writeBackup(t.runtime.handle, file);
    await expect(restoreBackup(t.runtime.handle, file)).rejects.toThrow(BackupError);

    const truncated = path.join(dir, 'truncated.backup');
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    fs.writeFileSync(truncated, zlib.gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const target = await emptyDatabase(testDbKind());
    await expect(restoreBackup(target, truncated)).rejects.toThrow(/truncated|rows restored/);
    expect((await counts(target)).users).toBe(0);

    const foreign = path.join(dir, 'foreign.backup');
    fs.writeFileSync(foreign, zlib.gzipSync('{"format":"something-else"}\n'));
    await expect(restoreBackup(target, foreign)).rejects.toThrow(/Not a Lockstep backup/);
  });
});
