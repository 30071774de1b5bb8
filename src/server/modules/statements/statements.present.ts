import type { Statement } from '../../../core/contract/statements.js';
import {
  availableStatementActions,
  listMissingApprovals,
  type StatementKind,
  type StatementState,
  type StatementStatus,
} from '../../../core/workflow/index.js';
import type { Actor } from '../access/actor.js';
import { accessOf, parseJsonObject } from '../meetings/meetings.present.js';
import { toWorkflowActor } from '../meetings/meetings.policy.js';
import { canCommentOnStatement, canEditStatement } from './statements.policy.js';
import type { StatementRow } from './statements.repository.js';

const KINDS: readonly StatementKind[] = ['readout', 'joint', 'announcement'];
const STATUSES: readonly StatementStatus[] = ['draft', 'shared_for_comment', 'cleared', 'published'];

export function statementStateOf(row: StatementRow, parties: string[]): StatementState {
  return {
    kind: KINDS.find((k) => k === row.kind) ?? 'announcement',
    party: row.party,
    releaseAt: row.releaseAt,
    status: STATUSES.find((s) => s === row.status) ?? 'draft',
    approvals: parseJsonObject(row.approvals),
    parties: parties.includes(row.party) ? parties : [...parties, row.party],
    publishedAt: row.publishedAt,
    sharedAt: row.sharedAt,
  };
}

/**
 * The stored visibility that follows from the state: party-only until shared for comment or published;
 * a joint statement is shared from the start.
 */
export function visibilityOf(state: StatementState): 'shared' | 'party' {
  return state.kind === 'joint' || state.sharedAt !== null || state.status === 'published'
    ? 'shared'
    : 'party';
}

export function presentStatement(
  row: StatementRow,
  actor: Actor | null,
  parties: string[],
  now: Date,
): Statement {
  const state = statementStateOf(row, parties);
  const wf = toWorkflowActor(actor, row.groupId);
  const actions = wf ? availableStatementActions(state, wf, now) : [];
  const access = { ...accessOf(row), kind: row.kind, status: row.status };
  return {
    id: row.id,
    groupId: row.groupId,
    kind: state.kind,
    meetingId: row.meetingId,
    matter: row.matter,
    title: row.title,
    body: row.body,
    releaseAt: row.releaseAt,
    status: state.status,
    approvals: state.approvals,
    awaitingApproval: state.kind === 'joint' ? listMissingApprovals(state) : [],
    sharedAt: row.sharedAt,
    publishedAt: row.publishedAt,
    author: { id: row.authorId, displayName: row.authorName },
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: {
      shareForComment: actions.includes('share_for_comment'),
      approve: actions.includes('approve'),
      clear: actions.includes('clear'),
      publish: actions.includes('publish'),
      edit: canEditStatement(actor, access),
      comment: canCommentOnStatement(actor, access),
    },
  };
}
