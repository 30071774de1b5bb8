#!/usr/bin/env node
// Runs every test tier (lint, format, types, unit, server on SQLite and PostgreSQL, browser) and ends with
// one line "N passed, N failed[, N skipped]" that sums them all. A skipped test counts against the run.
// LOCKSTEP_TEST_TIERS=unit,server-sqlite runs only those tiers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { scanForSecrets } from './log-scan.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { code: result.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function checkTier(name, cmd, args) {
  return () => {
    const r = run(cmd, args);
    return {
      name,
      passed: r.code === 0 ? 1 : 0,
      failed: r.code === 0 ? 0 : 1,
      skipped: 0,
      seconds: r.seconds,
    };
  };
}

function vitestTier(name, project, env) {
  return () => {
    const out = path.join(tmp, `${name}.json`);
    fs.rmSync(out, { force: true });
    const r = run(
      bin('vitest'),
      ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
      env,
    );
    const report = readJson(out);
    if (!report) return { name, passed: 0, failed: 1, skipped: 0, seconds: r.seconds, note: 'no report' };
    const failedSuites = (report.testResults ?? []).filter(
      (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
    ).length;
    return {
      name,
      passed: report.numPassedTests ?? 0,
      failed:
        (report.numFailedTests ?? 0) +
        failedSuites +
        (r.code !== 0 && !report.numFailedTests && !failedSuites ? 1 : 0),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      seconds: r.seconds,
    };
  };
}

function browserTier() {
  const name = 'browser';
  const build = run('npm', ['run', '-s', 'build']);
  if (build.code !== 0)
    return { name, passed: 0, failed: 1, skipped: 0, seconds: build.seconds, note: 'build failed' };
  const out = path.join(tmp, 'e2e-results.json');
  fs.rmSync(out, { force: true });
  const r = run(bin('playwright'), ['test']);
  const report = readJson(out);
  if (!report?.stats)
    return { name, passed: 0, failed: 1, skipped: 0, seconds: build.seconds + r.seconds, note: 'no report' };
  const s = report.stats;
  return {
    name,
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (r.code !== 0 && !s.unexpected ? 1 : 0),
    skipped: s.skipped ?? 0,
    seconds: build.seconds + r.seconds,
  };
}

const logDir = path.join(tmp, 'test-logs');

// The server tiers log at debug level into .tmp/test-logs; nothing there may hold a secret.
function logScanTier() {
  const files = fs.existsSync(logDir) ? fs.readdirSync(logDir).filter((f) => f.endsWith('.log')) : [];
  let lines = 0;
  const findings = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(logDir, file), 'utf8');
    lines += text.split('\n').length;
    for (const f of scanForSecrets(text, ['demo-password-2018'])) findings.push({ file, ...f });
  }
  for (const f of findings.slice(0, 20)) process.stdout.write(`  ${f.file}:${f.line} ${f.name}: ${f.text}\n`);
  process.stdout.write(`  scanned ${files.length} files, ${lines} lines, ${findings.length} findings\n`);
  const ok = findings.length === 0 && lines > 100;
  return {
    name: 'log-scan',
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    seconds: 0,
    ...(lines > 100 ? {} : { note: 'no logs' }),
  };
}

const tiers = [
  ['lint', checkTier('lint', bin('eslint'), ['.'])],
  ['format', checkTier('format', bin('prettier'), ['--check', '.'])],
  ['types', checkTier('types', 'npm', ['run', '-s', 'typecheck'])],
  ['unit', vitestTier('unit', 'unit', {})],
  ['server-sqlite', vitestTier('server-sqlite', 'server', { LOCKSTEP_TEST_DB: 'sqlite' })],
  ['server-postgres', vitestTier('server-postgres', 'server', { LOCKSTEP_TEST_DB: 'postgres' })],
  ['log-scan', logScanTier],
  ['browser', browserTier],
];

const only = process.env.LOCKSTEP_TEST_TIERS?.split(',').map((s) => s.trim());
if (!only || only.some((t) => t.startsWith('server'))) fs.rmSync(logDir, { recursive: true, force: true });
const results = [];
for (const [name, tier] of tiers) {
  if (only && !only.includes(name)) continue;
  process.stdout.write(`\n=== ${name} ===\n`);
  results.push(tier());
}

const sum = (key) => results.reduce((n, r) => n + r[key], 0);
process.stdout.write('\nTiers:\n');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  const note = r.note ? ` [${r.note}]` : '';
  process.stdout.write(
    `  ${r.name.padEnd(22)} ${r.passed} passed, ${r.failed} failed${skipped} (${r.seconds.toFixed(1)} s)${note}\n`,
  );
}
const skipped = sum('skipped');
process.stdout.write(
  `${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
process.exit(sum('failed') === 0 && skipped === 0 ? 0 : 1);
