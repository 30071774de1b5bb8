import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { SHIPPED_LIST_FILE } from '../../../src/server/modules/sanctions/sanctions.list-file.js';
import { freshDatabase, testDbKind } from '../../support/test-app.js';
import { buildListXml } from './screening-support.js';

let drop: () => Promise<void>;
const saved = { ...process.env };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-screen-'));

beforeAll(async () => {
  const fresh = await freshDatabase();
  drop = fresh.drop;
  process.env.LOCKSTEP_DATABASE_URL =
    fresh.database.kind === 'postgres' ? fresh.database.url : `sqlite:${path.join(dir, 'cli.db')}`;
  process.env.LOCKSTEP_LOG_LEVEL = 'silent';
});
afterAll(async () => {
  process.env = saved;
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const input = new PassThrough();
  input.end(stdin);
  const code = await runCli(argv, { stdin: input, stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

interface Line {
  query: string;
  matches: { referenceNumber: string; name: string; score: number; explanation: string }[];
}
const lines = (out: string): Line[] =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe(`lockstep screen and sanctions import (${testDbKind()})`, () => {
  it('screens names from standard input against a list file, one JSON line each, best first', async () => {
    const res = await cli(
      ['screen', '--list', SHIPPED_LIST_FILE],
      'Choe Sok-min\nStephen Biegun\n\nKim Yong Chol\n',
    );
    expect(res.code).toBe(0);
    const out = lines(res.out);
    expect(out.map((l) => l.query)).toEqual(['Choe Sok-min', 'Stephen Biegun', 'Kim Yong Chol']);
    expect(out[0]!.matches[0]).toMatchObject({ referenceNumber: 'KPi.064', name: "CH'OE SO’K MIN" });
    expect(Object.keys(out[0]!.matches[0]!).sort()).toEqual([
      'explanation',
      'name',
      'referenceNumber',
      'score',
    ]);
    expect(out[1]!.matches).toEqual([]);
    const scores = out[2]!.matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const strict = lines(
      (await cli(['screen', '--list', SHIPPED_LIST_FILE, '--threshold', '0.99'], 'Kim Yong Chol\n')).out,
    );
    expect(strict[0]!.matches.map((m) => m.referenceNumber)).toEqual(['KPi.024']);
  });

  it('refuses bad usage with exit status 2', async () => {
    expect((await cli(['screen', '--threshold', 'high'], 'x\n')).code).toBe(2);
    expect((await cli(['sanctions', 'import'])).code).toBe(2);
    const hostile = path.join(dir, 'hostile.xml');
    fs.writeFileSync(hostile, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><CONSOLIDATED_LIST/>');
    const refused = await cli(['sanctions', 'import', hostile]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('DOCTYPE');
  });

  it('imports a list into the database once, then screens against the latest imported list', async () => {
    expect((await cli(['migrate'])).code).toBe(0);
    const none = await cli(['screen'], 'Kim\n');
    expect(none.code).toBe(2);
    expect(none.err).toContain('sanctions import');
    const file = path.join(dir, 'small.xml');
    fs.writeFileSync(
      file,
      buildListXml([{ ref: 'KPi.950', dataId: '01', kind: 'individual', names: ['HAN', 'SONG RYONG'] }]),
    );
    const first = await cli(['sanctions', 'import', file]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Imported list version .*1 individuals, 0 entities; 1 added, 0 removed/);
    const again = await cli(['sanctions', 'import', file]);
    expect(again.out).toContain('nothing changed');
    const screened = lines((await cli(['screen'], 'Han Song-ryong\nChoe Sok-min\n')).out);
    expect(screened[0]!.matches[0]!.referenceNumber).toBe('KPi.950');
    expect(screened[1]!.matches).toEqual([]);
  });
});
