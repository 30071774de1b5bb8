import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, KR_CHAIR, US_DELEGATE, type TestApp } from '../support/test-app.js';

/**
 * Requests built from the OpenAPI description, valid and broken, against the whole API. No response may be a
 * 5xx, every 4xx has the error shape, nothing party-only of KR reaches the US fuzzer, and the server still
 * answers afterwards. CI runs a fixed seed; `npm run fuzz` runs 100k.
 */
const RUNS = Number(process.env.LOCKSTEP_FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.LOCKSTEP_FUZZ_SEED ?? 20181120);

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  default?: unknown;
}

interface Operation {
  method: string;
  path: string;
  params: string[];
  query: Record<string, JsonSchema>;
  body: JsonSchema | null;
}

// Never fuzzed: they would end the fuzzer's own session or account access mid-run.
const EXCLUDED = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/me/password']);

const NASTY_STRINGS = [
  '',
  ' ',
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\uFEFF\u200B\u202E',
  '😀👍🏽‍',
  '이도훈 리영호',
  'ŏŭ Ch’oe Sŏk',
  '${7*7}{{7*7}}',
  'a'.repeat(5000),
  '\ud800',
  'NaN',
  '-1',
  'null',
  '[]',
  '{}',
];

function arbitraryFor(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.anything();
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryFor(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'date')
        return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return fc.oneof(
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 80) }),
        fc.constantFrom(...NASTY_STRINGS),
      );
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -10, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFor(schema.items, depth + 1), { maxLength: 4 });
    case 'object': {
      const props = schema.properties ?? {};
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) shape[k] = arbitraryFor(v, depth + 1);
      return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.anything();
  }
}

/** Broken variants: wrong types, missing fields, deep nesting, huge strings, duplicate keys. */
const brokenBody: fc.Arbitrary<{ raw: string }> = fc.oneof(
  fc.anything().map((v) => ({ raw: JSON.stringify(v) ?? 'null' })),
  fc.constantFrom(
    {
      raw: '{"title":"a","title":"b","body":"x","kind":"other","visibility":"shared","classification":"UNCLASSIFIED"}',
    },
    { raw: '{' },
    { raw: '[1,2,3]' },
    { raw: '"just a string"' },
    { raw: `${'['.repeat(2000)}${']'.repeat(2000)}` },
    { raw: JSON.stringify({ title: 'x'.repeat(300_000) }) },
    { raw: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}' },
  ),
);

function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

let t: TestApp;
const operations: Operation[] = [];
let krSecret: { id: string; title: string; body: string };
let ids: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const doc = (await t.anonymous.get('/api/openapi.json')).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { in: string; name: string; schema?: JsonSchema }[];
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        }
      >
    >;
  }>();
  for (const [p, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${p}`;
      if (EXCLUDED.has(key) || p === '/api/v1/events') continue;
      const params = (op.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name);
      const query: Record<string, JsonSchema> = {};
      for (const q of (op.parameters ?? []).filter((x) => x.in === 'query')) query[q.name] = q.schema ?? {};
      const body = op.requestBody?.content?.['application/json']?.schema ?? null;
      operations.push({ method: method.toUpperCase(), path: p, params, query, body });
    }
  }
  const kr = await t.as(KR_CHAIR);
  const docs = (await kr.get(`/groups/${t.groupId}/documents`)).json<{
    items: { id: string; title: string; visibility: string; party: string }[];
  }>().items;
  const secret = docs.find((d) => d.visibility === 'party' && d.party === 'KR')!;
  krSecret = {
    id: secret.id,
    title: secret.title,
    body: (await kr.get(`/documents/${secret.id}`)).json<{ body: string }>().body,
  };
  ids = [t.groupId, ...docs.map((d) => d.id), ...t.world.users.values(), ...t.world.tracks.values()];
});
afterAll(async () => t?.close());

describe('fuzzing the API from its OpenAPI description', () => {
  it('finds operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it(`answers ${RUNS} valid and broken requests without a 5xx or a leak`, async () => {
    const us = await t.as(US_DELEGATE);
    const idArb = fc.oneof(
      fc.constantFrom(...ids),
      fc.constantFrom(...NASTY_STRINGS.map(safeEncode)),
      fc.string({ maxLength: 30 }).map(safeEncode),
    );
    const requestArb = fc.constantFrom(...operations).chain((op) =>
      fc.record({
        op: fc.constant(op),
        params: fc.tuple(...op.params.map(() => idArb)),
        query: fc.dictionary(
          fc.constantFrom(...Object.keys(op.query), 'x'),
          fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...NASTY_STRINGS)),
          { maxKeys: 3 },
        ),
        body: op.body
          ? fc.oneof(
              arbitraryFor(op.body).map((v) => ({ raw: JSON.stringify(v) })),
              brokenBody,
            )
          : fc.constant(null),
        anonymous: fc.boolean().map((b) => b && Math.random() < 0.1),
      }),
    );
    await fc.assert(
      fc.asyncProperty(requestArb, async ({ op, params, query, body, anonymous }) => {
        let url = op.path;
        op.params.forEach((name, i) => (url = url.replace(`{${name}}`, String(params[i] || 'x'))));
        const qs = new URLSearchParams(query as Record<string, string>).toString();
        const res = await t.app.inject({
          method: op.method as 'GET',
          url: `${url}${qs ? `?${qs}` : ''}`,
          headers: {
            origin: 'http://127.0.0.1:8080',
            ...(anonymous ? {} : { cookie: us.cookie! }),
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          ...(body ? { payload: body.raw } : {}),
        });
        expect(res.statusCode, `${op.method} ${url.slice(0, 120)} → ${res.body.slice(0, 300)}`).toBeLessThan(
          500,
        );
        if (res.statusCode >= 400) {
          const parsed = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown } };
          expect(
            typeof parsed.error?.code,
            `${op.method} ${url} error shape: ${res.body.slice(0, 200)}`,
          ).toBe('string');
          expect(typeof parsed.error?.message).toBe('string');
        }
        expect(res.body).not.toContain(krSecret.body);
        expect(res.body).not.toContain(krSecret.id);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect((await t.anonymous.get('/healthz')).statusCode).toBe(200);
    expect((await us.get('/me')).statusCode).toBe(200);
  }, 600_000);
});
