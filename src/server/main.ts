import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { loadDemoIfEmpty } from './demo/demo.js';
import { createRuntime } from './runtime.js';
import { startWorkers } from './workers/outbox-worker.js';
import { periodicTasks } from './workers/tasks.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const runtime = await createRuntime(config);
  const { deps } = runtime;
  if (config.demo) {
    const demo = await loadDemoIfEmpty(deps);
    if (demo.loaded) {
      const where = demo.credentialsFile ? ` (also in ${demo.credentialsFile})` : '';
      const secret = demo.password
        ? `password for every demo account: ${demo.password}${where}`
        : 'password from LOCKSTEP_DEMO_PASSWORD';
      process.stdout.write(`Loaded the demo group (historical scenario, 2018); ${secret}\n`);
    }
  }
  const app = await buildApp(deps);
  const workers = config.workers ? startWorkers(deps, periodicTasks) : null;
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(`Lockstep is serving on http://${config.host}:${port} (database: ${deps.dbKind})\n`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    deps.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void (async () => {
      await app.close();
      await workers?.stop();
      await runtime.close();
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Lockstep failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
