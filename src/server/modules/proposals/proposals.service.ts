import type {
  CreateProposalInput,
  Proposal,
  ProposalListQuery,
  UpdateProposalInput,
} from '../../../core/contract/proposals.js';
import {
  applyMaterialEdit,
  applyProposalAction,
  clearanceStatus,
  createProposalState,
  isMaterialChange,
  reportUnilateralState,
  type ProposalAction,
  type ProposalState,
} from '../../../core/workflow/index.js';
import { classificationRank, type ServiceContext } from '../../context.js';
import type { Queryable } from '../../db/database.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { AppError, conflict, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../access/actor.js';
import { groupParties, requireMembership } from '../groups/groups.service.js';
import { findGroup, parseJsonArray, type GroupRow } from '../groups/groups.repository.js';
import { indexForSearch } from '../search/search-index.js';
import {
  collectClearanceConditions,
  collectClearanceConditionsForMany,
  runProposalChangeHooks,
} from './clearance-conditions.js';
import {
  buildProposalState,
  describeChanges,
  diffFields,
  positionRowsOf,
  stateColumns,
  toProposalRecord,
  type EditableFields,
  type ProposalRecord,
} from './proposals.model.js';
import { notifyParties, notifySurprise, notifyTransition } from './proposals.notify.js';
import {
  canCreateProposal,
  canEditProposal,
  canSeeProposal,
  effectiveAccess,
  isOpen,
  workflowActorOf,
} from './proposals.policy.js';
import { presentProposal, type ProposalView } from './proposals.present.js';
import {
  appendHistory,
  decodeCursor,
  encodeCursor,
  findHistory,
  findPositions,
  findProposal,
  listVisibleProposals,
  replacePositions,
} from './proposals.repository.js';

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

function fieldError(field: string, message: string): AppError {
  return new AppError('validation_failed', `Some fields are not valid: ${field}`, {
    details: { fields: [{ field, message }] },
  });
}

async function loadView(db: Queryable, ctx: ServiceContext, id: string, group?: GroupRow) {
  const row = await findProposal(db, id);
  if (!row) return null;
  const record = toProposalRecord(row);
  const theGroup = group ?? (await findGroup(db, record.groupId));
  if (!theGroup) return null;
  const positions = await findPositions(db, [id]);
  const state = buildProposalState(record, positions, theGroup);
  const conditions = await collectClearanceConditions(db, ctx, record);
  return { record, state, conditions, group: theGroup };
}

/** The proposal if this user may see it; 404 otherwise, the same as for one that does not exist. */
async function requireVisible(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  const view = await loadView(ctx.db, ctx, id);
  if (!view || !canSeeProposal(actor, view.record)) throw notFound('proposal');
  return { ...view, actor };
}

async function searchEntry(tx: Tx, record: ProposalRecord): Promise<void> {
  const body = [
    record.summary,
    record.location ?? '',
    ...record.items.map((i) => `${i.description} ${i.hsCode ?? ''}`),
    ...record.counterparties.map((c) => c.name),
    ...record.fundsTransfers.map((f) => f.channel),
  ].join('\n');
  await indexForSearch(tx.trx, tx.ctx.dbKind, {
    recordKind: 'proposal',
    recordId: record.id,
    ...effectiveAccess(record),
    title: record.title,
    body,
  });
}

async function reload(tx: Tx, id: string): Promise<ProposalRecord> {
  const row = await findProposal(tx.trx, id);
  if (!row) throw notFound('proposal');
  return toProposalRecord(row);
}

async function validateTrack(db: Queryable, groupId: string, trackId: string | null): Promise<void> {
  if (trackId === null) return;
  const track = await db
    .selectFrom('tracks')
    .select('id')
    .where('id', '=', trackId)
    .where('groupId', '=', groupId)
    .executeTakeFirst();
  if (!track) throw fieldError('body.trackId', 'no such track in this group');
}

export async function findProposals(
  ctx: ServiceContext,
  groupId: string,
  query: ProposalListQuery,
): Promise<{ items: Proposal[]; nextCursor: string | null }> {
  const { actor, group } = await requireMembership(ctx, groupId);
  const limit = query.limit ?? 50;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !after) {
    throw new AppError('validation_failed', 'The cursor is not valid', {
      details: { fields: [{ field: 'querystring.cursor', message: 'is not a cursor of this list' }] },
    });
  }
  const rows = await listVisibleProposals(ctx.db, actor, groupId, {
    limit,
    after: after ?? undefined,
    status: query.status,
    trackId: query.trackId,
    party: query.party,
    surprise: query.surprise === undefined ? undefined : query.surprise === '1',
    waitingOn:
      query.waitingOnMe === '1' && actor.party
        ? { party: actor.party, clearanceRule: group.clearanceRule }
        : undefined,
  });
  const positions = await findPositions(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = ctx.clock.now();
  const out: Proposal[] = [];
  const records = rows.map(toProposalRecord);
  // Only a notified proposal can be cleared; the page asks screening once for all of them.
  const conditions = await collectClearanceConditionsForMany(
    ctx.db,
    ctx,
    records.filter((r) => r.status === 'notified'),
  );
  for (const record of records) {
    const state = buildProposalState(record, positions, group);
    out.push(
      presentProposal(
        { record, state, conditions: conditions.get(record.id) ?? { blockers: [] } },
        actor,
        now,
      ),
    );
  }

  const last = rows[rows.length - 1];
  return { items: out, nextCursor: rows.length === limit && last ? encodeCursor(last) : null };
}

/** For the group's home page: the proposals that wait for this user's party to answer. */
export async function findProposalsWaitingOn(ctx: ServiceContext, groupId: string): Promise<Proposal[]> {
  return (await findProposals(ctx, groupId, { waitingOnMe: '1', limit: 200 })).items;
}

/** One proposal with its history; reads of classified proposals go into the audit log. */
export async function readProposal(ctx: ServiceContext, id: string): Promise<Proposal & { version: number }> {
  const { record, state, conditions, actor } = await requireVisible(ctx, id);
  if (record.classificationRank > 0) {
    await inTransaction(ctx, (tx) =>
      tx.audit({
        action: 'proposal.read',
        recordKind: 'proposal',
        recordId: id,
        groupId: record.groupId,
        details: { classification: record.classification },
      }),
    );
  }
  const history = await findHistory(ctx.db, id);
  const view: ProposalView = { record, state, conditions, history };
  return { ...presentProposal(view, actor, ctx.clock.now()), version: record.version };
}

export async function createProposal(
  ctx: ServiceContext,
  groupId: string,
  input: CreateProposalInput,
): Promise<string> {
  const { actor, group } = await requireMembership(ctx, groupId);
  const levels = parseJsonArray(group.classificationLevels);
  const rank = classificationRank(ctx.config, input.classification);
  if (!levels.includes(input.classification) || rank < 0) {
    throw fieldError('body.classification', `must be one of ${levels.join(', ')}`);
  }
  if (!canCreateProposal(actor, groupId, rank)) {
    throw forbidden('not_allowed', 'You may not register proposals at this classification in this group');
  }
  await validateTrack(ctx.db, groupId, input.trackId);
  const parties = groupParties(group);
  const proposingParty = input.proposingParty ?? actor.party!;
  if (!input.reportUnilateral && proposingParty !== actor.party) {
    throw fieldError(
      'body.proposingParty',
      'you propose for your own party; name another only with reportUnilateral',
    );
  }
  if (!parties.includes(proposingParty)) throw fieldError('body.proposingParty', 'not a party of this group');
  const who = workflowActorOf(actor, groupId)!;
  const now = ctx.clock.now();
  const setup = {
    proposingParty,
    parties,
    clearanceRule: group.clearanceRule === 'notice' ? ('notice' as const) : ('concurrence' as const),
    noticePeriodDays: group.noticePeriodDays,
  };
  let state: ProposalState = createProposalState(setup);
  if (input.reportUnilateral) {
    const outcome = reportUnilateralState({ ...setup, actor: who, at: now, note: input.note });
    if (!outcome.ok) throw new AppError(outcome.code, outcome.message, { status: outcome.status });
    state = outcome.state;
  }
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('proposals')
      .values({
        id,
        groupId,
        visibility: input.visibility,
        party: actor.party!,
        classification: input.classification,
        classificationRank: rank,
        proposingParty,
        trackId: input.trackId,
        title: input.title,
        summary: input.summary,
        plannedFor: input.plannedFor,
        location: input.location,
        items: JSON.stringify(input.items),
        counterparties: JSON.stringify(input.counterparties),
        fundsTransfers: JSON.stringify(input.fundsTransfers),
        ...stateColumns(state),
        noticeRound: 0,
        authorId: actor.userId,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await replacePositions(tx.trx, id, positionRowsOf(id, state));
    await appendHistory(tx.trx, {
      id: newId(),
      proposalId: id,
      at: tx.nowIso,
      actorId: actor.userId,
      party: actor.party,
      action: input.reportUnilateral ? 'report_unilateral' : 'create',
      note: input.reportUnilateral ? input.note : null,
      statusAfter: state.status,
      changes: null,
      events: '[]',
    });
    const record = await reload(tx, id);
    await searchEntry(tx, record);
    await tx.audit({
      action: input.reportUnilateral ? 'proposal.report_unilateral' : 'proposal.create',
      recordKind: 'proposal',
      recordId: id,
      groupId,
      details: { title: input.title, proposingParty, visibility: input.visibility, status: state.status },
    });
    tx.publish({
      type: 'proposal.created',
      groupId,
      recordKind: 'proposal',
      recordId: id,
      access: effectiveAccess(record),
    });
    if (state.surprise) await notifySurprise(tx, record, parties, actor.party!, input.note);
    await runProposalChangeHooks(tx, record, 'created');
  });
  return id;
}

function isClosedRefusal(status: string): AppError {
  return conflict(
    'proposal_closed',
    `This proposal is ${status === 'executed' ? 'already carried out' : 'withdrawn'}; it can no longer be changed.`,
  );
}

export async function updateProposal(
  ctx: ServiceContext,
  id: string,
  input: UpdateProposalInput,
  checkVersion: (current: { id: string; version: number }) => void,
): Promise<void> {
  const { record, actor } = await requireVisible(ctx, id);
  if (!canEditProposal(actor, record)) {
    throw forbidden(
      'not_allowed',
      `Only a co-chair or delegate of ${record.proposingParty} edits this proposal`,
    );
  }
  if (!isOpen(record.status)) throw isClosedRefusal(record.status);
  checkVersion(record);
  if (input.trackId !== undefined) await validateTrack(ctx.db, record.groupId, input.trackId);
  await inTransaction(ctx, async (tx) => {
    const view = await loadView(tx.trx, ctx, id);
    if (!view || view.record.version !== record.version) {
      throw new AppError('precondition_failed', 'The proposal changed meanwhile; reload and try again', {
        status: 412,
      });
    }
    const current = view.record;
    const before: EditableFields = {
      trackId: current.trackId,
      title: current.title,
      summary: current.summary,
      plannedFor: current.plannedFor,
      location: current.location,
      items: current.items,
      counterparties: current.counterparties,
      fundsTransfers: current.fundsTransfers,
    };
    const after: EditableFields = { ...before, ...input };
    const changes = diffFields(before, after);
    if (Object.keys(changes).length === 0) return;
    const material = isMaterialChange(before, after);
    let state = view.state;
    let restarted = false;
    if (material && state.status !== 'draft') {
      const outcome = applyMaterialEdit(state, tx.now);
      if (!outcome.ok) throw new AppError(outcome.code, outcome.message, { status: outcome.status });
      state = outcome.state;
      restarted = true;
    }
    const result = await tx.trx
      .updateTable('proposals')
      .set({
        trackId: after.trackId,
        title: after.title,
        summary: after.summary,
        plannedFor: after.plannedFor,
        location: after.location,
        items: JSON.stringify(after.items),
        counterparties: JSON.stringify(after.counterparties),
        fundsTransfers: JSON.stringify(after.fundsTransfers),
        ...stateColumns(state),
        ...(restarted ? { noticeRound: current.noticeRound + 1 } : {}),
        version: current.version + 1,
        updatedAt: tx.nowIso,
      })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new AppError('precondition_failed', 'The proposal changed meanwhile; reload and try again', {
        status: 412,
      });
    }
    if (restarted) await replacePositions(tx.trx, id, positionRowsOf(id, state));
    await appendHistory(tx.trx, {
      id: newId(),
      proposalId: id,
      at: tx.nowIso,
      actorId: actor.userId,
      party: actor.party,
      action: restarted ? 'material_edit' : 'edit',
      note: null,
      statusAfter: state.status,
      changes: JSON.stringify(changes),
      events: JSON.stringify(
        restarted ? [{ type: 'notice_restarted', noticeEndsAt: state.noticeEndsAt }] : [],
      ),
    });
    const updated = await reload(tx, id);
    await searchEntry(tx, updated);
    await tx.audit({
      action: restarted ? 'proposal.material_edit' : 'proposal.update',
      recordKind: 'proposal',
      recordId: id,
      groupId: updated.groupId,
      details: { fields: Object.keys(changes), noticeRestarted: restarted },
    });
    tx.publish({
      type: 'proposal.updated',
      groupId: updated.groupId,
      recordKind: 'proposal',
      recordId: id,
      access: effectiveAccess(updated),
    });
    if (restarted) {
      const lines = describeChanges(changes);
      await notifyParties(
        tx,
        updated,
        state.parties.filter((p) => p !== updated.proposingParty),
        {
          kind: 'proposal.changed',
          title: `${updated.proposingParty} changed ${updated.title}; the notice period restarts`,
          body: `${updated.proposingParty} changed the proposal after notice:\n${lines.map((l) => `- ${l}`).join('\n')}\n\nEarlier answers no longer count; the new notice period runs until ${state.noticeEndsAt ?? '—'}.`,
        },
      );
    }
    if (changes.items || changes.counterparties) await runProposalChangeHooks(tx, updated, 'material_edit');
  });
}

export async function transitionProposal(
  ctx: ServiceContext,
  id: string,
  input: { action: ProposalAction; note?: string | null | undefined },
): Promise<void> {
  const { actor } = await requireVisible(ctx, id);
  await inTransaction(ctx, async (tx) => {
    const view = await loadView(tx.trx, ctx, id);
    if (!view) throw notFound('proposal');
    const { record, state, conditions } = view;
    const who = workflowActorOf(actor, record.groupId);
    if (!who) throw forbidden('not_a_party', 'You act for no party of this group');
    const note = input.note ?? null;
    const outcome = applyProposalAction(state, {
      action: input.action,
      actor: who,
      at: tx.now,
      note,
      conditions,
    });
    if (!outcome.ok) {
      const details =
        input.action === 'clear'
          ? { reasons: clearanceStatus(state, conditions, tx.now).reasons }
          : undefined;
      throw new AppError(outcome.code, outcome.message, { status: outcome.status, details });
    }
    const next = outcome.state;
    const result = await tx.trx
      .updateTable('proposals')
      .set({
        ...stateColumns(next),
        ...(input.action === 'notify' ? { noticeRound: record.noticeRound + 1 } : {}),
        version: record.version + 1,
        updatedAt: tx.nowIso,
      })
      .where('id', '=', id)
      .where('version', '=', record.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw conflict('proposal_changed', 'The proposal changed meanwhile; reload and try again');
    }
    await replacePositions(tx.trx, id, positionRowsOf(id, next));
    await appendHistory(tx.trx, {
      id: newId(),
      proposalId: id,
      at: tx.nowIso,
      actorId: actor.userId,
      party: who.party,
      action: input.action,
      note: note === null || note.trim() === '' ? null : note.trim(),
      statusAfter: next.status,
      changes: null,
      events: JSON.stringify(outcome.events),
    });
    const updated = await reload(tx, id);
    await searchEntry(tx, updated);
    await tx.audit({
      action: `proposal.${input.action}`,
      recordKind: 'proposal',
      recordId: id,
      groupId: updated.groupId,
      details: { from: state.status, to: next.status, party: who.party },
    });
    tx.publish({
      type: 'proposal.updated',
      groupId: updated.groupId,
      recordKind: 'proposal',
      recordId: id,
      access: effectiveAccess(updated),
    });
    await notifyTransition(tx, updated, next, input.action, who.party, note);
  });
}
