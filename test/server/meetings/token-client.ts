import type { TestApp, TestClient, TestResponse } from '../../support/test-app.js';

const cache = new WeakMap<TestApp, Map<string, string>>();

/**
 * A client signed in with a personal API token: unlike a cookie session (idle after 12 hours), it
 * survives tests that move the clock by days or months.
 */
export async function tokenClient(
  t: TestApp,
  email: string,
): Promise<Pick<TestClient, 'get' | 'post' | 'patch' | 'put'>> {
  let tokens = cache.get(t);
  if (!tokens) {
    tokens = new Map();
    cache.set(t, tokens);
  }
  let token = tokens.get(email);
  if (!token) {
    const res = await (await t.as(email)).post('/me/tokens', { name: 'meetings tests', expiresInDays: 365 });
    if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`token for ${email}: ${res.body}`);
    token = res.json<{ token: string }>().token;
    tokens.set(email, token);
  }
  const bearer = token;
  const request = async (method: string, url: string, body?: unknown): Promise<TestResponse> => {
    const res = await t.app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${bearer}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return {
      statusCode: res.statusCode,
      headers: res.headers,
      body: res.body,
      json: <T>() => JSON.parse(res.body) as T,
    };
  };
  return {
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
  };
}
