import http from 'node:http';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/server/config.js';
import { loadDemoIfEmpty } from '../src/server/demo/demo.js';
import { createRuntime } from '../src/server/runtime.js';
import { startPostgres } from '../test/support/postgres-server.js';
import { percentile, printFigures, type BenchFigure } from './support.js';
import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';

const PASSWORD = 'bench-password-2018';
const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;

async function startInstance(database: Config['database'], demo: boolean) {
  const config = {
    ...loadConfig({ LOCKSTEP_DEMO_PASSWORD: PASSWORD, LOCKSTEP_LOG_LEVEL: 'silent' }),
    database,
  };
  const runtime = await createRuntime(config, { log, poolSize: 10 });
  if (demo) await loadDemoIfEmpty(runtime.deps);
  const app = await buildApp(runtime.deps, { serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    runtime,
    base: `http://127.0.0.1:${port}`,
    close: async () => (await app.close(), await runtime.close()),
  };
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** Opens n SSE streams; resolves with a function that waits for the next `change` event on every stream. */
async function openStreams(base: string, cookie: string, n: number) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const waiters: ((at: number) => void)[] = [];
  const requests: http.ClientRequest[] = [];
  await Promise.all(
    Array.from(
      { length: n },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const req = http.get(
            `${base}/api/v1/events`,
            { agent, headers: { cookie, accept: 'text/event-stream' } },
            (res) => {
              res.setEncoding('utf8');
              let buffer = '';
              res.on('data', (chunk: string) => {
                buffer += chunk;
                if (buffer.includes(': connected')) resolve();
                let at: number;
                while ((at = buffer.indexOf('event: change')) >= 0) {
                  buffer = buffer.slice(at + 12);
                  waiters[i]?.(performance.now());
                }
              });
            },
          );
          req.on('error', reject);
          requests.push(req);
        }),
    ),
  );
  return {
    next: () =>
      Promise.all(
        Array.from({ length: n }, (_, i) => new Promise<number>((resolve) => (waiters[i] = resolve))),
      ),
    close: () => {
      for (const r of requests) r.destroy();
      agent.destroy();
    },
  };
}

async function measure(writer: string, reader: string, n: number, rounds = 5): Promise<number[]> {
  const writerCookie = await login(writer, 'stephen.biegun@state.us.example');
  const readerCookie = await login(reader, 'lee.dohoon@mofa.kr.example');
  const groups = (await (
    await fetch(`${writer}/api/v1/groups`, { headers: { cookie: writerCookie } })
  ).json()) as { items: { id: string }[] };
  const groupId = groups.items[0]!.id;
  const streams = await openStreams(reader, readerCookie, n);
  const latencies: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const arrivals = streams.next();
    const sent = performance.now();
    await fetch(`${writer}/api/v1/groups/${groupId}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: writer, cookie: writerCookie },
      body: JSON.stringify({
        title: `SSE bench ${r}`,
        body: 'b',
        kind: 'other',
        visibility: 'shared',
        classification: 'UNCLASSIFIED',
      }),
    });
    for (const at of await arrivals) latencies.push(at - sent);
  }
  streams.close();
  return latencies.sort((a, b) => a - b);
}

/** One change delivered to 1,000 SSE clients: in one instance on SQLite, and across two instances on PostgreSQL. */
export async function runSseBench(clients = 1000): Promise<BenchFigure[]> {
  const single = await startInstance({ kind: 'sqlite', file: ':memory:' }, true);
  const local = await measure(single.base, single.base, clients);
  await single.close();

  const server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE sse_bench');
  await admin.end();
  const url = server.adminUrl('sse_bench');
  const a = await startInstance({ kind: 'postgres', url }, true);
  const b = await startInstance({ kind: 'postgres', url }, false);
  const cross = await measure(a.base, b.base, clients);
  await a.close();
  await b.close();
  await server.stop();
  return [
    {
      name: `one change to ${clients} SSE clients, one instance (SQLite), p50 / p99`,
      value: `${percentile(local, 50).toFixed(0)} / ${percentile(local, 99).toFixed(0)} ms`,
      goal: 'p99 ≤ 250 ms',
      met: percentile(local, 99) <= 250,
    },
    {
      name: `one change to ${clients} SSE clients of another instance (PostgreSQL LISTEN/NOTIFY), p50 / p99`,
      value: `${percentile(cross, 50).toFixed(0)} / ${percentile(cross, 99).toFixed(0)} ms`,
      goal: 'p99 ≤ 250 ms',
      met: percentile(cross, 99) <= 250,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printFigures('Live updates', await runSseBench());
  process.exit(0);
}
