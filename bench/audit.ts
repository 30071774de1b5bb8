import { randomBytes } from 'node:crypto';
import {
  GENESIS_HASH,
  hashEntry,
  verifyBatch,
  type ChainedFields,
} from '../src/server/modules/audit/audit-chain.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { verifyAuditChain } from '../src/server/modules/audit/audit.repository.js';
import { printFigures, type BenchFigure } from './support.js';

function makeChain(n: number) {
  const rows: (ChainedFields & { seq: number; prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i += 1) {
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
    rows.push({ ...fields, seq: i + 1, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

/** Audit chain verification: in memory (the hashing) and end to end from SQLite. Goal ≥ 1M entries a second. */
export async function runAuditBench(entries = 1_000_000, dbEntries = 200_000): Promise<BenchFigure[]> {
  const chain = makeChain(entries);
  const started = performance.now();
  const result = verifyBatch(GENESIS_HASH, chain);
  const seconds = (performance.now() - started) / 1000;
  if (result.broken) throw new Error('bench chain does not verify');
  const inMemory = entries / seconds;

  const handle = openDatabase({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(handle);
  const rows = chain.slice(0, dbEntries).map(({ seq: _s, ...r }) => r);
  for (let i = 0; i < rows.length; i += 2000)
    await handle.db
      .insertInto('auditLog')
      .values(rows.slice(i, i + 2000))
      .execute();
  const t0 = performance.now();
  const verified = await verifyAuditChain(handle.db, 50_000);
  const dbSeconds = (performance.now() - t0) / 1000;
  await handle.close();
  if (!verified.ok) throw new Error('bench database chain does not verify');
  const endToEnd = dbEntries / dbSeconds;
  return [
    {
      name: `verification, in memory (${entries.toLocaleString('en')} entries)`,
      value: `${Math.round(inMemory).toLocaleString('en')} entries/s`,
      goal: '≥ 1,000,000/s',
      met: inMemory >= 1e6,
    },
    {
      name: `verification, from SQLite (${dbEntries.toLocaleString('en')} entries)`,
      value: `${Math.round(endToEnd).toLocaleString('en')} entries/s`,
      goal: '≥ 1,000,000/s',
      met: endToEnd >= 1e6,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printFigures('Audit chain', await runAuditBench());
}
