import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KR_DELEGATE, type TestApp } from '../support/test-app.js';

interface ErrorJson {
  error: { code: string; details?: { fields?: { field: string }[] } };
}

// PostgreSQL refuses U+0000 in text where SQLite stores it: found by the fuzzer as a 500 on one engine only.
describe('the NUL character (U+0000)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('is refused with a 400 naming the field, in a body, a query or a path, and nothing is written', async () => {
    const kr = await t.as(KR_DELEGATE);
    const fields = (res: { json<T>(): T }) =>
      res.json<ErrorJson>().error.details?.fields?.map((f) => f.field) ?? [];
    const token = await kr.post('/me/tokens', { name: 'scripts\u0000', expiresInDays: 30 });
    expect(token.statusCode).toBe(400);
    expect(fields(token)).toEqual(['body.name']);
    const nested = await kr.post(`/groups/${t.groupId}/proposals`, {
      title: 'Survey',
      summary: 'Fine.',
      items: [{ description: 'rails\u0000', quantity: 1 }],
    });
    expect(nested.statusCode).toBe(400);
    expect(fields(nested)).toEqual(['body.items.0.description']);
    const query = await kr.get(`/groups/${t.groupId}/proposals?status=%00`);
    expect(query.statusCode).toBe(400);
    expect(fields(query)).toEqual(['querystring.status']);
    expect((await kr.get('/me/tokens')).json<{ items: unknown[] }>().items).toHaveLength(0);
  });
});
