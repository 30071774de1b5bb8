import type { z } from 'zod';
import type {
  createTrackPairInputSchema,
  CurrentBreach,
  Tempo,
  TempoBreach,
  updateTrackPairInputSchema,
} from '../../../core/contract/tempo.js';
import { addDays, MAX_WINDOW_DAYS, type Breach, type TempoPair } from '../../../core/tempo/index.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { AppError, conflict, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { roleIn } from '../access/access.policy.js';
import type { Actor } from '../access/actor.js';
import { requireMembership } from '../groups/groups.service.js';
import { listTempoMilestonesVisibleTo } from '../milestones/milestones.repository.js';
import { evaluateTempoBreaches } from './tempo.breaches.js';
import {
  clampWindowStart,
  computeGroupTempo,
  dateOf,
  findEarliestChange,
  findHistoryStart,
  type GroupPair,
} from './tempo.compute.js';
import { findTrackPair, listTrackPairs, toTempoMilestone } from './tempo.repository.js';

export const TEMPO_NOTE = 'Only milestones you may see count; each party may see a different picture.';

function presentBreach(pair: TempoPair, breach: Breach): TempoBreach {
  return { ...breach, leader: breach.leader === 'A' ? pair.trackA : pair.trackB };
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', `Some fields are not valid: ${field}`, {
    details: { fields: [{ field, message }] },
  });
}

/** The window asked for, or by default from 30 days before the first visible change (else a year) to today. */
function resolveWindow(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
  earliest: string | null,
): { from: string; to: string } {
  const to = query.to ?? today;
  let from = query.from;
  if (!from) {
    from = earliest && earliest <= to ? addDays(earliest, -30) : addDays(to, -365);
    from = clampWindowStart(from, to);
  }
  if (from > to) throw invalid('query.from', 'must not be after to');
  if (clampWindowStart(from, to) !== from)
    throw invalid('query.from', `the window may span at most ${MAX_WINDOW_DAYS} days`);
  return { from, to };
}

/** Index series, gaps and breaches as this user's visible milestones show them. */
export async function getTempo(
  ctx: ServiceContext,
  groupId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<Tempo> {
  const { actor } = await requireMembership(ctx, groupId);
  const milestones = (await listTempoMilestonesVisibleTo(ctx.db, actor, groupId)).map(toTempoMilestone);
  const window = resolveWindow(query, dateOf(ctx.clock.now()), findEarliestChange(milestones));
  const tempo = await computeGroupTempo(ctx.db, groupId, milestones, window);
  const tracksById = new Map(tempo.tracks.map((t) => [t.id, t]));
  return {
    ...window,
    series: tempo.result.series.map((s) => {
      const track = tracksById.get(s.trackId);
      return {
        trackId: s.trackId,
        key: track?.key ?? '',
        name: { en: track?.nameEn ?? '', ...(track?.nameKo ? { ko: track.nameKo } : {}) },
        points: s.points,
        hasMilestones: s.hasMilestones,
      };
    }),
    pairs: tempo.result.pairs.map((p) => ({
      id: p.id,
      trackA: p.trackA,
      trackB: p.trackB,
      tolerance: p.tolerance,
      gaps: p.gaps,
      breaches: p.breaches.map((b) => presentBreach(p, b)),
      currentBreach: p.currentBreach ? presentBreach(p, p.currentBreach) : null,
    })),
    note: TEMPO_NOTE,
  };
}

/** Pairs out of step today in this user's picture, with the day each breach began: the group home banner. */
export async function findCurrentBreaches(ctx: ServiceContext, groupId: string): Promise<CurrentBreach[]> {
  const { actor } = await requireMembership(ctx, groupId);
  const milestones = (await listTempoMilestonesVisibleTo(ctx.db, actor, groupId)).map(toTempoMilestone);
  const to = dateOf(ctx.clock.now());
  const tempo = await computeGroupTempo(ctx.db, groupId, milestones, {
    from: findHistoryStart(milestones, to),
    to,
  });
  return tempo.result.pairs.flatMap((p) => {
    if (!p.currentBreach) return [];
    const { endedOn: _endedOn, ...breach } = presentBreach(p, p.currentBreach);
    const gapToday = p.gaps.at(-1)?.gap ?? 0;
    return [
      {
        pairId: p.id,
        trackA: p.trackA,
        trackB: p.trackB,
        tolerance: p.tolerance,
        ...breach,
        gap: Math.abs(gapToday),
      },
    ];
  });
}

// ---- pairs of tracks (a group setting, seen by every member, changed by co-chairs) ----

export function canManageTrackPairs(actor: Actor | null, groupId: string): boolean {
  return roleIn(actor, groupId) === 'co_chair';
}

export async function findTrackPairs(ctx: ServiceContext, groupId: string): Promise<GroupPair[]> {
  await requireMembership(ctx, groupId);
  return listTrackPairs(ctx.db, groupId);
}

async function checkPairTracks(
  tx: Tx,
  groupId: string,
  trackA: string,
  trackB: string,
  exceptPairId: string | null,
): Promise<void> {
  if (trackA === trackB) throw invalid('body.trackB', 'must be another track than trackA');
  const found = await tx.trx
    .selectFrom('tracks')
    .select('id')
    .where('groupId', '=', groupId)
    .where('id', 'in', [trackA, trackB])
    .execute();
  for (const [field, id] of [
    ['body.trackA', trackA],
    ['body.trackB', trackB],
  ] as const) {
    if (!found.some((t) => t.id === id)) throw invalid(field, 'no such track in this group');
  }
  const existing = await tx.trx
    .selectFrom('trackPairs')
    .select('id')
    .where('groupId', '=', groupId)
    .where((eb) =>
      eb.or([
        eb.and([eb('trackA', '=', trackA), eb('trackB', '=', trackB)]),
        eb.and([eb('trackA', '=', trackB), eb('trackB', '=', trackA)]),
      ]),
    )
    .executeTakeFirst();
  if (existing && existing.id !== exceptPairId)
    throw conflict('track_pair_exists', 'These two tracks are paired already', { pairId: existing.id });
}

export async function createTrackPair(
  ctx: ServiceContext,
  groupId: string,
  input: z.infer<typeof createTrackPairInputSchema>,
  options: { notify?: boolean } = {},
): Promise<GroupPair> {
  const { actor } = await requireMembership(ctx, groupId);
  if (!canManageTrackPairs(actor, groupId))
    throw forbidden('not_allowed', 'Only a co-chair sets which tracks move together');
  return insertTrackPair(ctx, groupId, input, options);
}

/** Inserts a pair without the co-chair check: the demo loader, which runs as the system. */
export async function insertTrackPair(
  ctx: ServiceContext,
  groupId: string,
  input: z.infer<typeof createTrackPairInputSchema>,
  options: { notify?: boolean } = {},
): Promise<GroupPair> {
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    await checkPairTracks(tx, groupId, input.trackA, input.trackB, null);
    await tx.trx
      .insertInto('trackPairs')
      .values({ id, groupId, ...input, version: 1, createdAt: tx.nowIso, updatedAt: tx.nowIso })
      .execute();
    await tx.audit({
      action: 'track_pair.create',
      recordKind: 'track_pair',
      recordId: id,
      groupId,
      details: { ...input },
    });
    publishPairEvent(tx, 'track_pair.created', groupId, id);
    await evaluateTempoBreaches(tx, groupId, options);
  });
  return (await findTrackPair(ctx.db, id))!;
}

function publishPairEvent(tx: Tx, type: string, groupId: string, id: string): void {
  tx.publish({
    type,
    groupId,
    recordKind: 'track_pair',
    recordId: id,
    access: { groupId, visibility: 'shared', party: '', classificationRank: 0 },
  });
}

async function requireManageablePair(ctx: ServiceContext, id: string): Promise<GroupPair> {
  if (!ctx.actor) throw unauthenticated();
  const pair = await findTrackPair(ctx.db, id);
  if (!pair || roleIn(ctx.actor, pair.groupId) === null) throw notFound('track pair');
  if (!canManageTrackPairs(ctx.actor, pair.groupId))
    throw forbidden('not_allowed', 'Only a co-chair sets which tracks move together');
  return pair;
}

export async function updateTrackPair(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateTrackPairInputSchema>,
  checkVersion: (current: GroupPair) => void,
): Promise<GroupPair> {
  const current = await requireManageablePair(ctx, id);
  checkVersion(current);
  await inTransaction(ctx, async (tx) => {
    const trackA = input.trackA ?? current.trackA;
    const trackB = input.trackB ?? current.trackB;
    await checkPairTracks(tx, current.groupId, trackA, trackB, id);
    const result = await tx.trx
      .updateTable('trackPairs')
      .set({ ...input, version: current.version + 1, updatedAt: tx.nowIso })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new AppError('precondition_failed', 'The pair changed meanwhile; reload and try again', {
        status: 412,
      });
    }
    await tx.audit({
      action: 'track_pair.update',
      recordKind: 'track_pair',
      recordId: id,
      groupId: current.groupId,
      details: { ...input },
    });
    publishPairEvent(tx, 'track_pair.updated', current.groupId, id);
    await evaluateTempoBreaches(tx, current.groupId);
  });
  return (await findTrackPair(ctx.db, id))!;
}

/** Removes a pair and its open breaches; nobody is told "ended" for a pair that no longer exists. */
export async function deleteTrackPair(ctx: ServiceContext, id: string): Promise<void> {
  const current = await requireManageablePair(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await tx.trx.deleteFrom('tempoOpenBreaches').where('pairId', '=', id).execute();
    await tx.trx.deleteFrom('trackPairs').where('id', '=', id).execute();
    await tx.audit({
      action: 'track_pair.delete',
      recordKind: 'track_pair',
      recordId: id,
      groupId: current.groupId,
      details: { trackA: current.trackA, trackB: current.trackB, tolerance: Number(current.tolerance) },
    });
    publishPairEvent(tx, 'track_pair.deleted', current.groupId, id);
  });
}
