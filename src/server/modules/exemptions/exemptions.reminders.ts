import { DateTime } from 'luxon';
import type { AppDeps } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { systemContext } from '../../runtime.js';
import { toProposalRecord } from '../proposals/proposals.model.js';
import { notifyParties } from '../proposals/proposals.notify.js';
import { findProposal } from '../proposals/proposals.repository.js';
import { listExemptionsExpiringBetween } from './exemptions.repository.js';

const REMINDER_LEAD_DAYS = 30;

/**
 * Tells the proposing party's co-chair and delegates 30 days before an approved exemption expires. Once per request
 * and expiry date (the dedupe key), so running it again or on another instance sends nothing new.
 */
export async function remindExpiringExemptions(deps: AppDeps): Promise<void> {
  const today = DateTime.fromJSDate(deps.clock.now(), { zone: 'utc' });
  const from = today.toISODate() ?? '';
  const until = today.plus({ days: REMINDER_LEAD_DAYS }).toISODate() ?? '';
  const due = await listExemptionsExpiringBetween(deps.db, from, until);
  for (const exemption of due) {
    const row = await findProposal(deps.db, exemption.proposalId);
    if (!row) continue;
    const proposal = toProposalRecord(row);
    await inTransaction(systemContext(deps), async (tx) => {
      await notifyParties(tx, proposal, [proposal.proposingParty], {
        kind: 'exemption_request.expiring',
        title: `Exemption expires on ${exemption.validUntil}: ${proposal.title}`,
        body: `The 1718 Committee exemption for "${proposal.title}" is valid until ${exemption.validUntil}. Request an extension in time if the work is not finished.`,
        dedupeKey: `exemption-expiry:${exemption.id}:${exemption.validUntil}`,
      });
    });
  }
}
