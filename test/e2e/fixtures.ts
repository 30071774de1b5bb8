import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'e2e-demo-password-2018';

export const KR_CO_CHAIR = 'lee.dohoon@mofa.kr.example';
export const US_DELEGATE = 'alex.wong@state.us.example';

export interface TestServer {
  baseURL: string;
}

const SERVING = /Lockstep is serving on (http:\/\/[^\s]+)/;

/** Starts the built server on a free port with its own fresh database, so that no test sees another's writes. */
async function startServer(): Promise<{ server: TestServer; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOCKSTEP_DATA_DIR: dataDir,
      LOCKSTEP_DATABASE_URL: '',
      LOCKSTEP_PUBLIC_URL: '',
      LOCKSTEP_DEMO: '1',
      LOCKSTEP_DEMO_PASSWORD: DEMO_PASSWORD,
      LOCKSTEP_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseURL = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in time:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = SERVING.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${String(code)}:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(force);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { server: { baseURL }, stop };
}

export const test = base.extend<{ server: TestServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a test needs from this pattern.
  server: async ({}, use) => {
    const { server, stop } = await startServer();
    await use(server);
    await stop();
  },
  // Every page and context a test opens talks to that test's own server.
  baseURL: async ({ server }, use) => {
    await use(server.baseURL);
  },
});

export { expect };

/** Signs in through the form and waits for the group home. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/E-mail address|이메일 주소/).fill(email);
  await page.getByLabel(/^(Password|비밀번호)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|로그인)$/ }).click();
  await expect(page).toHaveURL(/\/groups\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Runs axe (WCAG 2.0/2.1 A and AA) and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
  expect(results.violations, `axe violations on ${label}:\n${report}`).toEqual([]);
}
