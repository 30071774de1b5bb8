import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let server: PostgresServer | null = null;

/** One PostgreSQL server for the whole run when the server tier runs on PostgreSQL; each test file gets a database. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.LOCKSTEP_TEST_DB === 'postgres') {
    server = await startPostgres();
    project.provide('postgresUrl', server.url);
  } else {
    project.provide('postgresUrl', null);
  }
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = null;
}
