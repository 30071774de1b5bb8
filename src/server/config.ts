import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CLASSIFICATION_LEVELS } from '../core/contract/common.js';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'], {
    error: 'must be 1 or 0 (true/false, yes/no, on/off)',
  })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOCKSTEP_DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'must start with postgres:// or sqlite:')
    .optional(),
  LOCKSTEP_DATA_DIR: z.string().min(1).default('./data'),
  LOCKSTEP_PUBLIC_URL: z.url({ error: 'must be a URL such as http://127.0.0.1:8080' }).optional(),
  LOCKSTEP_DEMO: booleanFlag.default(true),
  LOCKSTEP_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  LOCKSTEP_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  LOCKSTEP_MAIL_FROM: z.string().min(3).default('Lockstep <lockstep@lockstep.example>'),
  LOCKSTEP_CLASSIFICATION_LEVELS: z
    .string()
    .regex(
      /^[A-Z][A-Z_ ]*(,[A-Z][A-Z_ ]*)*$/,
      'must be a comma-separated list such as UNCLASSIFIED,SBU,CONFIDENTIAL',
    )
    .optional(),
  LOCKSTEP_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOCKSTEP_WORKERS: booleanFlag.default(true),
  LOCKSTEP_READ_CACHE_MS: z.coerce
    .number({ error: 'must be a number of milliseconds (0 turns the read cache off)' })
    .int()
    .min(0)
    .max(60_000)
    .default(1000),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  publicUrl: string;
  secureCookies: boolean;
  demo: boolean;
  demoPassword: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  classificationLevels: string[];
  logLevel: z.infer<typeof envSchema>['LOCKSTEP_LOG_LEVEL'];
  workers: boolean;
  /**
   * How long a cached list answer or signed-in user may be reused while the database has not changed (the clock
   * moves on without writes: a notice period ends). 0 turns the read cache off.
   */
  readCacheMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; nothing else in the code base reads process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.LOCKSTEP_DATA_DIR);
  const url = e.LOCKSTEP_DATABASE_URL;
  const database: Config['database'] =
    url && url.startsWith('postgres')
      ? { kind: 'postgres', url }
      : {
          kind: 'sqlite',
          file: url ? url.replace(/^sqlite:(\/\/)?/, '') : path.join(dataDir, 'lockstep.db'),
        };
  const publicUrl = (e.LOCKSTEP_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    dataDir,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    demo: e.LOCKSTEP_DEMO,
    demoPassword: e.LOCKSTEP_DEMO_PASSWORD,
    smtpUrl: e.LOCKSTEP_SMTP_URL,
    mailFrom: e.LOCKSTEP_MAIL_FROM,
    classificationLevels: e.LOCKSTEP_CLASSIFICATION_LEVELS
      ? e.LOCKSTEP_CLASSIFICATION_LEVELS.split(',').map((s) => s.trim())
      : [...DEFAULT_CLASSIFICATION_LEVELS],
    logLevel: e.LOCKSTEP_LOG_LEVEL,
    workers: e.LOCKSTEP_WORKERS,
    readCacheMs: e.LOCKSTEP_READ_CACHE_MS,
  };
}
