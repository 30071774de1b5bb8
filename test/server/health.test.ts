import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KR_CHAIR, testDbKind, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('health, readiness and the API description', () => {
  it('runs on the engine of this tier', () => {
    expect(t.runtime.deps.dbKind).toBe(testDbKind());
  });

  it('answers healthz and readyz', async () => {
    expect((await t.anonymous.get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.anonymous.get('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('publishes an OpenAPI document that lists the contract paths', async () => {
    const res = await t.anonymous.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/v1/auth/login',
      '/api/v1/groups/{groupId}',
      '/api/v1/documents/{id}',
      '/api/v1/search',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });

  it('serves the browsable API page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('sends security headers with a strict script policy and a request id', async () => {
    const res = await t.anonymous.get('/healthz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers unknown API paths with the error shape, asking anonymous callers to sign in first', async () => {
    const anonymous = await t.anonymous.get('/api/v1/nothing-here');
    expect(anonymous.statusCode).toBe(401);
    const res = await (await t.as(KR_CHAIR)).get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No such resource' } });
  });
});
