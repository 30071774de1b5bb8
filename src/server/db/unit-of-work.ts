import type { ServiceContext } from '../context.js';
import type { LiveEvent } from '../events/event-bus.js';
import { newId } from '../ids.js';
import { canonicalJson } from '../modules/audit/audit-chain.js';
import { appendAuditEntry } from '../modules/audit/audit.repository.js';
import type { Trx } from './database.js';

export interface AuditInput {
  action: string;
  recordKind?: string | null;
  recordId?: string | null;
  groupId?: string | null;
  details?: Record<string, unknown>;
}

/** One transaction of a service function: the writes, their audit entries, and what to do after commit. */
export interface Tx {
  trx: Trx;
  now: Date;
  nowIso: string;
  ctx: ServiceContext;
  audit(entry: AuditInput): Promise<void>;
  publish(event: LiveEvent): void;
  afterCommit(fn: () => Promise<void> | void): void;
}

/** Runs `work` in one transaction; its audit entries commit with it, its live events go out after. */
export async function inTransaction<T>(ctx: ServiceContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  const events: LiveEvent[] = [];
  const after: (() => Promise<void> | void)[] = [];
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const tx: Tx = {
      trx,
      now,
      nowIso: now.toISOString(),
      ctx,
      audit: (entry) => recordAudit(trx, ctx, now, entry),
      publish: (event) => events.push(event),
      afterCommit: (fn) => after.push(fn),
    };
    return work(tx);
  });
  if (events.length > 0) {
    await ctx.events
      .publish(events)
      .catch((error: unknown) => ctx.log.warn({ err: error }, 'live event not published'));
  }
  for (const fn of after) await fn();
  return result;
}

// Auditors are not always members or cleared: entries say who did what to which record, never what it says.
const CONTENT_KEYS = new Set([
  'title',
  'body',
  'summary',
  'text',
  'note',
  'comment',
  'reason',
  'content',
  'description',
  'sentence',
  'name',
]);

/** Audit details without free text, at any depth (titles and bodies stay in the records, under their access rule). */
export function withoutContent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutContent);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => !(CONTENT_KEYS.has(k) && typeof v === 'string'))
      .map(([k, v]) => [k, withoutContent(v)]),
  );
}

export async function recordAudit(
  trx: Trx,
  ctx: ServiceContext,
  now: Date,
  entry: AuditInput,
): Promise<void> {
  await appendAuditEntry(trx, ctx.dbKind, {
    id: newId(),
    at: now.toISOString(),
    actorId: ctx.actor?.userId ?? null,
    actorLabel: ctx.actor ? `${ctx.actor.displayName} <${ctx.actor.email}>` : 'system',
    action: entry.action,
    recordKind: entry.recordKind ?? null,
    recordId: entry.recordId ?? null,
    groupId: entry.groupId ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: canonicalJson(withoutContent(entry.details ?? {})),
  });
}
