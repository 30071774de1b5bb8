import {
  formatInstant,
  listMissingApprovals,
  type StatementEvent,
  type StatementState,
} from '../../../core/workflow/index.js';
import type { Tx } from '../../db/unit-of-work.js';
import { findCoChairs } from '../groups/groups.repository.js';
import { accessOf } from '../meetings/meetings.present.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { visibilityOf } from './statements.present.js';
import type { StatementRow } from './statements.repository.js';

const KIND_NAMES: Record<string, string> = {
  readout: 'readout',
  joint: 'joint statement',
  announcement: 'announcement',
};

/** Tells the co-chairs what happened to a statement; notifyUsers drops anyone who may not see it. */
export async function notifyStatementEvents(
  tx: Tx,
  row: StatementRow,
  state: StatementState,
  events: StatementEvent[],
  byUserId: string | null,
): Promise<void> {
  const chairs = (await findCoChairs(tx.trx, [row.groupId])).filter((c) => c.userId !== byUserId);
  const access = { ...accessOf(row), visibility: visibilityOf(state) };
  const name = KIND_NAMES[row.kind] ?? 'statement';
  const base = { access, link: `/statements/${row.id}`, recordKind: 'statement', recordId: row.id };
  for (const event of events) {
    if (event.type === 'statement_shared') {
      await notifyUsers(tx, {
        ...base,
        userIds: chairs.filter((c) => c.party !== row.party).map((c) => c.userId),
        kind: 'statement.shared_for_comment',
        title: `${row.party} shared a ${name} for comment: ${row.title}`,
        body: `Release planned for ${row.releaseAt ? formatInstant(row.releaseAt) : 'a time to be set'}.`,
      });
    } else if (event.type === 'statement_approved' && row.kind === 'joint' && state.status !== 'cleared') {
      const missing = new Set(listMissingApprovals(state));
      await notifyUsers(tx, {
        ...base,
        userIds: chairs.filter((c) => c.party !== null && missing.has(c.party)).map((c) => c.userId),
        kind: 'statement.approval_needed',
        title: `${event.party} approved the joint statement: ${row.title}`,
        body: 'Your approval of the same text is still needed.',
      });
    } else if (event.type === 'statement_cleared' && row.kind === 'joint') {
      await notifyUsers(tx, {
        ...base,
        userIds: chairs.map((c) => c.userId),
        kind: 'statement.approved',
        title: `Joint statement approved by every party: ${row.title}`,
        body: `It is released at ${row.releaseAt ? formatInstant(row.releaseAt) : 'the agreed time'}.`,
      });
    } else if (event.type === 'approvals_withdrawn') {
      await notifyUsers(tx, {
        ...base,
        userIds: chairs.map((c) => c.userId),
        kind: 'statement.approval_needed',
        title: `Joint statement changed: ${row.title}`,
        body: `The text changed after approval by ${event.parties.join(', ')}; it needs every approval again.`,
      });
    } else if (event.type === 'statement_published') {
      await notifyUsers(tx, {
        ...base,
        userIds: chairs.filter((c) => row.kind === 'joint' || c.party !== row.party).map((c) => c.userId),
        kind: 'statement.published',
        title: `${row.kind === 'joint' ? 'Joint statement' : `${row.party} ${name}`} published: ${row.title}`,
        body: `Published ${formatInstant(event.at)}.`,
      });
    }
  }
}
