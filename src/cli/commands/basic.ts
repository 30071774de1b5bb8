import { parseArgs, type ParseArgsConfig } from 'node:util';
import { migrateToLatest } from '../../server/db/migrate.js';
import { inTransaction } from '../../server/db/unit-of-work.js';
import { AppError } from '../../server/http/errors.js';
import { newId, newSecret, sha256Hex } from '../../server/ids.js';
import { TOKEN_PREFIX } from '../../server/modules/auth/auth.service.js';
import { verifyAuditChain } from '../../server/modules/audit/audit.repository.js';
import { findUserByEmail } from '../../server/modules/users/users.repository.js';
import { createUser } from '../../server/modules/users/users.service.js';
import { readAll, UsageError, withRuntime, type CliCommand } from '../cli-context.js';

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate                      bring the database to the latest schema',
  async run(_args, io) {
    await withRuntime(async (runtime) => {
      const result = await migrateToLatest(runtime.handle);
      const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
      io.stdout(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
    });
    return 0;
  },
};

export const userAddCommand: CliCommand = {
  name: 'user add',
  usage:
    'user add --email E --name N --party P --agency A [--clearance C] [--title T] [--admin] [--auditor]\n                               password read from standard input',
  async run(args, io) {
    const { values } = parse(args, {
      email: { type: 'string' },
      name: { type: 'string' },
      party: { type: 'string' },
      agency: { type: 'string' },
      clearance: { type: 'string' },
      title: { type: 'string' },
      admin: { type: 'boolean' },
      auditor: { type: 'boolean' },
    });
    const email = values.email as string | undefined;
    const name = values.name as string | undefined;
    if (!email || !name) throw new UsageError('user add needs --email and --name');
    const password = (await readAll(io.stdin)).split(/\r?\n/)[0] ?? '';
    await withRuntime(async (_runtime, ctx) => {
      const user = await createUser(ctx, {
        email,
        displayName: name,
        password,
        party: (values.party as string | undefined) ?? null,
        agency: (values.agency as string | undefined) ?? null,
        title: (values.title as string | undefined) ?? null,
        ...(values.clearance ? { clearance: values.clearance as string } : {}),
        isAdmin: values.admin === true,
        isAuditor: values.auditor === true,
      });
      io.stdout(`Created ${user.email} (${user.id})\n`);
    });
    return 0;
  },
};

export const tokenCreateCommand: CliCommand = {
  name: 'token create',
  usage: 'token create --email E --name N [--days D]   prints a new API token for that user',
  async run(args, io) {
    const { values } = parse(args, {
      email: { type: 'string' },
      name: { type: 'string' },
      days: { type: 'string' },
    });
    const email = values.email as string | undefined;
    const name = values.name as string | undefined;
    const days = Number(values.days ?? 90);
    if (!email || !name) throw new UsageError('token create needs --email and --name');
    if (!Number.isInteger(days) || days < 1 || days > 365)
      throw new UsageError('--days must be a whole number from 1 to 365');
    await withRuntime(async (_runtime, ctx) => {
      const user = await findUserByEmail(ctx.db, email);
      if (!user) throw new AppError('not_found', `No account ${email}`, { status: 404 });
      const token = newSecret(TOKEN_PREFIX);
      const id = newId();
      await inTransaction(ctx, async (tx) => {
        await tx.trx
          .insertInto('apiTokens')
          .values({
            id,
            userId: user.id,
            name,
            tokenHash: sha256Hex(token),
            createdAt: tx.nowIso,
            expiresAt: new Date(tx.now.getTime() + days * 86_400_000).toISOString(),
            lastUsedAt: null,
            revokedAt: null,
          })
          .execute();
        await tx.audit({
          action: 'token.create',
          recordKind: 'api_token',
          recordId: id,
          details: { name, by: 'cli', for: user.id },
        });
      });
      io.stdout(`${token}\n`);
    });
    return 0;
  },
};

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  usage: 'audit verify                 checks the whole hash chain; names the first bad entry',
  async run(_args, io) {
    return withRuntime(async (runtime) => {
      const result = await verifyAuditChain(runtime.deps.db);
      if (result.ok) {
        io.stdout(`Audit chain verified: ${result.entries} entries, head ${result.head}\n`);
        return 0;
      }
      const bad = result.firstBad!;
      io.stdout(
        `Audit chain BROKEN at entry seq ${bad.seq} (id ${bad.id}): ${bad.reason.replaceAll('_', ' ')}\n`,
      );
      return 1;
    });
  },
};
