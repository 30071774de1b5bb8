import { formatInstant, listOtherParties, type ProposalState } from '../../../core/workflow/index.js';
import type { Tx } from '../../db/unit-of-work.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import type { ProposalRecord } from './proposals.model.js';
import { effectiveAccess } from './proposals.policy.js';
import { findMembersOf } from './proposals.repository.js';

/** Those who speak for a party: told of what they must answer or decide. */
const SPEAKERS = ['co_chair', 'delegate'] as const;

export interface ProposalMessage {
  kind: string;
  title: string;
  body: string;
  email?: boolean;
  dedupeKey?: string;
}

/** Tells these parties' members (with the given roles) about the proposal; the access rule still applies. */
export async function notifyParties(
  tx: Tx,
  record: ProposalRecord,
  parties: string[],
  message: ProposalMessage,
  roles: readonly string[] = SPEAKERS,
): Promise<string[]> {
  const members = await findMembersOf(tx.trx, record.groupId, parties, roles);
  const userIds = members.map((m) => m.id).filter((id) => id !== tx.ctx.actor?.userId);
  if (userIds.length === 0) return [];
  return notifyUsers(tx, {
    userIds,
    access: effectiveAccess(record),
    kind: message.kind,
    title: message.title,
    body: message.body,
    link: `/proposals/${record.id}`,
    recordKind: 'proposal',
    recordId: record.id,
    ...(message.email === undefined ? {} : { email: message.email }),
    ...(message.dedupeKey === undefined ? {} : { dedupeKey: message.dedupeKey }),
  });
}

function quote(note: string | null | undefined): string {
  return note ? `\n\n“${note}”` : '';
}

const POSITION_WORDS: Record<string, string> = {
  acknowledge: 'acknowledged',
  concur: 'concurs with',
  raise_concerns: 'raised concerns about',
  object: 'objects to',
  withdraw_objection: 'withdrew its objection to',
};

/** The notifications one successful transition sends. */
export async function notifyTransition(
  tx: Tx,
  record: ProposalRecord,
  state: ProposalState,
  action: string,
  actorParty: string,
  note: string | null,
): Promise<void> {
  const others = listOtherParties(state);
  const { title } = record;
  if (action === 'notify') {
    await notifyParties(tx, record, others, {
      kind: 'proposal.notified',
      title: `${record.proposingParty} notified a planned action: ${title}`,
      body: `${record.proposingParty} plans "${title}"${record.plannedFor ? ` for ${record.plannedFor}` : ''}. The notice period runs until ${state.noticeEndsAt ? formatInstant(state.noticeEndsAt) : '—'}. Please acknowledge it and give your position.`,
    });
    return;
  }
  const positionWord = POSITION_WORDS[action];
  if (positionWord) {
    await notifyParties(tx, record, [record.proposingParty], {
      kind: 'proposal.position',
      title: `${actorParty} ${positionWord} ${title}`,
      body: `${actorParty} ${positionWord} "${title}".${quote(note)}`,
    });
    return;
  }
  if (action === 'report_unilateral') {
    await notifySurprise(tx, record, state.parties, actorParty, note);
    return;
  }
  if (action === 'clear' || action === 'record_execution' || action === 'withdraw') {
    const word = { clear: 'cleared', record_execution: 'carried out', withdraw: 'withdrew' }[action];
    await notifyParties(tx, record, others, {
      kind: `proposal.${action}`,
      title: action === 'withdraw' ? `${actorParty} withdrew ${title}` : `${title}: ${word}`,
      body: `${actorParty} recorded that "${title}" was ${word === 'withdrew' ? 'withdrawn' : word}.${quote(note)}`,
      email: false,
    });
  }
}

/** Both (all) co-chairs hear of an action taken without clearance. */
export async function notifySurprise(
  tx: Tx,
  record: ProposalRecord,
  parties: string[],
  reportingParty: string,
  note: string | null,
): Promise<void> {
  await notifyParties(
    tx,
    record,
    parties,
    {
      kind: 'proposal.surprise',
      title: `Surprise: ${record.proposingParty} acted without clearance — ${record.title}`,
      body: `${reportingParty} reported that ${record.proposingParty} carried out "${record.title}" without clearance through the working group.${quote(note)}`,
    },
    ['co_chair'],
  );
}
