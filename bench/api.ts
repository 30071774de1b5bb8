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
import { createReadCaches } from '../src/server/context.js';
import { createRuntime, type Runtime } from '../src/server/runtime.js';
import { startPostgres } from '../test/support/postgres-server.js';
import { printFigures, type BenchFigure } from './support.js';

const PASSWORD = 'bench-password-2018';
const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;
const CONNECTIONS = 64;

export async function seedProposals(
  runtime: Runtime,
  groupId: string,
  authorId: string,
  n: number,
): Promise<void> {
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
  // The load generator runs in its own thread, so it does not share the event loop (or a core) with the server.
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, workers: 1 });
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
  const measureWith = async (readCacheMs: number, writesPerSecond: number) => {
    const deps = {
      ...runtime.deps,
      config: { ...config, readCacheMs },
      caches: createReadCaches(readCacheMs),
    };
    const app = await buildApp(deps, { serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const signIn = async (email: string) => {
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      return login.headers.get('set-cookie')!.split(';')[0]!;
    };
    const cookie = await signIn('alex.wong@state.us.example');
    const url = `${base}/api/v1/groups/${group.id}/proposals?limit=50`;
    const check = await fetch(url, { headers: { cookie } });
    const body = (await check.json()) as { items: unknown[] };
    if (check.status !== 200 || body.items.length !== 50)
      throw new Error(`list answered ${check.status} with ${body.items.length} items`);
    // A partner registering drafts while the list is read: every write makes every cached answer stale.
    const writer = await signIn('lee.dongyeol@mofa.kr.example');
    let writes = 0;
    let written = 0;
    const timer =
      writesPerSecond > 0
        ? setInterval(() => {
            writes += 1;
            void fetch(`${base}/api/v1/groups/${group.id}/proposals`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', origin: base, cookie: writer },
              body: JSON.stringify({
                title: `Draft written during the bench ${writes}`,
                summary: 'Bench write.',
              }),
            }).then((res) => {
              if (res.status === 201) written += 1;
            });
          }, 1000 / writesPerSecond)
        : null;
    await run(url, { cookie }, 2); // warm-up
    const r = await run(url, { cookie }, seconds);
    if (timer) clearInterval(timer);
    if (writesPerSecond > 0 && written < writes / 2)
      throw new Error(`only ${written} of ${writes} writes succeeded`);
    await app.close();
    return r;
  };
  const cached = await measureWith(config.readCacheMs, 0);
  const withWrites = await measureWith(config.readCacheMs, 10);
  const uncached = await measureWith(0, 0);
  await runtime.close();
  return { cached, withWrites, uncached };
}

async function measurePostgres(proposals: number, seconds: number) {
  const server = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE api_bench');
    await admin.end();
    return await measureEngine({ kind: 'postgres', url: server.adminUrl('api_bench') }, proposals, seconds);
  } finally {
    await server.stop();
  }
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
  const engines = (process.env.LOCKSTEP_BENCH_ENGINES ?? 'sqlite,postgres').split(',');
  const measured: [string, Awaited<ReturnType<typeof measureEngine>>][] = [];
  if (engines.includes('sqlite'))
    measured.push(['SQLite', await measureEngine({ kind: 'sqlite', file: ':memory:' }, proposals, seconds)]);
  if (engines.includes('postgres')) measured.push(['PostgreSQL', await measurePostgres(proposals, seconds)]);
  for (const [name, { cached, withWrites, uncached }] of measured) {
    const row = (r: typeof cached) =>
      `${Math.round(r.rps)} req/s (${(r.rps / bare.rps).toFixed(2)}× bare), p99 ${r.p99} ms${r.errors ? `, ${r.errors} errors` : ''}`;
    const list = `proposals list, ${proposals.toLocaleString('en')} proposals, signed-in US delegate, ${name}`;
    figures.push({
      name: list,
      value: row(cached),
      goal: '≥ 0.5× bare, p99 ≤ 25 ms',
      met: cached.rps / bare.rps >= 0.5 && cached.p99 <= 25,
    });
    figures.push({
      name: `${list}, while a partner writes 10 times a second`,
      value: row(withWrites),
      goal: '—',
      met: null,
    });
    figures.push({
      name: `${list}, read cache off (every answer computed)`,
      value: row(uncached),
      goal: '—',
      met: null,
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
