import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/contract/common.js';
import type { Actor } from '../../src/server/modules/access/actor.js';
import { canSeeRecord, visibleTo } from '../../src/server/modules/access/access.policy.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const GROUPS = ['ga', 'gb'];
const PARTIES = ['KR', 'US', 'JP'];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.runtime.deps.db;
  const author = t.world.users.get('lee.dohoon@mofa.kr.example')!;
  for (const g of GROUPS) {
    await db
      .insertInto('groups')
      .values({
        id: g,
        nameEn: g,
        nameKo: null,
        mandate: '',
        parties: '["KR","US","JP"]',
        noticePeriodDays: 7,
        clearanceRule: 'concurrence',
        classificationLevels: '[]',
        note: null,
        version: 1,
        createdAt: 'x',
        updatedAt: 'x',
      })
      .execute();
  }
  let n = 0;
  for (const g of GROUPS) {
    for (const party of PARTIES) {
      for (const visibility of ['shared', 'party']) {
        for (const rank of [0, 1, 2]) {
          n += 1;
          await db
            .insertInto('documents')
            .values({
              id: `d${n}`,
              groupId: g,
              visibility,
              party,
              classification: 'X',
              classificationRank: rank,
              title: 't',
              body: 'b',
              kind: 'other',
              authorId: author,
              version: 1,
              createdAt: 'x',
              updatedAt: 'x',
            })
            .execute();
        }
      }
    }
  }
});
afterAll(async () => t?.close());

const actorArb = fc.record({
  party: fc.constantFrom<string | null>('KR', 'US', 'JP', null),
  rank: fc.integer({ min: -1, max: 2 }),
  memberships: fc
    .subarray(GROUPS)
    .chain((groups) =>
      fc.tuple(
        ...groups.map((g) =>
          fc.tuple(fc.constant(g), fc.constantFrom<Role>('co_chair', 'delegate', 'staff', 'observer')),
        ),
      ),
    ),
});

describe('the SQL filter and the policy predicate', () => {
  it('agree on every record for every kind of actor', async () => {
    const rows = await t.runtime.deps.db
      .selectFrom('documents')
      .select(['id', 'groupId', 'visibility', 'party', 'classificationRank'])
      .where('id', 'like', 'd%')
      .execute();
    await fc.assert(
      fc.asyncProperty(actorArb, async ({ party, rank, memberships }) => {
        const actor: Actor = {
          userId: 'u',
          email: 'e',
          displayName: 'd',
          party,
          agencyId: null,
          clearance: 'X',
          clearanceRank: rank,
          isAdmin: false,
          isAuditor: false,
          locale: 'en',
          timeZone: 'UTC',
          memberships: new Map(memberships),
          auth: { method: 'system' },
        };
        const bySql = (
          await t.runtime.deps.db
            .selectFrom('documents')
            .select('id')
            .where('id', 'like', 'd%')
            .where(visibleTo(actor, 'documents'))
            .execute()
        )
          .map((r) => r.id)
          .sort();
        const byPolicy = rows
          .filter((r) => canSeeRecord(actor, r))
          .map((r) => r.id)
          .sort();
        expect(bySql).toEqual(byPolicy);
      }),
      { numRuns: 60, seed: 20181120 },
    );
  });
});
