import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { loginCookie, ORIGIN, type TestApp, type TestClient } from '../../support/test-app.js';

export interface ProposalJson {
  id: string;
  status: string;
  proposingParty: string;
  title: string;
  plannedFor: string | null;
  noticeEndsAt: string | null;
  notifiedAt: string | null;
  surprise: boolean;
  party: string;
  visibility: string;
  items: { description: string; hsCode: string | null }[];
  counterparties: { name: string; kind: string; country: string | null }[];
  positions: Record<string, { acknowledgedAt: string | null; stance: string; note: string | null }>;
  history?: {
    action: string;
    party: string | null;
    note: string | null;
    changes: Record<string, unknown> | null;
  }[];
  abilities: { edit: boolean; comment: boolean; actions: string[] };
  clearance: { canClear: boolean; reasons: { code: string; message: string }[] };
}

export interface ErrorJson {
  error: {
    code: string;
    message: string;
    details?: { fields?: { field: string }[]; reasons?: { code: string }[] };
  };
}

export const SURVEY_INPUT = {
  title: 'Test railway survey extension',
  summary: 'A second survey of the Donghae line.',
  plannedFor: '2018-12-10',
  location: 'Donghae line, DPRK',
  // Goods under no UN measure, so that these tests follow the consultation alone; screening has its own tests.
  items: [
    {
      description: 'Surveying instruments (theodolites)',
      hsCode: '9015.20',
      quantity: 4,
      unit: 'pieces',
      valueUsd: 18000,
      endUser: 'Korail',
    },
  ],
  counterparties: [{ name: 'Ministry of Railways of the DPRK', kind: 'organization', country: 'KP' }],
};

/** Creates a draft as `client` and returns it. */
export async function draftProposal(t: TestApp, client: TestClient, extra: Record<string, unknown> = {}) {
  const res = await client.post(`/groups/${t.groupId}/proposals`, { ...SURVEY_INPUT, ...extra });
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.statusCode} ${res.body}`);
  return res.json<ProposalJson>();
}

export async function act(client: TestClient, id: string, action: string, note?: string) {
  return client.post(`/proposals/${id}/transitions`, { action, ...(note === undefined ? {} : { note }) });
}

/** Acts and fails the test when refused. */
export async function mustAct(client: TestClient, id: string, action: string, note?: string) {
  const res = await act(client, id, action, note);
  if (res.statusCode !== 200) throw new Error(`${action} refused: ${res.statusCode} ${res.body}`);
  return res.json<ProposalJson>();
}

export interface SinkMessage {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps every message it receives. */
export async function startSmtpSink(): Promise<{
  url: string;
  messages: SinkMessage[];
  close(): Promise<void>;
}> {
  const messages: SinkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Decodes a quoted-printable plain-text message enough to search its subject and body. */
export function readableMessage(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Signed-in clients that survive moving the clock: sessions expire after 12 idle hours of the test clock, so
 * a client is signed in again once the clock has moved on since its login.
 */
export function clientsFor(t: TestApp): (email: string) => Promise<TestClient> {
  const cache = new Map<string, { at: number; client: TestClient }>();
  return async (email) => {
    const now = t.clock.now().getTime();
    const hit = cache.get(email);
    if (hit && Math.abs(now - hit.at) < 3600_000) return hit.client;
    const cookie = await loginCookie(t.app, email);
    const client = clientWithCookie(t, email, cookie);
    cache.set(email, { at: now, client });
    return client;
  };
}

function clientWithCookie(t: TestApp, email: string, cookie: string): TestClient {
  const request: TestClient['request'] = async (method, url, options = {}) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      headers: { origin: ORIGIN, cookie, ...(options.headers ?? {}) },
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

export interface SseEvent {
  type: string;
  recordId: string | null;
}

/** Connects to the live stream with a session cookie over real HTTP and collects the change events. */
export async function openEventStream(baseUrl: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/v1/events`, { headers: { cookie }, signal: controller.signal });
  if (res.status !== 200) throw new Error(`event stream answered ${res.status}`);
  const events: SseEvent[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        if (buffer.includes(': connected')) connected();
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice(6)) as SseEvent);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  await ready;
  return {
    events,
    async waitFor(predicate: (e: SseEvent) => boolean, timeoutMs = 5000) {
      const start = Date.now();
      while (!events.some(predicate)) {
        if (Date.now() - start > timeoutMs) throw new Error(`no such event; got ${JSON.stringify(events)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}
