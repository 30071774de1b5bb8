import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppDeps, ServiceContext } from '../context.js';
import { classificationRank } from '../context.js';
import { inTransaction } from '../db/unit-of-work.js';
import { newId } from '../ids.js';
import { systemContext } from '../runtime.js';
import { indexForSearch } from '../modules/search/search-index.js';
import { createUser } from '../modules/users/users.service.js';
import { DEMO_ACCOUNTS, DEMO_AGENCIES, DEMO_PARTIES } from './demo-people.js';
import { DEMO_DOCUMENTS, DEMO_GROUP, DEMO_TRACKS } from './demo-group.js';
import { demoSeeders, type DemoWorld } from './seeders.js';

export interface DemoResult {
  loaded: boolean;
  password: string | null;
  credentialsFile: string | null;
}

/** Loads the 2018 group into an empty database; does nothing when any user exists. */
export async function loadDemoIfEmpty(deps: AppDeps): Promise<DemoResult> {
  const anyUser = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return { loaded: false, password: null, credentialsFile: null };
  const password = deps.config.demoPassword ?? randomBytes(12).toString('base64url');
  const ctx = systemContext(deps);
  const world = await loadDemoGroup(ctx, password);
  for (const seed of demoSeeders) await seed(ctx, world);

  let credentialsFile: string | null = null;
  if (!deps.config.demoPassword) {
    credentialsFile = path.join(deps.config.dataDir, 'demo-credentials.txt');
    fs.mkdirSync(deps.config.dataDir, { recursive: true });
    const lines = DEMO_ACCOUNTS.map((a) => `${a.email}\t${password}`).join('\n');
    fs.writeFileSync(credentialsFile, `# Lockstep demo accounts (historical scenario, 2018)\n${lines}\n`, {
      mode: 0o600,
    });
    fs.chmodSync(credentialsFile, 0o600);
  }
  return { loaded: true, password: deps.config.demoPassword ? null : password, credentialsFile };
}

async function loadDemoGroup(ctx: ServiceContext, password: string): Promise<DemoWorld> {
  await inTransaction(ctx, async (tx) => {
    for (const p of DEMO_PARTIES)
      await tx.trx
        .insertInto('parties')
        .values({ ...p })
        .execute();
    for (const a of DEMO_AGENCIES) {
      await tx.trx
        .insertInto('agencies')
        .values({ id: `${a.party}-${a.code}`, ...a })
        .execute();
    }
    await tx.audit({
      action: 'demo.reference_data',
      details: { parties: DEMO_PARTIES.length, agencies: DEMO_AGENCIES.length },
    });
  });

  const users = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await createUser(ctx, {
      email: account.email,
      displayName: account.displayName,
      password,
      party: account.party,
      agency: account.agency,
      title: account.title,
      clearance: account.clearance,
      nameVariants: account.nameVariants,
      isAdmin: account.isAdmin ?? false,
      isAuditor: account.isAuditor ?? false,
    });
    users.set(account.email, user.id);
  }

  const groupId = newId();
  const tracks = new Map<string, string>();
  await inTransaction(ctx, async (tx) => {
    const created = '2018-10-30T03:00:00.000Z';
    await tx.trx
      .insertInto('groups')
      .values({
        id: groupId,
        nameEn: DEMO_GROUP.nameEn,
        nameKo: DEMO_GROUP.nameKo,
        mandate: DEMO_GROUP.mandate,
        parties: JSON.stringify(['KR', 'US']),
        noticePeriodDays: 7,
        clearanceRule: 'concurrence',
        classificationLevels: JSON.stringify(ctx.config.classificationLevels),
        note: DEMO_GROUP.note,
        version: 1,
        createdAt: created,
        updatedAt: created,
      })
      .execute();
    for (const account of DEMO_ACCOUNTS) {
      if (!account.role) continue;
      await tx.trx
        .insertInto('memberships')
        .values({ groupId, userId: users.get(account.email)!, role: account.role, createdAt: created })
        .execute();
    }
    for (const t of DEMO_TRACKS) {
      const id = newId();
      tracks.set(t.key, id);
      await tx.trx
        .insertInto('tracks')
        .values({
          id,
          groupId,
          key: t.key,
          nameEn: t.nameEn,
          nameKo: t.nameKo,
          description: t.description,
          createdAt: created,
          updatedAt: created,
        })
        .execute();
    }
    for (const d of DEMO_DOCUMENTS) {
      const id = newId();
      const rank = classificationRank(ctx.config, d.classification);
      const access = { groupId, visibility: d.visibility, party: d.party, classificationRank: rank };
      await tx.trx
        .insertInto('documents')
        .values({
          id,
          ...access,
          classification: d.classification,
          title: d.title,
          body: d.body,
          kind: d.kind,
          authorId: users.get(d.author)!,
          version: 1,
          createdAt: d.createdAt,
          updatedAt: d.createdAt,
        })
        .execute();
      await indexForSearch(tx.trx, ctx.dbKind, {
        recordKind: 'document',
        recordId: id,
        ...access,
        title: d.title,
        body: d.body,
      });
    }
    await tx.audit({
      action: 'demo.group',
      recordKind: 'group',
      recordId: groupId,
      groupId,
      details: { name: DEMO_GROUP.nameEn },
    });
  });
  return { groupId, users, tracks };
}
