import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { printFigures, type BenchFigure } from './support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'bench-password-2018';

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * Memory of the built server under mixed load (reads, lists, search, writes) for `minutes`, sampled every 10 s.
 * Flat means the last third of the run stays within 10% of the first third after warm-up.
 */
export async function runMemoryBench(minutes = 10): Promise<BenchFigure[]> {
  if (!fs.existsSync(path.join(root, 'dist/server/main.js'))) throw new Error('run `npm run build` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-mem-'));
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      LOCKSTEP_DATA_DIR: dir,
      LOCKSTEP_DEMO_PASSWORD: PASSWORD,
      LOCKSTEP_LOG_LEVEL: 'warn',
      LOCKSTEP_DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
      if (child.exitCode !== null) reject(new Error(out));
    }, 50);
  });
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: 'lee.dohoon@mofa.kr.example', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const groups = (await (await fetch(`${base}/api/v1/groups`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const g = groups.items[0]!.id;
    const headers = { cookie, origin: base, 'content-type': 'application/json' };
    const samples: { t: number; rss: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(
      () => samples.push({ t: (Date.now() - started) / 1000, rss: rssMiB(child.pid!) }),
      10_000,
    );
    await autocannon({
      url: base,
      connections: 8,
      duration: minutes * 60,
      requests: [
        { method: 'GET', path: `/api/v1/groups/${g}/proposals?limit=50`, headers },
        { method: 'GET', path: `/api/v1/groups/${g}/documents`, headers },
        { method: 'GET', path: `/api/v1/search?q=railway`, headers },
        { method: 'GET', path: `/api/v1/groups/${g}/meetings`, headers },
        { method: 'GET', path: `/api/v1/groups/${g}/tempo?from=2018-01-01&to=2018-12-31`, headers },
        {
          method: 'POST',
          path: `/api/v1/groups/${g}/documents`,
          headers,
          body: JSON.stringify({
            title: 'Soak paper',
            body: 'A paper written under load.',
            kind: 'other',
            visibility: 'shared',
            classification: 'UNCLASSIFIED',
          }),
        },
      ],
    });
    clearInterval(sampler);
    const third = Math.max(1, Math.floor(samples.length / 3));
    const avg = (xs: { rss: number }[]) => xs.reduce((n, s) => n + s.rss, 0) / xs.length;
    const first = avg(samples.slice(0, third));
    const last = avg(samples.slice(-third));
    const curve = samples.map((s) => `${s.t.toFixed(0)}s:${s.rss.toFixed(0)}`).join(' ');
    return [
      {
        name: `server RSS under mixed load, ${minutes} min (MiB, every 10 s)`,
        value: curve,
        goal: 'flat',
        met: null,
      },
      {
        name: 'RSS, last third / first third',
        value: `${(last / first).toFixed(2)}× (${first.toFixed(0)} → ${last.toFixed(0)} MiB)`,
        goal: '≤ 1.10×',
        met: last / first <= 1.1,
      },
    ];
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printFigures('Memory under load', await runMemoryBench(Number(process.argv[2] ?? 10)));
  process.exit(0);
}
