import nodemailer, { type Transporter } from 'nodemailer';
import { sql } from 'kysely';
import type { AppDeps } from '../context.js';

const LOCK_MS = 60_000;
const MAX_ATTEMPTS = 8;

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  notificationId?: string;
}

export function createMailer(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

/**
 * Sends what the outbox holds. Rows are claimed with a lease (and SKIP LOCKED on PostgreSQL) so that several
 * instances can drain it; a row is marked done right after its send, and the Message-ID is derived from the
 * row so that a resend after a crash is recognisable as the same message.
 */
export async function drainOutbox(deps: AppDeps, mailer: Transporter | null, batch = 20): Promise<number> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const leaseUntil = new Date(now.getTime() + LOCK_MS).toISOString();
  const claimed = await deps.db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('outbox')
      .selectAll()
      .where('doneAt', 'is', null)
      .where('kind', '=', 'email')
      .where('availableAt', '<=', nowIso)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', nowIso)]))
      .orderBy('availableAt')
      .limit(batch);
    if (deps.dbKind === 'postgres') q = q.modifyEnd(sql`for update skip locked`);
    const rows = await q.execute();
    if (rows.length > 0) {
      await trx
        .updateTable('outbox')
        .set({ lockedUntil: leaseUntil })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    }
    return rows;
  });
  let sent = 0;
  for (const row of claimed) {
    const payload = JSON.parse(row.payload) as EmailPayload;
    try {
      if (mailer) {
        await mailer.sendMail({
          from: deps.config.mailFrom,
          to: payload.to,
          subject: payload.subject,
          text: payload.text,
          messageId: `<${row.id}@lockstep>`,
        });
      }
      await deps.db
        .updateTable('outbox')
        .set({
          doneAt: deps.clock.now().toISOString(),
          lockedUntil: null,
          lastError: mailer ? null : 'no SMTP configured',
        })
        .where('id', '=', row.id)
        .execute();
      sent += 1;
    } catch (error) {
      const attempts = row.attempts + 1;
      const backoffMs = Math.min(60 * 60_000, 2 ** attempts * 1000);
      await deps.db
        .updateTable('outbox')
        .set({
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed',
          lockedUntil: null,
          availableAt: new Date(deps.clock.now().getTime() + backoffMs).toISOString(),
          doneAt: attempts >= MAX_ATTEMPTS ? deps.clock.now().toISOString() : null,
        })
        .where('id', '=', row.id)
        .execute();
    }
  }
  return sent;
}

export type PeriodicTask = (deps: AppDeps) => Promise<void>;

/** Runs the outbox and every periodic task (reminders, deadlines) on an interval until stopped. */
export function startWorkers(
  deps: AppDeps,
  tasks: PeriodicTask[],
  intervalMs = 2000,
): { stop(): Promise<void> } {
  const mailer = deps.config.smtpUrl ? createMailer(deps.config.smtpUrl) : null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    for (const task of tasks) {
      await task(deps).catch((err: unknown) =>
        deps.log.warn({ err, worker: task.name }, 'periodic task failed'),
      );
    }
    await drainOutbox(deps, mailer).catch((err: unknown) => deps.log.warn({ err }, 'outbox drain failed'));
  };
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = tick().finally(() => {
      running = null;
    });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
      mailer?.close();
    },
  };
}
