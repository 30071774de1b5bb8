import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import {
  GENESIS_HASH,
  hashEntry,
  hashedText,
  verifyBatch,
  type ChainedFields,
} from '../src/server/modules/audit/audit-chain.js';
import { openDatabase, sqliteOf } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { verifyAuditChain } from '../src/server/modules/audit/audit.repository.js';
import { startPostgres } from '../test/support/postgres-server.js';
import { printFigures, type BenchFigure } from './support.js';

let chainHead = GENESIS_HASH;

/** `n` entries continuing the chain from entry `from` (0 starts a new chain). */
function makeChain(n: number, from = 0) {
  const rows: (ChainedFields & { seq: number; prevHash: string; hash: string; text: string })[] = [];
  let prev = from === 0 ? GENESIS_HASH : chainHead;
  for (let i = from; i < from + n; i += 1) {
    const fields: ChainedFields = {
      id: randomBytes(12).toString('base64url'),
      at: new Date(1_540_000_000_000 + i * 1000).toISOString(),
      actorId: 'u1',
      actorLabel: 'Lee Do-hoon <lee.dohoon@mofa.kr.example>',
      action: 'proposal.transition',
      recordKind: 'proposal',
      recordId: 'p1',
      groupId: 'g1',
      requestId: 'r1',
      ip: '127.0.0.1',
      details: '{"action":"concur","party":"US"}',
    };
    const hash = hashEntry(prev, fields);
    rows.push({ ...fields, seq: i + 1, prevHash: prev, hash, text: hashedText(prev, fields) });
    prev = hash;
  }
  chainHead = prev;
  return rows;
}

function inMemoryRate(entries: number): number {
  // What verification reads from the database: position, links and the hashed text (built by the database).
  const links = makeChain(entries).map(({ seq, id, prevHash, hash, text }) => ({
    seq,
    id,
    prevHash,
    hash,
    text,
  }));
  const started = performance.now();
  const result = verifyBatch(GENESIS_HASH, links);
  const seconds = (performance.now() - started) / 1000;
  if (result.broken) throw new Error('bench chain does not verify');
  return entries / seconds;
}

/** A SQLite file as the server keeps it (WAL), holding `entries` chained audit entries. */
async function sqliteChain(entries: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-audit-bench-'));
  const handle = openDatabase({ kind: 'sqlite', file: path.join(dir, 'bench.sqlite') });
  await migrateToLatest(handle);
  const insert = sqliteOf(handle.db)!.prepare(
    `INSERT INTO audit_log (id, at, actor_id, actor_label, action, record_kind, record_id, group_id, request_id, ip,
       details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const chunk = 100_000;
  for (let done = 0; done < entries; done += chunk) {
    const rows = makeChain(Math.min(chunk, entries - done), done);
    sqliteOf(handle.db)!.transaction(() => {
      for (const r of rows)
        insert.run(
          r.id,
          r.at,
          r.actorId,
          r.actorLabel,
          r.action,
          r.recordKind,
          r.recordId,
          r.groupId,
          r.requestId,
          r.ip,
          r.details,
          r.prevHash,
          r.hash,
        );
    })();
  }
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Verification from PostgreSQL (embedded server, one connection), holding `entries` chained entries. */
async function postgresRate(entries: number): Promise<number> {
  const server = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE audit_bench');
    await admin.end();
    const handle = openDatabase({ kind: 'postgres', url: server.adminUrl('audit_bench') });
    await migrateToLatest(handle);
    const chunk = 1000;
    for (let done = 0; done < entries; done += chunk) {
      const rows = makeChain(Math.min(chunk, entries - done), done);
      await handle.db
        .insertInto('auditLog')
        .values(rows.map(({ seq: _seq, text: _text, ...row }) => row))
        .execute();
    }
    await sql`VACUUM ANALYZE audit_log`.execute(handle.db);
    const t0 = performance.now();
    const verified = await verifyAuditChain(handle.db);
    const seconds = (performance.now() - t0) / 1000;
    await handle.close();
    if (!verified.ok || verified.entries !== entries)
      throw new Error('bench PostgreSQL chain does not verify');
    return entries / seconds;
  } finally {
    await server.stop();
  }
}

/** Audit chain verification: in memory (hashing and links) and end to end from SQLite. Goal ≥ 1M entries a second. */
export async function runAuditBench(
  entries = 1_000_000,
  dbEntries = 1_000_000,
  pgEntries = 1_000_000,
): Promise<BenchFigure[]> {
  const inMemory = inMemoryRate(entries);
  const { handle, cleanup } = await sqliteChain(dbEntries);
  const rate = async (options: { parallelFrom?: number; threads?: number }) => {
    const t0 = performance.now();
    const verified = await verifyAuditChain(handle.db, options);
    const seconds = (performance.now() - t0) / 1000;
    if (!verified.ok || verified.entries !== dbEntries)
      throw new Error('bench database chain does not verify');
    return dbEntries / seconds;
  };
  const threads = Math.max(2, Math.min(os.availableParallelism(), 8));
  const mainThread = await rate({ parallelFrom: Number.POSITIVE_INFINITY });
  const oneWorker = await rate({ parallelFrom: 0, threads: 1 });
  const endToEnd = await rate({ parallelFrom: 0, threads });
  await cleanup();
  const postgres = await postgresRate(pgEntries);
  const perSecond = (n: number) => `${Math.round(n).toLocaleString('en')} entries/s`;
  return [
    {
      name: `verification, in memory (${entries.toLocaleString('en')} entries)`,
      value: perSecond(inMemory),
      goal: '≥ 1,000,000/s',
      met: inMemory >= 1e6,
    },
    {
      name: `verification, from a SQLite file (${dbEntries.toLocaleString('en')} entries), ${threads} threads on ${os.availableParallelism()} cores`,
      value: perSecond(endToEnd),
      goal: '≥ 1,000,000/s',
      met: endToEnd >= 1e6,
    },
    {
      name: 'verification, from the same file, one worker thread',
      value: perSecond(oneWorker),
      goal: '—',
      met: null,
    },
    {
      name: 'verification, from the same file, in the calling thread (as in-memory SQLite)',
      value: perSecond(mainThread),
      goal: '—',
      met: null,
    },
    {
      name: `verification from PostgreSQL (${pgEntries.toLocaleString('en')} entries), hashed in the database over ${threads} connections`,
      value: perSecond(postgres),
      goal: '≥ 1,000,000/s',
      met: postgres >= 1e6,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printFigures('Audit chain', await runAuditBench());
}
