import {
  addHours,
  formatInstant,
  isAtOrAfter,
  partiesAwaitingAnswer,
  reminderDueAt,
} from '../../../core/workflow/index.js';
import type { AppDeps } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { systemContext } from '../../runtime.js';
import { findGroup, type GroupRow } from '../groups/groups.repository.js';
import { buildProposalState, toProposalRecord } from './proposals.model.js';
import { notifyParties } from './proposals.notify.js';
import { findPositions, listNoticesEndingBefore } from './proposals.repository.js';

const REMINDER_LEAD_HOURS = 48;

interface DueNotice {
  key: string;
  proposalId: string;
  run: (deps: AppDeps) => Promise<void>;
}

/**
 * Reminds the parties that have not answered 48 hours before a notice period ends, and tells every co-chair
 * when it has ended. Once per proposal, party and notice round: running it again (or on another instance)
 * sends nothing new.
 */
export async function runProposalDeadlines(deps: AppDeps): Promise<void> {
  const now = deps.clock.now();
  const rows = await listNoticesEndingBefore(deps.db, addHours(now, REMINDER_LEAD_HOURS));
  if (rows.length === 0) return;
  const positions = await findPositions(
    deps.db,
    rows.map((r) => r.id),
  );
  const groups = new Map<string, GroupRow | undefined>();
  const due: DueNotice[] = [];
  for (const row of rows) {
    if (!groups.has(row.groupId)) groups.set(row.groupId, await findGroup(deps.db, row.groupId));
    const group = groups.get(row.groupId);
    if (!group) continue;
    const record = toProposalRecord(row);
    const state = buildProposalState(record, positions, group);
    const endsAt = state.noticeEndsAt;
    if (endsAt === null) continue;
    if (isAtOrAfter(now, endsAt)) {
      due.push({
        key: `proposal-notice-ended:${row.id}:${row.noticeRound}`,
        proposalId: row.id,
        run: (d) =>
          inTransaction(systemContext(d), async (tx) => {
            const sent = await notifyParties(
              tx,
              record,
              state.parties,
              {
                kind: 'proposal.notice_ended',
                title: `Notice period ended: ${record.title}`,
                body: `The notice period for "${record.title}" ended on ${formatInstant(endsAt)}. Awaiting: ${partiesAwaitingAnswer(state).join(', ') || 'no one'}.`,
                dedupeKey: `proposal-notice-ended:${row.id}:${row.noticeRound}`,
              },
              ['co_chair'],
            );
            if (sent.length > 0) {
              await tx.audit({
                action: 'proposal.notice_ended',
                recordKind: 'proposal',
                recordId: row.id,
                groupId: row.groupId,
                details: { round: row.noticeRound, notified: sent.length },
              });
            }
          }),
      });
      continue;
    }
    const reminderAt = reminderDueAt(state);
    if (reminderAt === null || !isAtOrAfter(now, reminderAt)) continue;
    for (const party of partiesAwaitingAnswer(state)) {
      const key = `proposal-reminder:${row.id}:${party}:${row.noticeRound}`;
      due.push({
        key,
        proposalId: row.id,
        run: (d) =>
          inTransaction(systemContext(d), async (tx) => {
            const sent = await notifyParties(tx, record, [party], {
              kind: 'proposal.reminder',
              title: `Reminder: your answer on ${record.title} is due`,
              body: `${record.proposingParty}'s notice period for "${record.title}" ends on ${formatInstant(endsAt)}. ${party} has not answered yet.`,
              dedupeKey: key,
            });
            if (sent.length > 0) {
              await tx.audit({
                action: 'proposal.reminder',
                recordKind: 'proposal',
                recordId: row.id,
                groupId: row.groupId,
                details: { party, round: row.noticeRound, notified: sent.length },
              });
            }
          }),
      });
    }
  }
  if (due.length === 0) return;
  // Skip what was already sent without opening a transaction for each.
  const seen = await deps.db
    .selectFrom('outbox')
    .select('dedupeKey')
    .where(
      'dedupeKey',
      'in',
      due.map((d) => `notification:${d.key}`),
    )
    .execute();
  const done = new Set(seen.map((s) => s.dedupeKey));
  for (const notice of due) {
    if (!done.has(`notification:${notice.key}`)) await notice.run(deps);
  }
}
