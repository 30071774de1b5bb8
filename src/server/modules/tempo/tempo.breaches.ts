import {
  diffBreachState,
  listOpenBreaches,
  type Leader,
  type OpenBreach,
} from '../../../core/tempo/index.js';
import type { AppDeps, ServiceContext } from '../../context.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { listTempoMilestonesSharedByAll } from '../milestones/milestones.repository.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { computeGroupTempo, dateOf, findHistoryStart, type GroupTempo } from './tempo.compute.js';
import {
  listCoChairIds,
  listGroupsWithPairs,
  listOpenBreachRows,
  toTempoMilestone,
} from './tempo.repository.js';

// Visibility makes the index a per-party picture: a KR-only milestone moves KR's index and not the US's.
// An alert that goes to both co-chairs must rest on a picture both share, so breaches for notifications are
// computed over the milestones every member may see: visibility 'shared' at the lowest classification.
// Party-only and classified milestones still count in each user's own tempo view, never in the alert.

export interface BreachChanges {
  started: OpenBreach[];
  ended: OpenBreach[];
}

function leaderSide(value: string): Leader {
  return value === 'B' ? 'B' : 'A';
}

/**
 * Compares the group's breaches now (shared milestones, up to today) with the table of open breaches, records
 * the difference and tells both co-chairs once when a breach begins and once when it ends. Runs in the
 * caller's transaction, after its write. `notify: false` records without telling (demo history).
 */
export async function evaluateTempoBreaches(
  tx: Tx,
  groupId: string,
  options: { notify?: boolean } = {},
): Promise<BreachChanges> {
  const previousRows = await listOpenBreachRows(tx.trx, groupId);
  const milestones = (await listTempoMilestonesSharedByAll(tx.trx, groupId)).map(toTempoMilestone);
  const to = dateOf(tx.now);
  const tempo = await computeGroupTempo(tx.trx, groupId, milestones, {
    from: findHistoryStart(milestones, to),
    to,
  });
  if (tempo.pairs.length === 0 && previousRows.length === 0) return { started: [], ended: [] };

  const previous: OpenBreach[] = previousRows.map((r) => ({
    pairId: r.pairId,
    startedOn: r.startedOn,
    leader: leaderSide(r.leader),
    maxGap: Number(r.maxGap),
  }));
  const { started, ended } = diffBreachState(previous, listOpenBreaches(tempo.result));
  const coChairs = options.notify === false ? [] : await listCoChairIds(tx.trx, groupId);
  const recorded: BreachChanges = { started: [], ended: [] };

  for (const breach of started) {
    // The row is the lock: of two evaluations at once, only the one that inserts it notifies.
    const inserted = await tx.trx
      .insertInto('tempoOpenBreaches')
      .values({
        pairId: breach.pairId,
        groupId,
        startedOn: breach.startedOn,
        leader: breach.leader,
        maxGap: breach.maxGap ?? 0,
        openedAt: tx.nowIso,
      })
      .onConflict((oc) => oc.columns(['pairId', 'startedOn', 'leader']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
    recorded.started.push(breach);
    if (coChairs.length > 0) await notifyBreach(tx, groupId, tempo, breach, 'start', coChairs);
  }
  for (const breach of ended) {
    const deleted = await tx.trx
      .deleteFrom('tempoOpenBreaches')
      .where('pairId', '=', breach.pairId)
      .where('startedOn', '=', breach.startedOn)
      .where('leader', '=', breach.leader)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) continue;
    recorded.ended.push(breach);
    const pairStillExists = tempo.pairs.some((p) => p.id === breach.pairId);
    if (coChairs.length > 0 && pairStillExists)
      await notifyBreach(tx, groupId, tempo, breach, 'end', coChairs);
  }
  if (recorded.started.length + recorded.ended.length > 0) {
    await tx.audit({
      action: 'tempo.breach_state',
      recordKind: 'group',
      recordId: groupId,
      groupId,
      details: {
        started: recorded.started.map((b) => `${b.pairId}|${b.startedOn}|${b.leader}`),
        ended: recorded.ended.map((b) => `${b.pairId}|${b.startedOn}|${b.leader}`),
        notified: options.notify !== false,
      },
    });
  }
  return recorded;
}

async function notifyBreach(
  tx: Tx,
  groupId: string,
  tempo: GroupTempo,
  breach: OpenBreach,
  phase: 'start' | 'end',
  coChairs: string[],
): Promise<void> {
  const pair = tempo.pairs.find((p) => p.id === breach.pairId);
  if (!pair) return;
  const nameOf = (trackId: string) => tempo.tracks.find((t) => t.id === trackId)?.nameEn ?? 'a track';
  const [ahead, behind] = breach.leader === 'A' ? [pair.trackA, pair.trackB] : [pair.trackB, pair.trackA];
  const pairTempo = tempo.result.pairs.find((p) => p.id === pair.id);
  const history = pairTempo?.breaches.find(
    (b) => b.startedOn === breach.startedOn && b.leader === breach.leader,
  );
  const title =
    phase === 'start'
      ? `Tempo mismatch: ${nameOf(ahead)} ahead of ${nameOf(behind)}`
      : `Tempo mismatch ended: ${nameOf(ahead)} and ${nameOf(behind)}`;
  const body =
    phase === 'start'
      ? `Since ${breach.startedOn}, ${nameOf(ahead)} leads ${nameOf(behind)} by ${formatPoints(
          breach.maxGap ?? 0,
        )} points at most, beyond the agreed tolerance of ${formatPoints(Number(pair.tolerance))}. ` +
        'Counted over the milestones shared with every party.'
      : `The gap that opened on ${breach.startedOn} is back within the tolerance of ${formatPoints(
          Number(pair.tolerance),
        )} points${history?.endedOn ? ` (last day beyond it: ${history.endedOn})` : ''}.`;
  await notifyUsers(tx, {
    userIds: coChairs,
    access: { groupId, visibility: 'shared', party: '', classificationRank: 0 },
    kind: phase === 'start' ? 'tempo.breach_started' : 'tempo.breach_ended',
    title,
    body,
    link: `/groups/${groupId}/tempo`,
    recordKind: 'track_pair',
    recordId: pair.id,
    dedupeKey: `tempo:${pair.id}:${breach.startedOn}:${breach.leader}:${phase}`,
  });
}

function formatPoints(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

/** Periodic task: the calendar moves on (a dated milestone comes due), so evaluate every group with pairs. */
export async function evaluateAllTempoBreaches(deps: AppDeps): Promise<void> {
  const ctx: ServiceContext = { ...deps, actor: null, requestId: null, ip: null };
  for (const groupId of await listGroupsWithPairs(deps.db)) {
    await inTransaction(ctx, (tx) => evaluateTempoBreaches(tx, groupId));
  }
}
