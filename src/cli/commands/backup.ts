import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, restoreBackup, writeBackup } from '../../server/db/backup.js';
import { openDatabase } from '../../server/db/database.js';
import { loadConfig } from '../../server/config.js';
import { UsageError, withRuntime, type CliCommand } from '../cli-context.js';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --out FILE            consistent copy of the database (safe while the server runs)',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
    if (!values.out) throw new UsageError('backup needs --out FILE');
    const file = path.resolve(values.out);
    return withRuntime(async (runtime) => {
      const summary = await writeBackup(runtime.handle, file);
      const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
      io.stdout(
        `Wrote ${file}: schema ${summary.schemaVersion}, ${Object.keys(summary.counts).length} tables, ${rows} rows, audit head ${summary.auditHead}\n`,
      );
      return 0;
    });
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage:
    'restore FILE                 loads a backup into an empty database of either engine and verifies it',
  async run(args, io) {
    const file = args[0];
    if (!file || args.length > 1) throw new UsageError('restore needs exactly one FILE');
    let config;
    try {
      config = loadConfig();
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const handle = openDatabase(config.database);
    try {
      const summary = await restoreBackup(handle, path.resolve(file));
      const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
      io.stdout(
        `Restored ${rows} rows into ${handle.kind}; audit chain verified (${summary.audit.entries} entries, head ${summary.audit.head})\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof BackupError) {
        io.stderr(`Restore refused: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await handle.close();
    }
  },
};
