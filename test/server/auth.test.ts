import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../src/server/modules/auth/auth.service.js';
import {
  createTestApp,
  DEMO_PASSWORD,
  KR_CHAIR,
  KR_DELEGATE,
  ORIGIN,
  US_CHAIR,
  US_DELEGATE,
  type TestApp,
} from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

function login(email: string, password: string, ip = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { origin: ORIGIN },
    payload: { email, password },
    remoteAddress: ip,
  });
}

function cookieOf(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  return String(Array.isArray(raw) ? raw[0] : raw);
}

describe('signing in', () => {
  it('opens an HttpOnly, SameSite=Lax session and answers /me', async () => {
    const res = await login(KR_CHAIR, DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^lockstep_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(me.json()).toMatchObject({ email: KR_CHAIR, party: 'KR', memberships: [{ role: 'co_chair' }] });
    expect(me.body).not.toContain('scrypt');
    expect(res.body).not.toContain('passwordHash');
  });

  it('answers the same 401 for an unknown account and a wrong password', async () => {
    const unknown = await login('nobody@mofa.kr.example', 'whatever-password', '10.0.0.2');
    const wrong = await login(US_CHAIR, 'wrong-password-123', '10.0.0.2');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
  });

  it('locks an account after five failures, with Retry-After, even for the right password', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login(US_DELEGATE, `wrong-${i}-password`, `10.1.0.${i}`)).statusCode).toBe(401);
    const locked = await login(US_DELEGATE, DEMO_PASSWORD, '10.1.0.9');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    t.clock.advance(16 * 60 * 1000);
    expect((await login(US_DELEGATE, DEMO_PASSWORD, '10.1.0.9')).statusCode).toBe(200);
  });

  it('limits failures per address across accounts', async () => {
    for (let i = 0; i < 30; i += 1) await login(`someone${i}@x.example`, 'wrong-password-123', '10.9.9.9');
    const res = await login(KR_DELEGATE, DEMO_PASSWORD, '10.9.9.9');
    expect(res.statusCode).toBe(429);
    expect((await login(KR_DELEGATE, DEMO_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });

  it('ends a session after 12 idle hours, and signs out', async () => {
    const cookie = cookieOf(await login(KR_DELEGATE, DEMO_PASSWORD, '10.2.0.1')).split(';')[0]!;
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(SESSION_IDLE_MS + 1000);
    expect((await me()).statusCode).toBe(401);

    const fresh = cookieOf(await login(KR_DELEGATE, DEMO_PASSWORD, '10.2.0.1')).split(';')[0]!;
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: fresh, origin: ORIGIN },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: fresh } })).statusCode,
    ).toBe(401);
  });

  it('ends a session after seven days however active', async () => {
    const cookie = cookieOf(await login(KR_CHAIR, DEMO_PASSWORD, '10.3.0.1')).split(';')[0]!;
    for (let day = 0; day < 8; day += 1) {
      t.clock.advance(11 * 60 * 60 * 1000);
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      t.clock.advance(11 * 60 * 60 * 1000);
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('refuses a cookie-authenticated write from another origin, or with no origin', async () => {
    const kr = await t.as(KR_CHAIR);
    const body = {
      title: 'x',
      body: 'y',
      kind: 'other',
      visibility: 'shared',
      classification: 'UNCLASSIFIED',
    };
    for (const origin of ['https://evil.example', undefined]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/groups/${t.groupId}/documents`,
        headers: { cookie: kr.cookie!, ...(origin ? { origin } : {}) },
        payload: body,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'csrf_origin_mismatch' } });
    }
  });

  it('creates an API token shown once, which then authenticates without a cookie or origin', async () => {
    const us = await t.as(US_CHAIR);
    const created = await us.post('/me/tokens', { name: 'scripts', expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    expect(token).toMatch(/^lst_/);
    const list = await us.get('/me/tokens');
    expect(list.body).not.toContain(token);
    const stored = await t.runtime.deps.db
      .selectFrom('apiTokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).not.toBe(token);

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toMatchObject({ email: US_CHAIR });
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/v1/groups/${t.groupId}/documents`,
      headers: { authorization: `Bearer ${token}` },
      payload: {
        title: 'By token',
        body: 'b',
        kind: 'other',
        visibility: 'party',
        classification: 'UNCLASSIFIED',
      },
    });
    expect(write.statusCode).toBe(201);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer lst_nope' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid_token' } });

    expect((await us.delete(`/me/tokens/${id}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it('revokes every session when the password changes, and asks for 12 characters', async () => {
    const first = cookieOf(await login(US_CHAIR, DEMO_PASSWORD, '10.4.0.1')).split(';')[0]!;
    const second = cookieOf(await login(US_CHAIR, DEMO_PASSWORD, '10.4.0.2')).split(';')[0]!;
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { cookie: first, origin: ORIGIN },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { details: { fields: [{ field: 'body.newPassword' }] } } });
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { cookie: first, origin: ORIGIN },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a-much-longer-password' },
    });
    expect(changed.statusCode).toBe(204);
    for (const cookie of [first, second]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(
        401,
      );
    }
    const renewed = cookieOf(changed).split(';')[0]!;
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: renewed } })).statusCode,
    ).toBe(200);
    expect((await login(US_CHAIR, DEMO_PASSWORD, '10.4.0.3')).statusCode).toBe(401);
    expect((await login(US_CHAIR, 'a-much-longer-password', '10.4.0.3')).statusCode).toBe(200);
  });

  it('keeps language and time zone per user', async () => {
    const kr = await t.as(KR_DELEGATE);
    const res = await kr.patch('/me', { locale: 'ko', timeZone: 'Asia/Seoul' });
    expect(res.json()).toMatchObject({ locale: 'ko', timeZone: 'Asia/Seoul' });
    expect((await kr.get('/me')).json()).toMatchObject({ locale: 'ko' });
    const bad = await kr.patch('/me', { timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { details: { fields: [{ field: 'body.timeZone' }] } } });
  });

  it('answers 401 to anonymous requests', async () => {
    for (const url of [
      '/me',
      `/groups/${t.groupId}`,
      `/groups/${t.groupId}/documents`,
      '/search?q=x',
      '/notifications',
    ]) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
  });
});
