import type { PeriodicTask } from './outbox-worker.js';

/** Periodic work of the modules (reminders, deadlines), run by every instance. Add a task here (one line). */
export const periodicTasks: PeriodicTask[] = [];
