import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { ManualClock } from '../../src/server/clock.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { loadDemoIfEmpty } from '../../src/server/demo/demo.js';
import type { DemoWorld } from '../../src/server/demo/seeders.js';
import type { App } from '../../src/server/http/types.js';
import { createLogger, createRuntime, type Runtime } from '../../src/server/runtime.js';

export const DEMO_PASSWORD = 'demo-password-2018';
export const ORIGIN = 'http://127.0.0.1:8080';

export const KR_CHAIR = 'lee.dohoon@mofa.kr.example';
export const KR_DELEGATE = 'lee.dongyeol@mofa.kr.example';
export const KR_MOU = 'director.exchange@mou.kr.example';
export const KR_STAFF = 'secretary@president.kr.example';
export const US_CHAIR = 'stephen.biegun@state.us.example';
export const US_DELEGATE = 'alex.wong@state.us.example';
export const US_LAMBERT = 'mark.lambert@state.us.example';
export const US_NSC = 'allison.hooker@nsc.us.example';
export const ADMIN = 'admin@lockstep.example';
export const AUDITOR = 'auditor@lockstep.example';

export type DbKind = 'sqlite' | 'postgres';

export function testDbKind(): DbKind {
  return process.env.LOCKSTEP_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

/** A fresh, empty database of the tier's engine: an in-memory SQLite, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<{ database: Config['database']; drop(): Promise<void> }> {
  if (testDbKind() === 'sqlite')
    return { database: { kind: 'sqlite', file: ':memory:' }, drop: async () => undefined };
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('The PostgreSQL tier needs the global setup to start a server');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    database: { kind: 'postgres', url },
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json<T = unknown>(): T;
}

export interface TestClient {
  email: string | null;
  cookie: string | null;
  request(
    method: string,
    url: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<TestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<TestResponse>;
}

export interface TestApp {
  app: App;
  runtime: Runtime;
  config: Config;
  clock: ManualClock;
  world: DemoWorld;
  groupId: string;
  anonymous: TestClient;
  /** A client signed in as the demo account (cookie session, own Origin on writes). */
  as(email: string): Promise<TestClient>;
  close(): Promise<void>;
}

export function silentLogger(): FastifyBaseLogger {
  return pino({ level: 'silent' }) as unknown as FastifyBaseLogger;
}

const LOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.tmp/test-logs');
let suiteLog: FastifyBaseLogger | null = null;

/**
 * The suite's log: every test app logs at debug level into .tmp/test-logs/, with the production logger's
 * redaction, so that the log scan after the server tiers can look for secrets in what a real server would write.
 */
export function suiteLogger(): FastifyBaseLogger {
  if (!suiteLog) {
    fs.mkdirSync(LOG_DIR, { recursive: true });
    const file = path.join(LOG_DIR, `${testDbKind()}-${process.pid}.log`);
    const config = { ...loadConfig({}), logLevel: 'debug' as const };
    suiteLog = createLogger(config, pino.destination({ dest: file, sync: true }));
  }
  return suiteLog;
}

function makeClient(app: App, email: string | null, cookie: string | null): TestClient {
  const request: TestClient['request'] = async (method, url, options = {}) => {
    const headers: Record<string, string> = { origin: ORIGIN, ...(options.headers ?? {}) };
    if (cookie) headers.cookie = cookie;
    const res = await app.inject({
      method: method as 'GET',
      url:
        url.startsWith('/api/') || url.startsWith('/healthz') || url.startsWith('/readyz')
          ? url
          : `/api/v1${url}`,
      headers,
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
    return {
      statusCode: res.statusCode,
      headers: res.headers,
      body: res.body,
      json: <T>() => JSON.parse(res.body) as T,
    };
  };
  return {
    email,
    cookie,
    request,
    get: (url, headers) => request('GET', url, { ...(headers ? { headers } : {}) }),
    post: (url, body, headers) => request('POST', url, { body: body ?? {}, ...(headers ? { headers } : {}) }),
    patch: (url, body, headers) =>
      request('PATCH', url, { body: body ?? {}, ...(headers ? { headers } : {}) }),
    put: (url, body, headers) => request('PUT', url, { body: body ?? {}, ...(headers ? { headers } : {}) }),
    delete: (url, headers) => request('DELETE', url, { ...(headers ? { headers } : {}) }),
  };
}

/** Logs in through the API and returns the session cookie header. */
export async function loginCookie(app: App, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { origin: ORIGIN },
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return String(raw).split(';')[0]!;
}

/** The whole application on a fresh database of the tier's engine, with the demo group and a movable clock. */
export async function createTestApp(
  options: { env?: Record<string, string>; start?: string } = {},
): Promise<TestApp> {
  const fresh = await freshDatabase();
  const config = {
    ...loadConfig({
      LOCKSTEP_DEMO_PASSWORD: DEMO_PASSWORD,
      LOCKSTEP_DATA_DIR: '.tmp/test-data',
      ...(options.env ?? {}),
    }),
    database: fresh.database,
  };
  const clock = new ManualClock(options.start ?? '2018-11-15T00:00:00.000Z');
  const runtime = await createRuntime(config, { clock, log: suiteLogger(), poolSize: 5 });
  const demo = await loadDemoIfEmpty(runtime.deps);
  if (!demo.loaded) throw new Error('demo did not load into a fresh database');
  const group = await runtime.deps.db.selectFrom('groups').select('id').executeTakeFirstOrThrow();
  const users = new Map(
    (await runtime.deps.db.selectFrom('users').select(['id', 'email']).execute()).map((u) => [u.email, u.id]),
  );
  const tracks = new Map(
    (await runtime.deps.db.selectFrom('tracks').select(['id', 'key']).execute()).map((t) => [t.key, t.id]),
  );
  const app = await buildApp(runtime.deps, { serveWeb: false });
  await app.ready();
  const cookies = new Map<string, string>();
  return {
    app,
    runtime,
    config,
    clock,
    world: { groupId: group.id, users, tracks },
    groupId: group.id,
    anonymous: makeClient(app, null, null),
    async as(email) {
      let cookie = cookies.get(email);
      if (!cookie) {
        cookie = await loginCookie(app, email);
        cookies.set(email, cookie);
      }
      return makeClient(app, email, cookie);
    },
    async close() {
      await app.close();
      await runtime.close();
      await fresh.drop();
    },
  };
}
