import type { PeriodicTask } from './outbox-worker.js';
import { remindExpiringExemptions } from '../modules/exemptions/exemptions.reminders.js';
import { runProposalDeadlines } from '../modules/proposals/proposals.deadlines.js';
import { evaluateAllTempoBreaches } from '../modules/tempo/tempo.breaches.js';
import { remindActionItemOwners } from '../modules/meetings/outcomes.service.js';
import { publishDueStatementsTask } from '../modules/statements/statements.service.js';

/** Periodic work of the modules (reminders, deadlines), run by every instance. Add a task here (one line). */
export const periodicTasks: PeriodicTask[] = [
  runProposalDeadlines,
  evaluateAllTempoBreaches,
  remindActionItemOwners,
  publishDueStatementsTask,
  remindExpiringExemptions,
];
