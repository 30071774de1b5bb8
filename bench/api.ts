import autocannon from 'autocannon';
import { sql } from 'kysely';
import Fastify from 'fastify';
import pg from 'pg';
import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/server/config.js';
import { loadDemoIfEmpty } from '../src/server/demo/demo.js';
import { newId } from '../src/server/ids.js';
import { createRuntime, type Runtime } from '../src/server/runtime.js';
import { startPostgres } from '../test/support/postgres-server.js';
import { printFigures, type BenchFigure } from './support.js';

const PASSWORD = 'bench-password-2018';
const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;
const CONNECTIONS = 64;

async function seedProposals(runtime: Runtime, groupId: string, authorId: string, n: number): Promise<void> {
  const statuses = ['notified', 'cleared', 'executed', 'draft', 'withdrawn'];
  const base = Date.parse('2019-01-01T00:00:00.000Z');
  const rows = [];
  for (let i = 0; i < n; i += 1) {
    const party = i % 3 === 0 ? 'US' : 'KR';
    const at = new Date(base + i * 60_000).toISOString();
    rows.push({
      id: newId(),
      groupId,
      visibility: i % 4 === 0 ? 'party' : 'shared',
      party,
      classification: i % 10 === 0 ? 'CONFIDENTIAL' : 'UNCLASSIFIED',
      classificationRank: i % 10 === 0 ? 2 : 0,
      createdAt: at,
      updatedAt: at,
      proposingParty: party,
      trackId: null,
      title: `Synthetic proposal ${i}`,
      summary: 'A planned action registered for the benchmark.',
      plannedFor: '2019-06-01',
      location: 'Seoul',
      items: '[]',
      counterparties: '[]',
      fundsTransfers: '[]',
      status: statuses[i % statuses.length]!,
      notifiedAt: at,
      noticeEndsAt: at,
      noticeRound: 1,
      clearedAt: null,
      executedAt: null,
      surprise: 0,
      authorId,
      version: 1,
    });
  }
  for (let i = 0; i < rows.length; i += 500)
    await runtime.deps.db
      .insertInto('proposals')
      .values(rows.slice(i, i + 500))
      .execute();
}

async function run(url: string, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** A bare Fastify handler answering a page of 50 list items: the baseline of the same run. */
async function bareBaseline(seconds: number) {
  const app = Fastify();
  const items = Array.from({ length: 50 }, (_, i) => ({
    id: `p${i}`,
    title: `Synthetic proposal ${i}`,
    status: 'notified',
    party: 'KR',
  }));
  app.get('/list', () => ({ items, nextCursor: null }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const r = await run(`http://127.0.0.1:${port}/list`, {}, seconds);
  await app.close();
  return r;
}

async function measureEngine(database: Config['database'], proposals: number, seconds: number) {
  const config = {
    ...loadConfig({ LOCKSTEP_DEMO_PASSWORD: PASSWORD, LOCKSTEP_LOG_LEVEL: 'silent' }),
    database,
  };
  const runtime = await createRuntime(config, { log, poolSize: 20 });
  await loadDemoIfEmpty(runtime.deps);
  const group = await runtime.deps.db.selectFrom('groups').select('id').executeTakeFirstOrThrow();
  const author = await runtime.deps.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'lee.dohoon@mofa.kr.example')
    .executeTakeFirstOrThrow();
  await seedProposals(runtime, group.id, author.id, proposals);
  // A live database has statistics (autovacuum analyses it); a bulk load right before the run does not yet.
  if (runtime.handle.kind === 'postgres') await sql`ANALYZE`.execute(runtime.deps.db);
  const app = await buildApp(runtime.deps, { serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'alex.wong@state.us.example', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const url = `${base}/api/v1/groups/${group.id}/proposals?limit=50`;
  const check = await fetch(url, { headers: { cookie } });
  const body = (await check.json()) as { items: unknown[] };
  if (check.status !== 200 || body.items.length !== 50)
    throw new Error(`list answered ${check.status} with ${body.items.length} items`);
  await run(url, { cookie }, 2); // warm-up
  const r = await run(url, { cookie }, seconds);
  await app.close();
  await runtime.close();
  return r;
}

/** The visibility-filtered proposals list with 100k proposals, under 64 connections, against bare Fastify. */
export async function runApiBench(proposals = 100_000, seconds = 10): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const bare = await bareBaseline(seconds);
  figures.push({
    name: `bare Fastify handler, a page of 50 items (${CONNECTIONS} connections)`,
    value: `${Math.round(bare.rps)} req/s, p99 ${bare.p99} ms`,
    goal: 'baseline',
    met: null,
  });
  const sqlite = await measureEngine({ kind: 'sqlite', file: ':memory:' }, proposals, seconds);
  const server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE api_bench');
  await admin.end();
  let postgres;
  try {
    postgres = await measureEngine(
      { kind: 'postgres', url: server.adminUrl('api_bench') },
      proposals,
      seconds,
    );
  } finally {
    await server.stop();
  }
  for (const [name, r] of [
    ['SQLite', sqlite],
    ['PostgreSQL', postgres],
  ] as const) {
    const ratio = r.rps / bare.rps;
    figures.push({
      name: `proposals list, ${proposals.toLocaleString('en')} proposals, signed-in US delegate, ${name}`,
      value: `${Math.round(r.rps)} req/s (${ratio.toFixed(2)}× bare), p99 ${r.p99} ms${r.errors ? `, ${r.errors} errors` : ''}`,
      goal: '≥ 0.5× bare, p99 ≤ 25 ms',
      met: ratio >= 0.5 && r.p99 <= 25,
    });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printFigures(
    'API under load',
    await runApiBench(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 10)),
  );
  process.exit(0);
}
