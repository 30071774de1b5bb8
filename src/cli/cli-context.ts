import { loadConfig, ConfigError } from '../server/config.js';
import { createRuntime, systemContext, type Runtime } from '../server/runtime.js';
import type { ServiceContext } from '../server/context.js';
import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';

export class UsageError extends Error {}

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliCommand {
  /** e.g. 'user add' */
  name: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Opens the configured database (migrating it) for a command, and closes it after. */
export async function withRuntime<T>(fn: (runtime: Runtime, ctx: ServiceContext) => Promise<T>): Promise<T> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const log = pino({ level: 'warn' }, pino.destination(2)) as unknown as FastifyBaseLogger;
  const runtime = await createRuntime(config, { log, poolSize: 4 });
  try {
    return await fn(runtime, systemContext(runtime.deps));
  } finally {
    await runtime.close();
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
