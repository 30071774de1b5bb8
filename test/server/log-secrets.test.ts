import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/runtime.js';
import type { App } from '../../src/server/http/types.js';
import { scanForSecrets } from '../../scripts/log-scan.mjs';
import { createTestApp, DEMO_PASSWORD, ORIGIN, US_CHAIR, type TestApp } from '../support/test-app.js';

let t: TestApp;
let app: App;
let captured = '';

beforeAll(async () => {
  t = await createTestApp();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      captured += chunk.toString('utf8');
      done();
    },
  });
  const log: FastifyBaseLogger = createLogger(
    { ...loadConfig({}), logLevel: 'trace' },
    sink as unknown as pino.DestinationStream,
  );
  app = await buildApp({ ...t.runtime.deps, log }, { serveWeb: false });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('secrets in the log', () => {
  it('never writes passwords, tokens, session ids or hashes, even at trace level', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: US_CHAIR, password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookieHeader = String(login.headers['set-cookie']).split(';')[0]!;
    const session = cookieHeader.split('=')[1]!;
    const tokenRes = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { cookie: cookieHeader, origin: ORIGIN },
      payload: { name: 'log test' },
    });
    const token = tokenRes.json<{ token: string }>().token;
    await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: US_CHAIR, password: 'a-wrong-password-x' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { cookie: cookieHeader, origin: ORIGIN },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'the-new-secret-password' },
    });
    await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookieHeader } });

    expect(captured.split('\n').length).toBeGreaterThan(10);
    const findings = scanForSecrets(captured, [
      DEMO_PASSWORD,
      'a-wrong-password-x',
      'the-new-secret-password',
      token,
      session,
    ]);
    expect(findings).toEqual([]);
  });

  it('is a scan that finds a planted secret', () => {
    const planted = `{"msg":"oops","headers":{"authorization":"Bearer lst_abcdefghijklmnopqrstuvwxyz123"}}`;
    expect(scanForSecrets(planted).map((f) => f.name)).toEqual(
      expect.arrayContaining(['API token', 'bearer header']),
    );
    expect(scanForSecrets('{"password":"hunter2hunter2"}').length).toBe(1);
    expect(scanForSecrets('{"password":"[redacted]"}').length).toBe(0);
  });
});
