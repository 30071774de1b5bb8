import { z } from 'zod';
import {
  evidenceItemSchema,
  type CreateMilestoneInput,
  type EvidenceItem,
  type UpdateMilestoneInput,
} from '../../../core/contract/milestones.js';
import { classificationRank, type ServiceContext } from '../../context.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { AppError, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import type { Actor, RecordAccess } from '../access/actor.js';
import { roleIn } from '../access/access.policy.js';
import { requireMembership } from '../groups/groups.service.js';
import { findGroup, parseJsonArray } from '../groups/groups.repository.js';
import { indexForSearch } from '../search/search-index.js';
import { evaluateTempoBreaches } from '../tempo/tempo.breaches.js';
import { dateOf } from '../tempo/tempo.compute.js';
import {
  canChangeMilestoneAccess,
  canCreateMilestone,
  canEditMilestone,
  canSeeMilestone,
} from './milestones.policy.js';
import {
  findMilestone,
  listVisibleMilestones,
  type MilestoneFilter,
  type MilestoneRow,
} from './milestones.repository.js';
import { resolveMilestoneDates, type FieldProblem, type MilestoneDates } from './milestones.rules.js';

export function accessOf(row: MilestoneRow): RecordAccess {
  return {
    groupId: row.groupId,
    visibility: row.visibility,
    party: row.party,
    classificationRank: row.classificationRank,
  };
}

const storedEvidenceSchema = z.array(evidenceItemSchema).catch([]);

export function parseEvidence(json: string): EvidenceItem[] {
  try {
    return storedEvidenceSchema.parse(JSON.parse(json));
  } catch {
    return [];
  }
}

function toEvidenceList(input: EvidenceItem | EvidenceItem[]): EvidenceItem[] {
  return Array.isArray(input) ? input : [input];
}

function invalid(problems: FieldProblem[]): AppError {
  return new AppError(
    'validation_failed',
    `Some fields are not valid: ${problems.map((p) => p.field).join(', ')}`,
    { details: { fields: problems } },
  );
}

function actorOf(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

async function requireTrack(ctx: ServiceContext, trackId: string) {
  const actor = actorOf(ctx);
  const track = await ctx.db
    .selectFrom('tracks')
    .select(['id', 'groupId'])
    .where('id', '=', trackId)
    .executeTakeFirst();
  if (!track || roleIn(actor, track.groupId) === null) throw notFound('track');
  return { track, actor };
}

/** The rank of a level the group uses, or a 400 naming the field. */
async function rankInGroup(ctx: ServiceContext, groupId: string, level: string | undefined) {
  const group = await findGroup(ctx.db, groupId);
  const levels = group ? parseJsonArray(group.classificationLevels) : [];
  const classification = level ?? levels[0] ?? ctx.config.classificationLevels[0] ?? 'UNCLASSIFIED';
  const rank = classificationRank(ctx.config, classification);
  if (!levels.includes(classification) || rank < 0)
    throw invalid([{ field: 'body.classification', message: `must be one of ${levels.join(', ')}` }]);
  return { classification, rank };
}

export async function findTrackMilestones(
  ctx: ServiceContext,
  trackId: string,
  filter: { status?: string | undefined },
): Promise<MilestoneRow[]> {
  const { track, actor } = await requireTrack(ctx, trackId);
  return listVisibleMilestones(ctx.db, actor, track.groupId, { ...filter, trackId });
}

function latestDateOf(row: MilestoneRow): string {
  return row.reversedOn ?? row.achievedOn ?? row.targetDate ?? '';
}

/** Every milestone of the group the user may see, the latest achieved / reversed / due first. */
export async function findGroupMilestones(
  ctx: ServiceContext,
  groupId: string,
  filter: MilestoneFilter & { limit: number },
): Promise<MilestoneRow[]> {
  const { actor } = await requireMembership(ctx, groupId);
  const rows = await listVisibleMilestones(ctx.db, actor, groupId, filter);
  // Sorted here: SQLite and PostgreSQL place nulls at opposite ends of a descending order.
  return rows
    .sort((a, b) => {
      const [da, db] = [latestDateOf(a), latestDateOf(b)];
      return da === db ? (a.updatedAt < b.updatedAt ? 1 : -1) : da < db ? 1 : -1;
    })
    .slice(0, filter.limit);
}

/** Reads a milestone; reads of classified milestones go into the audit log. */
export async function readMilestone(ctx: ServiceContext, id: string): Promise<MilestoneRow> {
  const actor = actorOf(ctx);
  const row = await findMilestone(ctx.db, id);
  if (!row || !canSeeMilestone(actor, accessOf(row))) throw notFound('milestone');
  if (row.classificationRank > 0) {
    await inTransaction(ctx, (tx) =>
      tx.audit({
        action: 'milestone.read',
        recordKind: 'milestone',
        recordId: row.id,
        groupId: row.groupId,
        details: { classification: row.classification },
      }),
    );
  }
  return row;
}

export async function createMilestone(
  ctx: ServiceContext,
  trackId: string,
  input: CreateMilestoneInput,
): Promise<MilestoneRow> {
  const { track, actor } = await requireTrack(ctx, trackId);
  const { classification, rank } = await rankInGroup(ctx, track.groupId, input.classification);
  if (!canCreateMilestone(actor, track.groupId, rank))
    throw forbidden('not_allowed', 'You may not record milestones at this classification in this group');
  const planned: MilestoneDates = { status: 'planned', achievedOn: null, reversedOn: null };
  const { dates, problems } = resolveMilestoneDates(planned, input, dateOf(ctx.clock.now()));
  if (problems.length > 0) throw invalid(problems);

  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const access = {
      groupId: track.groupId,
      visibility: input.visibility,
      party: actor.party!,
      classificationRank: rank,
    };
    await tx.trx
      .insertInto('milestones')
      .values({
        id,
        ...access,
        trackId,
        classification,
        title: input.title,
        weight: input.weight,
        ...dates,
        targetDate: input.targetDate ?? null,
        evidence: JSON.stringify(input.evidence ? toEvidenceList(input.evidence) : []),
        authorId: actor.userId,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await indexMilestone(tx, id, access, input.title);
    await tx.audit({
      action: 'milestone.create',
      recordKind: 'milestone',
      recordId: id,
      groupId: track.groupId,
      details: { trackId, title: input.title, ...dates, visibility: input.visibility, classification },
    });
    tx.publish({
      type: 'milestone.created',
      groupId: track.groupId,
      recordKind: 'milestone',
      recordId: id,
      access,
    });
    await evaluateTempoBreaches(tx, track.groupId);
  });
  return (await findMilestone(ctx.db, id))!;
}

async function indexMilestone(tx: Tx, id: string, access: RecordAccess, title: string): Promise<void> {
  await indexForSearch(tx.trx, tx.ctx.dbKind, {
    recordKind: 'milestone',
    recordId: id,
    ...access,
    title,
    body: '',
  });
}

export async function updateMilestone(
  ctx: ServiceContext,
  id: string,
  input: UpdateMilestoneInput,
  checkVersion: (current: MilestoneRow) => void,
): Promise<MilestoneRow> {
  const actor = actorOf(ctx);
  const current = await findMilestone(ctx.db, id);
  if (!current || !canSeeMilestone(actor, accessOf(current))) throw notFound('milestone');
  if (!canEditMilestone(actor, accessOf(current)))
    throw forbidden('not_allowed', 'Observers do not change milestones');
  const changesAccess = input.visibility !== undefined || input.classification !== undefined;
  if (changesAccess && !canChangeMilestoneAccess(actor, accessOf(current)))
    throw forbidden('not_allowed', 'Only the writing party changes who sees a milestone');
  checkVersion(current);

  let access = accessOf(current);
  let classification = current.classification;
  if (changesAccess) {
    const level = await rankInGroup(ctx, current.groupId, input.classification ?? current.classification);
    if (level.rank > actor.clearanceRank)
      throw forbidden('not_allowed', 'You may not classify above your own clearance');
    classification = level.classification;
    access = {
      ...access,
      visibility: input.visibility ?? current.visibility,
      classificationRank: level.rank,
    };
  }
  const { dates, problems } = resolveMilestoneDates(
    { status: statusOf(current), achievedOn: current.achievedOn, reversedOn: current.reversedOn },
    input,
    dateOf(ctx.clock.now()),
  );
  if (problems.length > 0) throw invalid(problems);

  await inTransaction(ctx, async (tx) => {
    await writeMilestoneChange(tx, current, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.weight !== undefined ? { weight: input.weight } : {}),
      ...(input.targetDate !== undefined ? { targetDate: input.targetDate } : {}),
      ...(input.evidence !== undefined ? { evidence: JSON.stringify(toEvidenceList(input.evidence)) } : {}),
      ...dates,
      visibility: access.visibility,
      classification,
      classificationRank: access.classificationRank,
    });
    await tx.audit({
      action: 'milestone.update',
      recordKind: 'milestone',
      recordId: id,
      groupId: current.groupId,
      details: { fields: Object.keys(input), ...dates },
    });
  });
  return (await findMilestone(ctx.db, id))!;
}

function statusOf(row: MilestoneRow): MilestoneDates['status'] {
  const s = row.status;
  return s === 'in_progress' || s === 'achieved' || s === 'reversed' ? s : 'planned';
}

interface MilestoneChange {
  title?: string;
  weight?: number;
  targetDate?: string | null;
  evidence?: string;
  status: string;
  achievedOn: string | null;
  reversedOn: string | null;
  visibility: string;
  classification: string;
  classificationRank: number;
}

/** The versioned write, search index, live event and breach evaluation every milestone change shares. */
async function writeMilestoneChange(tx: Tx, current: MilestoneRow, change: MilestoneChange): Promise<void> {
  const result = await tx.trx
    .updateTable('milestones')
    .set({ ...change, version: current.version + 1, updatedAt: tx.nowIso })
    .where('id', '=', current.id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new AppError('precondition_failed', 'The milestone changed meanwhile; reload and try again', {
      status: 412,
    });
  }
  const access = {
    groupId: current.groupId,
    visibility: change.visibility,
    party: current.party,
    classificationRank: change.classificationRank,
  };
  await indexMilestone(tx, current.id, access, change.title ?? current.title);
  tx.publish({
    type: 'milestone.updated',
    groupId: current.groupId,
    recordKind: 'milestone',
    recordId: current.id,
    // The narrower of before and after: nobody learns of a change to a milestone they may not see.
    access: {
      ...access,
      visibility: current.visibility === 'party' || change.visibility === 'party' ? 'party' : 'shared',
      classificationRank: Math.max(change.classificationRank, current.classificationRank),
    },
  });
  await evaluateTempoBreaches(tx, current.groupId);
}

/**
 * For the proposals module: an executed proposal achieves a milestone (today, unless it is achieved already)
 * and is added to its evidence, in the caller's transaction. The caller decides who may do this.
 */
export async function achieveMilestoneFromProposal(
  tx: Tx,
  milestoneId: string,
  proposalId: string,
): Promise<MilestoneRow> {
  const current = await findMilestone(tx.trx, milestoneId);
  if (!current) throw notFound('milestone');
  const evidence = parseEvidence(current.evidence);
  if (!evidence.some((e) => e.kind === 'proposal' && e.id === proposalId))
    evidence.push({ kind: 'proposal', id: proposalId });
  const { dates } = resolveMilestoneDates(
    { status: statusOf(current), achievedOn: current.achievedOn, reversedOn: current.reversedOn },
    { status: 'achieved' },
    dateOf(tx.now),
  );
  await writeMilestoneChange(tx, current, {
    evidence: JSON.stringify(evidence),
    ...dates,
    visibility: current.visibility,
    classification: current.classification,
    classificationRank: current.classificationRank,
  });
  await tx.audit({
    action: 'milestone.achieve_from_proposal',
    recordKind: 'milestone',
    recordId: milestoneId,
    groupId: current.groupId,
    details: { proposalId, ...dates },
  });
  return (await findMilestone(tx.trx, milestoneId))!;
}
