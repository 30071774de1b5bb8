import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { printFigures, type BenchFigure } from './support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Milliseconds from spawning `node <args>` until GET url answers 200. */
async function timeToFirst200(
  args: string[],
  env: Record<string, string>,
  portOf: (out: string) => number | null,
): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  try {
    for (;;) {
      const port = portOf(out);
      if (port) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          if (res.status === 200) return performance.now() - started;
        } catch {
          // not listening yet
        }
      }
      if (child.exitCode !== null) throw new Error(`exited: ${out}`);
      if (performance.now() - started > 30_000) throw new Error(`no 200 within 30 s: ${out}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGKILL');
  }
}

/** Cold start of the built server (migrated database, demo loaded) against a bare node:http server, same run. */
export async function runStartupBench(): Promise<BenchFigure[]> {
  if (!fs.existsSync(path.join(root, 'dist/server/main.js'))) throw new Error('run `npm run build` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-start-'));
  const env = {
    PORT: '0',
    LOCKSTEP_DATA_DIR: dir,
    LOCKSTEP_DEMO_PASSWORD: 'bench-password-2018',
    LOCKSTEP_LOG_LEVEL: 'warn',
    LOCKSTEP_DATABASE_URL: '',
  };
  const portOf = (out: string) => Number(/serving on http:\/\/[\d.]+:(\d+)/.exec(out)?.[1]) || null;
  // First start creates, migrates and loads the demo; the cold start measured is a later one.
  await timeToFirst200(['dist/server/main.js'], env, portOf);
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) runs.push(await timeToFirst200(['dist/server/main.js'], env, portOf));
  const bare: number[] = [];
  const bareScript =
    "const s=require('http').createServer((q,r)=>r.end('ok'));s.listen(0,'127.0.0.1',()=>console.log('bare '+s.address().port))";
  for (let i = 0; i < 5; i += 1)
    bare.push(
      await timeToFirst200(['-e', bareScript], {}, (out) => Number(/bare (\d+)/.exec(out)?.[1]) || null),
    );
  fs.rmSync(dir, { recursive: true, force: true });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ours = median(runs);
  const base = median(bare);

  // Initial JavaScript of the web app: the entry script and the modules it preloads, gzipped.
  const html = fs.readFileSync(path.join(root, 'dist/web/index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = assets.reduce(
    (n, a) => n + zlib.gzipSync(fs.readFileSync(path.join(root, 'dist/web', a))).length,
    0,
  );
  return [
    {
      name: 'cold start of the built server to its first 200 (median of 5)',
      value: `${ours.toFixed(0)} ms (bare node:http ${base.toFixed(0)} ms, ratio ${(ours / base).toFixed(1)}×)`,
      goal: '≤ 1,000 ms',
      met: ours <= 1000,
    },
    {
      name: `initial JavaScript of the web app (${assets.length} files)`,
      value: `${(bytes / 1024).toFixed(1)} kB gzip`,
      goal: '≤ 250 kB gzip',
      met: bytes <= 250 * 1024,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printFigures('Start-up and web app', await runStartupBench());
}
