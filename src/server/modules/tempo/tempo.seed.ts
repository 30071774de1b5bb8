import {
  DEMO_2018_MILESTONES,
  DEMO_2018_PAIR,
  DEMO_2018_TRACKS,
  type DemoMilestone,
} from '../../../core/tempo/index.js';
import { classificationRank, type ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import type { DemoWorld } from '../../demo/seeders.js';
import { newId } from '../../ids.js';
import { indexForSearch } from '../search/search-index.js';
import { evaluateTempoBreaches } from './tempo.breaches.js';

const KR_CHAIR = 'lee.dohoon@mofa.kr.example';
const US_CHAIR = 'stephen.biegun@state.us.example';
const CREATED_AT = '2018-10-30T03:00:00.000Z';

/** The humanitarian track of scenario.md, which the pure demo data leaves out. */
const HUMANITARIAN: readonly (DemoMilestone & { party: string })[] = [
  {
    id: 'hu-us-resumption',
    trackId: 'humanitarian',
    title: 'US signals resumption of humanitarian assistance',
    weight: 2,
    status: 'achieved',
    achievedOn: '2018-12-19',
    reversedOn: null,
    targetDate: '2018-12-21',
    party: 'US',
  },
  {
    id: 'hu-8-million',
    trackId: 'humanitarian',
    title: 'US$8 million humanitarian assistance through international agencies delivered',
    weight: 3,
    status: 'planned',
    achievedOn: null,
    reversedOn: null,
    targetDate: null,
    party: 'KR',
  },
];

function trackKeyOf(demoTrackId: string): string {
  return DEMO_2018_TRACKS.find((t) => t.id === demoTrackId)?.key ?? demoTrackId;
}

/**
 * The 2018 milestones and the inter-Korean ↔ denuclearization pair, so that the demo shows the drift of
 * late 2018. The breach open today is recorded as already known: loading history sends nobody an e-mail.
 */
export async function seedDemoTempo(ctx: ServiceContext, world: DemoWorld): Promise<void> {
  const rank = 0;
  const classification = ctx.config.classificationLevels[0] ?? 'UNCLASSIFIED';
  if (classificationRank(ctx.config, classification) !== rank) return;
  const milestones = [
    ...DEMO_2018_MILESTONES.map((m) => ({ ...m, party: m.trackId === 'inter-korean' ? 'KR' : 'US' })),
    ...HUMANITARIAN,
  ];
  await inTransaction(ctx, async (tx) => {
    for (const m of milestones) {
      const trackId = world.tracks.get(trackKeyOf(m.trackId));
      const authorId = world.users.get(m.party === 'KR' ? KR_CHAIR : US_CHAIR);
      if (!trackId || !authorId) continue;
      const id = newId();
      const access = {
        groupId: world.groupId,
        visibility: 'shared',
        party: m.party,
        classificationRank: rank,
      };
      await tx.trx
        .insertInto('milestones')
        .values({
          id,
          ...access,
          trackId,
          classification,
          title: m.title,
          weight: m.weight,
          status: m.status,
          targetDate: m.targetDate,
          achievedOn: m.achievedOn,
          reversedOn: m.reversedOn,
          evidence: '[]',
          authorId,
          version: 1,
          createdAt: CREATED_AT,
          updatedAt: CREATED_AT,
        })
        .execute();
      await indexForSearch(tx.trx, ctx.dbKind, {
        recordKind: 'milestone',
        recordId: id,
        ...access,
        title: m.title,
        body: '',
      });
    }
    const trackA = world.tracks.get(trackKeyOf(DEMO_2018_PAIR.trackA));
    const trackB = world.tracks.get(trackKeyOf(DEMO_2018_PAIR.trackB));
    if (trackA && trackB) {
      await tx.trx
        .insertInto('trackPairs')
        .values({
          id: newId(),
          groupId: world.groupId,
          trackA,
          trackB,
          tolerance: DEMO_2018_PAIR.tolerance,
          version: 1,
          createdAt: CREATED_AT,
          updatedAt: CREATED_AT,
        })
        .execute();
    }
    await tx.audit({
      action: 'demo.tempo',
      groupId: world.groupId,
      details: { milestones: milestones.length, pairs: trackA && trackB ? 1 : 0 },
    });
    await evaluateTempoBreaches(tx, world.groupId, { notify: false });
  });
}
