import type { Queryable } from '../../db/database.js';
import { milestoneStatusSchema } from '../../../core/contract/milestones.js';
import type { TempoMilestone } from '../../../core/tempo/index.js';

export function findTrackPair(db: Queryable, id: string) {
  return db.selectFrom('trackPairs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTrackPairs(db: Queryable, groupId: string) {
  return db
    .selectFrom('trackPairs')
    .selectAll()
    .where('groupId', '=', groupId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export function listGroupTracks(db: Queryable, groupId: string) {
  return db
    .selectFrom('tracks')
    .select(['id', 'key', 'nameEn', 'nameKo'])
    .where('groupId', '=', groupId)
    .orderBy('createdAt')
    .orderBy('key')
    .execute();
}

export function listOpenBreachRows(db: Queryable, groupId: string) {
  return db.selectFrom('tempoOpenBreaches').selectAll().where('groupId', '=', groupId).execute();
}

export async function listCoChairIds(db: Queryable, groupId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('userId')
    .where('groupId', '=', groupId)
    .where('role', '=', 'co_chair')
    .execute();
  return rows.map((r) => r.userId);
}

/** Groups with at least one pair of tracks: the only ones a breach can happen in. */
export async function listGroupsWithPairs(db: Queryable): Promise<string[]> {
  const rows = await db.selectFrom('trackPairs').select('groupId').distinct().execute();
  return rows.map((r) => r.groupId);
}

interface TempoMilestoneRow {
  id: string;
  trackId: string;
  weight: number;
  status: string;
  achievedOn: string | null;
  reversedOn: string | null;
}

export function toTempoMilestone(row: TempoMilestoneRow): TempoMilestone {
  return {
    id: row.id,
    trackId: row.trackId,
    weight: Number(row.weight),
    status: milestoneStatusSchema.catch('planned').parse(row.status),
    achievedOn: row.achievedOn,
    reversedOn: row.reversedOn,
  };
}
