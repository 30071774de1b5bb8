import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase, AUDITOR, DEMO_PASSWORD, testDbKind, US_DELEGATE } from '../support/test-app.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/server-process.js';

const WRITES = 1000;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function signIn(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe(`crash safety (${testDbKind()})`, () => {
  it('keeps every acknowledged write and a verifiable audit chain after SIGKILL midway through 1,000 writes', async () => {
    const fresh = await freshDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-crash-'));
    const env: Record<string, string> = { LOCKSTEP_DATA_DIR: dir };
    if (fresh.database.kind === 'postgres') env.LOCKSTEP_DATABASE_URL = fresh.database.url;
    else env.LOCKSTEP_DATABASE_URL = `sqlite:${path.join(dir, 'crash.db')}`;
    let server: ServerProcess | null = await startServerProcess(env);
    cleanups.push(async () => {
      if (server) await stopServerProcess(server, 'SIGKILL');
      await fresh.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const base = server.baseUrl;
    const cookie = await signIn(base, US_DELEGATE);
    const groups = (await (await fetch(`${base}/api/v1/groups`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const groupId = groups.items[0]!.id;

    const acknowledged: { id: string; title: string }[] = [];
    let killed = false;
    const killAfter = Math.floor(WRITES * 0.3);
    const writes = Array.from({ length: WRITES }, async (_, i) => {
      const title = `Crash write ${i}`;
      try {
        const res = await fetch(`${base}/api/v1/groups/${groupId}/documents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: base, cookie },
          body: JSON.stringify({
            title,
            body: `write ${i}`,
            kind: 'other',
            visibility: 'shared',
            classification: 'UNCLASSIFIED',
          }),
        });
        if (res.status === 201) {
          const doc = (await res.json()) as { id: string };
          acknowledged.push({ id: doc.id, title });
          if (acknowledged.length >= killAfter && !killed) {
            killed = true;
            server!.child.kill('SIGKILL');
          }
        }
      } catch {
        // Connections cut by the kill: these writes were never acknowledged.
      }
    });
    await Promise.all(writes);
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
    expect(acknowledged.length).toBeLessThan(WRITES);
    await new Promise<void>((resolve) =>
      server!.child.exitCode !== null || server!.child.signalCode
        ? resolve()
        : server!.child.once('exit', () => resolve()),
    );

    server = await startServerProcess(env);
    const base2 = server.baseUrl;
    const cookie2 = await signIn(base2, US_DELEGATE);
    const list = (await (
      await fetch(`${base2}/api/v1/groups/${groupId}/documents`, { headers: { cookie: cookie2 } })
    ).json()) as {
      items: { id: string; title: string }[];
    };
    const stored = new Map(list.items.map((d) => [d.id, d.title]));
    const missing = acknowledged.filter((a) => stored.get(a.id) !== a.title);
    expect(missing).toEqual([]);

    const auditorCookie = await signIn(base2, AUDITOR);
    const verify = (await (
      await fetch(`${base2}/api/v1/audit/verify`, { headers: { cookie: auditorCookie } })
    ).json()) as { ok: boolean; entries: number };
    expect(verify.ok).toBe(true);
    // The audit row commits with the change or not at all: stored papers and their audit entries match exactly.
    const audited = new Set<string>();
    let before: string | null = null;
    for (;;) {
      const page = (await (
        await fetch(`${base2}/api/v1/audit?limit=500${before ? `&before=${before}` : ''}`, {
          headers: { cookie: auditorCookie },
        })
      ).json()) as { items: { action: string; recordId: string }[]; nextCursor: string | null };
      for (const e of page.items) if (e.action === 'document.create') audited.add(e.recordId);
      if (!page.nextCursor) break;
      before = page.nextCursor;
    }
    const storedCrashIds = list.items.filter((d) => d.title.startsWith('Crash write')).map((d) => d.id);
    expect(storedCrashIds.filter((id) => !audited.has(id))).toEqual([]);
    expect(storedCrashIds.length).toBeGreaterThanOrEqual(acknowledged.length);
  }, 120_000);
});
