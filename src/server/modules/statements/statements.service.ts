import type { z } from 'zod';
import type {
  createStatementInputSchema,
  updateStatementInputSchema,
} from '../../../core/contract/statements.js';
import {
  applyStatementAction,
  applyStatementEdit,
  type Actor as WorkflowActor,
  type StatementAction,
  type StatementState,
} from '../../../core/workflow/index.js';
import type { AppDeps, ServiceContext } from '../../context.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { AppError, forbidden, invalidField, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { systemContext } from '../../runtime.js';
import type { Actor } from '../access/actor.js';
import { findCoChairs, findGroup } from '../groups/groups.repository.js';
import { groupParties, requireMembership } from '../groups/groups.service.js';
import { accessOf } from '../meetings/meetings.present.js';
import { canSeeMeeting, toWorkflowActor } from '../meetings/meetings.policy.js';
import { findMeeting } from '../meetings/meetings.repository.js';
import { resolveClassification } from '../meetings/record-access.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { indexForSearch } from '../search/search-index.js';
import { notifyStatementEvents } from './statements.notify.js';
import {
  canCommentOnStatement,
  canDraftStatement,
  canEditStatement,
  canSeeStatement,
} from './statements.policy.js';
import { statementStateOf, visibilityOf } from './statements.present.js';
import {
  findStatement,
  listComments,
  listDueStatements,
  listVisibleStatements,
  type StatementFilter,
  type StatementRow,
} from './statements.repository.js';

const KIND_NAMES: Record<string, string> = {
  readout: 'readout',
  joint: 'joint statement',
  announcement: 'announcement',
};

function actorOf(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

async function partiesOf(ctx: ServiceContext, groupId: string): Promise<string[]> {
  const group = await findGroup(ctx.db, groupId);
  return group ? groupParties(group) : [];
}

/** The statement if the actor may see it; 404 otherwise (a draft of the other party does not exist for them). */
export async function requireVisibleStatement(
  ctx: ServiceContext,
  id: string,
): Promise<{ statement: StatementRow; actor: Actor; parties: string[] }> {
  const actor = actorOf(ctx);
  const statement = await findStatement(ctx.db, id);
  if (!statement || !canSeeStatement(actor, accessOf(statement))) throw notFound('statement');
  return { statement, actor, parties: await partiesOf(ctx, statement.groupId) };
}

export async function findStatements(ctx: ServiceContext, groupId: string, filter: StatementFilter) {
  const { actor, group } = await requireMembership(ctx, groupId);
  return { rows: await listVisibleStatements(ctx.db, actor, groupId, filter), parties: groupParties(group) };
}

export async function readStatement(ctx: ServiceContext, id: string) {
  const view = await requireVisibleStatement(ctx, id);
  if (view.statement.classificationRank > 0) {
    await inTransaction(ctx, (tx) =>
      tx.audit({
        action: 'statement.read',
        recordKind: 'statement',
        recordId: id,
        groupId: view.statement.groupId,
        details: { classification: view.statement.classification },
      }),
    );
  }
  return view;
}

async function indexStatement(tx: Tx, row: StatementRow, visibility: string): Promise<void> {
  await indexForSearch(tx.trx, tx.ctx.dbKind, {
    recordKind: 'statement',
    recordId: row.id,
    ...accessOf(row),
    visibility,
    title: row.title,
    body: row.body,
  });
}

function defaultTitle(kind: string, party: string, meeting: { round: number } | undefined): string {
  const name = KIND_NAMES[kind] ?? kind;
  if (kind === 'joint') return meeting ? `Joint statement on round ${meeting.round}` : 'Joint statement';
  return meeting ? `${party} ${name} of round ${meeting.round}` : `${party} ${name}`;
}

async function coChairsOf(tx: Tx, groupId: string) {
  return findCoChairs(tx.trx, [groupId]);
}

export async function createStatement(
  ctx: ServiceContext,
  groupId: string,
  input: z.infer<typeof createStatementInputSchema>,
) {
  const { actor, group } = await requireMembership(ctx, groupId);
  if (!canDraftStatement(actor, groupId) || !actor.party)
    throw forbidden('not_allowed', 'Only co-chairs, delegates and staff draft statements');
  const classification = input.classification ?? ctx.config.classificationLevels[0] ?? 'UNCLASSIFIED';
  const rank = resolveClassification(ctx, group, classification, 'body.classification');
  if (rank > actor.clearanceRank) throw forbidden('not_allowed', 'You may not write at this classification');
  const visibility = input.kind === 'joint' ? 'shared' : 'party';
  if (input.visibility && input.visibility !== visibility) {
    throw invalidField(
      'body.visibility',
      input.kind === 'joint'
        ? 'a joint statement is shared with every party from the start'
        : `a ${KIND_NAMES[input.kind]} is party-only until it is shared for comment`,
    );
  }
  let meeting: Awaited<ReturnType<typeof findMeeting>>;
  if (input.meetingId) {
    meeting = await findMeeting(ctx.db, input.meetingId);
    if (!meeting || meeting.groupId !== groupId || !canSeeMeeting(actor, accessOf(meeting)))
      throw invalidField('body.meetingId', 'no such meeting in this group');
  }
  if (input.kind === 'readout' && !meeting) throw invalidField('body.meetingId', 'a readout is of a meeting');
  const id = newId();
  const access = { groupId, visibility, party: actor.party, classificationRank: rank };
  const title = input.title?.trim() || defaultTitle(input.kind, actor.party, meeting);
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('statements')
      .values({
        id,
        ...access,
        classification,
        kind: input.kind,
        meetingId: meeting?.id ?? null,
        matter: input.matter ?? null,
        title,
        body: input.body,
        releaseAt: new Date(input.releaseAt).toISOString(),
        status: 'draft',
        approvals: '{}',
        sharedAt: null,
        publishedAt: null,
        publishedBy: null,
        authorId: actor.userId,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    const row = (await findStatement(tx.trx, id))!;
    await indexStatement(tx, row, visibility);
    await tx.audit({
      action: 'statement.create',
      recordKind: 'statement',
      recordId: id,
      groupId,
      details: { kind: input.kind, title, meetingId: meeting?.id ?? null, releaseAt: row.releaseAt },
    });
    if (input.kind === 'joint') {
      const chairs = (await coChairsOf(tx, groupId)).filter((c) => c.userId !== actor.userId);
      await notifyUsers(tx, {
        userIds: chairs.map((c) => c.userId),
        access,
        kind: 'statement.approval_needed',
        title: `Joint statement needs your approval: ${title}`,
        body: `${actor.party} drafted a joint statement; every co-chair approves the same text before release.`,
        link: `/statements/${id}`,
        recordKind: 'statement',
        recordId: id,
      });
    }
    tx.publish({ type: 'statement.created', groupId, recordKind: 'statement', recordId: id, access });
  });
  return requireVisibleStatement(ctx, id);
}

/** Writes the state the workflow rules computed, guarded by the version it came from. */
async function saveStatementState(
  tx: Tx,
  row: StatementRow,
  state: StatementState,
  extra: {
    title?: string;
    body?: string;
    releaseAt?: string;
    matter?: string | null;
    publishedBy?: string | null;
  },
): Promise<boolean> {
  const result = await tx.trx
    .updateTable('statements')
    .set({
      ...extra,
      status: state.status,
      approvals: JSON.stringify(state.approvals),
      sharedAt: state.sharedAt,
      publishedAt: state.publishedAt,
      visibility: visibilityOf(state),
      version: row.version + 1,
      updatedAt: tx.nowIso,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

function staleError(): AppError {
  return new AppError('precondition_failed', 'The statement changed meanwhile; reload and try again', {
    status: 412,
  });
}

export async function updateStatement(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateStatementInputSchema>,
  checkVersion: (current: StatementRow) => void,
) {
  const { statement, actor, parties } = await requireVisibleStatement(ctx, id);
  if (!canEditStatement(actor, { ...accessOf(statement), kind: statement.kind, status: statement.status })) {
    if (statement.status === 'published')
      throw new AppError('statement_published', 'This statement was published; it is final.', {
        status: 409,
      });
    throw forbidden('not_allowed', `Only ${statement.party}'s drafters edit this statement`);
  }
  checkVersion(statement);
  await inTransaction(ctx, async (tx) => {
    const edit = applyStatementEdit(statementStateOf(statement, parties), tx.now);
    if (!edit.ok) throw new AppError(edit.code, edit.message, { status: edit.status });
    const saved = await saveStatementState(tx, statement, edit.state, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.body !== undefined ? { body: input.body } : {}),
      ...(input.releaseAt !== undefined ? { releaseAt: new Date(input.releaseAt).toISOString() } : {}),
      ...(input.matter !== undefined ? { matter: input.matter } : {}),
    });
    if (!saved) throw staleError();
    const row = (await findStatement(tx.trx, id))!;
    await indexStatement(tx, row, row.visibility);
    await tx.audit({
      action: 'statement.update',
      recordKind: 'statement',
      recordId: id,
      groupId: statement.groupId,
      details: {
        fields: Object.keys(input),
        withdrawn: edit.events.map((e) => (e.type === 'approvals_withdrawn' ? e.parties : e.type)),
      },
    });
    await notifyStatementEvents(tx, row, edit.state, edit.events, actor.userId);
    tx.publish({
      type: 'statement.updated',
      groupId: statement.groupId,
      recordKind: 'statement',
      recordId: id,
      access: accessOf(row),
    });
  });
  return requireVisibleStatement(ctx, id);
}

async function applyAndSave(
  tx: Tx,
  row: StatementRow,
  parties: string[],
  input: { action: StatementAction; actor: WorkflowActor },
  byUserId: string | null,
): Promise<boolean> {
  const state = statementStateOf(row, parties);
  const outcome = applyStatementAction(state, { ...input, at: tx.now });
  if (!outcome.ok) {
    throw new AppError(outcome.code, outcome.message, {
      status: outcome.status,
      ...(outcome.code === 'embargoed' ? { details: { releaseAt: row.releaseAt } } : {}),
    });
  }
  const saved = await saveStatementState(tx, row, outcome.state, {
    ...(input.action === 'publish' ? { publishedBy: byUserId } : {}),
  });
  if (!saved) return false;
  const fresh = (await findStatement(tx.trx, row.id))!;
  if (fresh.visibility !== row.visibility) await indexStatement(tx, fresh, fresh.visibility);
  await tx.audit({
    action: `statement.${input.action}`,
    recordKind: 'statement',
    recordId: row.id,
    groupId: row.groupId,
    details: {
      from: row.status,
      to: outcome.state.status,
      party: input.actor.party,
      visibility: fresh.visibility,
    },
  });
  await notifyStatementEvents(tx, fresh, outcome.state, outcome.events, byUserId);
  tx.publish({
    type: 'statement.updated',
    groupId: row.groupId,
    recordKind: 'statement',
    recordId: row.id,
    access: accessOf(fresh),
  });
  return true;
}

export async function transitionStatement(ctx: ServiceContext, id: string, action: StatementAction) {
  const { statement, actor, parties } = await requireVisibleStatement(ctx, id);
  const wf = toWorkflowActor(actor, statement.groupId);
  if (!wf) throw notFound('statement');
  await inTransaction(ctx, async (tx) => {
    if (!(await applyAndSave(tx, statement, parties, { action, actor: wf }, actor.userId)))
      throw staleError();
  });
  return requireVisibleStatement(ctx, id);
}

/**
 * Periodic task: publishes every cleared statement whose release time has come, in the name of its party.
 * Safe to run twice or on several instances: the version guard lets only one publication through.
 */
export async function publishDueStatements(deps: AppDeps): Promise<number> {
  const ctx = systemContext(deps);
  const due = await listDueStatements(deps.db, deps.clock.now().toISOString());
  let published = 0;
  for (const row of due) {
    const parties = await partiesOf(ctx, row.groupId);
    const done = await inTransaction(ctx, (tx) =>
      applyAndSave(
        tx,
        row,
        parties,
        { action: 'publish', actor: { userId: 'system', party: row.party, role: 'co_chair' } },
        null,
      ),
    ).catch((error: unknown) => {
      deps.log.warn({ err: error, statementId: row.id }, 'scheduled publication failed');
      return false;
    });
    if (done) published += 1;
  }
  return published;
}

export async function findStatementComments(ctx: ServiceContext, id: string) {
  await requireVisibleStatement(ctx, id);
  return listComments(ctx.db, id);
}

export async function addStatementComment(ctx: ServiceContext, id: string, body: string) {
  const { statement, actor } = await requireVisibleStatement(ctx, id);
  if (!canCommentOnStatement(actor, accessOf(statement)))
    throw forbidden('not_allowed', 'Observers do not comment on statements');
  const commentId = newId();
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('statementComments')
      .values({ id: commentId, statementId: id, authorId: actor.userId, body, createdAt: tx.nowIso })
      .execute();
    await tx.audit({
      action: 'statement.comment',
      recordKind: 'statement',
      recordId: id,
      groupId: statement.groupId,
      details: { commentId },
    });
    if (statement.authorId !== actor.userId) {
      await notifyUsers(tx, {
        userIds: [statement.authorId],
        access: accessOf(statement),
        kind: 'statement.comment',
        title: `${actor.party} commented on ${statement.title}`,
        body: body.slice(0, 300),
        link: `/statements/${id}`,
        recordKind: 'statement',
        recordId: id,
      });
    }
    tx.publish({
      type: 'statement.commented',
      groupId: statement.groupId,
      recordKind: 'statement',
      recordId: id,
      access: accessOf(statement),
    });
  });
  return (await listComments(ctx.db, id)).find((c) => c.id === commentId)!;
}

/** The publishing task in the worker's shape. */
export async function publishDueStatementsTask(deps: AppDeps): Promise<void> {
  await publishDueStatements(deps);
}
