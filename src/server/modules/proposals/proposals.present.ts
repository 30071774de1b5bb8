import type { Proposal, ProposalComment, ProposalHistoryEntry } from '../../../core/contract/proposals.js';
import {
  availableProposalActions,
  clearanceStatus,
  type ClearanceConditions,
  type ProposalState,
  type ProposalStatus,
} from '../../../core/workflow/index.js';
import type { Actor } from '../access/actor.js';
import type { ProposalRecord } from './proposals.model.js';
import { canCommentOnProposal, canEditProposal, isOpen, workflowActorOf } from './proposals.policy.js';
import type { CommentRow, HistoryRow } from './proposals.repository.js';

export interface ProposalView {
  record: ProposalRecord;
  state: ProposalState;
  conditions: ClearanceConditions;
  history?: HistoryRow[];
}

function parseChanges(text: string | null): ProposalHistoryEntry['changes'] {
  if (!text) return null;
  try {
    return JSON.parse(text) as ProposalHistoryEntry['changes'];
  } catch {
    return null;
  }
}

export function presentHistory(row: HistoryRow): ProposalHistoryEntry {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
    party: row.party,
    note: row.note,
    statusAfter: row.statusAfter as ProposalStatus,
    changes: parseChanges(row.changes),
  };
}

export function presentProposal(view: ProposalView, actor: Actor | null, now: Date): Proposal {
  const { record, state, conditions } = view;
  const who = workflowActorOf(actor, record.groupId);
  return {
    id: record.id,
    groupId: record.groupId,
    proposingParty: record.proposingParty,
    trackId: record.trackId,
    title: record.title,
    summary: record.summary,
    plannedFor: record.plannedFor,
    location: record.location,
    items: record.items,
    counterparties: record.counterparties,
    fundsTransfers: record.fundsTransfers,
    status: state.status,
    notifiedAt: state.notifiedAt,
    noticeEndsAt: state.noticeEndsAt,
    positions: state.positions,
    surprise: state.surprise,
    visibility: record.visibility === 'party' ? 'party' : 'shared',
    party: record.party,
    classification: record.classification,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    author: { id: record.authorId, displayName: record.authorName },
    ...(view.history ? { history: view.history.map(presentHistory) } : {}),
    abilities: {
      edit: canEditProposal(actor, record) && isOpen(record.status),
      comment: canCommentOnProposal(actor, record),
      actions: who ? availableProposalActions(state, who, conditions, now) : [],
    },
    clearance: clearanceStatus(state, conditions, now),
  };
}

export function presentComment(row: CommentRow): ProposalComment {
  return {
    id: row.id,
    proposalId: row.proposalId,
    body: row.body,
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    author: { id: row.authorId, displayName: row.authorName },
  };
}
