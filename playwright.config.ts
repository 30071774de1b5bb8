import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/** A system Chromium when there is one, else the @sparticuz/chromium build (optional, not installed by default). */
async function findChromium(): Promise<string | undefined> {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (fs.existsSync(candidate)) return candidate;
  try {
    const name = '@sparticuz/chromium';
    const mod = (await import(name)) as { default: { executablePath: () => Promise<string> } };
    return await mod.default.executablePath();
  } catch {
    return undefined;
  }
}

const executablePath = await findChromium();

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  // CI machines have two cores; a page that needs the server under load may take longer than the default 5 s.
  expect: { timeout: 15_000 },
  outputDir: '.tmp/e2e-results',
  reporter: [['list'], ['json', { outputFile: '.tmp/e2e-results.json' }]],
  use: {
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
