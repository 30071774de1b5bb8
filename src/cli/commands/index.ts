import type { CliCommand } from '../cli-context.js';
import { backupCommand, restoreCommand } from './backup.js';
import { sanctionsImportCommand, screenCommand } from './sanctions.js';
import { auditVerifyCommand, migrateCommand, tokenCreateCommand, userAddCommand } from './basic.js';

/** Every command of `lockstep`. Add a command here (one line). */
export const cliCommands: CliCommand[] = [
  migrateCommand,
  userAddCommand,
  tokenCreateCommand,
  auditVerifyCommand,
  backupCommand,
  restoreCommand,
  sanctionsImportCommand,
  screenCommand,
];
