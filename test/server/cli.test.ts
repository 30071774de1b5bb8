import { PassThrough } from 'node:stream';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { freshDatabase, testDbKind } from '../support/test-app.js';

let drop: () => Promise<void>;
const saved = { ...process.env };

beforeAll(async () => {
  const fresh = await freshDatabase();
  drop = fresh.drop;
  if (fresh.database.kind === 'postgres') {
    process.env.LOCKSTEP_DATABASE_URL = fresh.database.url;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-cli-'));
    process.env.LOCKSTEP_DATABASE_URL = `sqlite:${path.join(dir, 'cli.db')}`;
  }
  process.env.LOCKSTEP_LOG_LEVEL = 'silent';
});
afterAll(async () => {
  process.env = saved;
  await drop();
});

async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const input = new PassThrough();
  input.end(stdin);
  const code = await runCli(argv, { stdin: input, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe(`the lockstep command (${testDbKind()})`, () => {
  it('migrates, adds users with a password from standard input, creates tokens, verifies the audit chain', async () => {
    expect((await cli(['migrate'])).code).toBe(0);
    const add = await cli(
      ['user', 'add', '--email', 'Ops@Lockstep.example', '--name', 'Ops', '--admin'],
      'a-long-enough-password\n',
    );
    expect(add).toMatchObject({ code: 0 });
    expect(add.out).toContain('ops@lockstep.example');
    const token = await cli(['token', 'create', '--email', 'ops@lockstep.example', '--name', 'ci']);
    expect(token.code).toBe(0);
    expect(token.out.trim()).toMatch(/^lst_[A-Za-z0-9_-]{40,}$/);
    const verify = await cli(['audit', 'verify']);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/verified: \d+ entries/);
  });

  it('exits 2 on bad usage and names what is wrong', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    const missing = await cli(['user', 'add', '--name', 'X']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--email');
    const short = await cli(['user', 'add', '--email', 'x@y.example', '--name', 'X'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.err).toContain('password');
    expect((await cli(['token', 'create', '--email', 'nobody@x.example', '--name', 'n'])).code).toBe(2);
  });

  it('exits 1 and names the entry when the chain is broken', async () => {
    const { openDatabase } = await import('../../src/server/db/database.js');
    const { loadConfig } = await import('../../src/server/config.js');
    const handle = openDatabase(loadConfig().database);
    const row = await handle.db
      .selectFrom('auditLog')
      .select(['seq', 'id'])
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('auditLog')
      .set({ actorLabel: 'someone else' })
      .where('seq', '=', row.seq)
      .execute();
    await handle.close();
    const verify = await cli(['audit', 'verify']);
    expect(verify.code).toBe(1);
    expect(verify.out).toContain(`seq ${row.seq}`);
    expect(verify.out).toContain(row.id);
  });
});
