import fs from 'node:fs/promises';
import type { ServiceContext } from '../../context.js';
import type { DemoWorld } from '../../demo/seeders.js';
import { buildActor } from '../auth/auth.service.js';
import { createExemptionRequest, updateExemptionRequest } from '../exemptions/exemptions.service.js';
import { findUserByEmail } from '../users/users.repository.js';
import { SHIPPED_LIST_FILE } from './sanctions.list-file.js';
import { importSanctionsList } from './sanctions.service.js';

const KR_CHAIR = 'lee.dohoon@mofa.kr.example';
const KR_MOU = 'director.exchange@mou.kr.example';
const RAILWAY_SURVEY = 'Joint inter-Korean railway survey';

/** The shipped UN list, imported before the proposals so that they are screened when created. */
export async function seedDemoSanctionsList(ctx: ServiceContext): Promise<void> {
  const xml = await fs.readFile(SHIPPED_LIST_FILE, 'utf8');
  await importSanctionsList({ ...ctx, actor: null }, xml);
}

async function as(ctx: ServiceContext, email: string, at: string): Promise<ServiceContext> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user) throw new Error(`demo user ${email} is missing`);
  const fixed = new Date(at);
  return { ...ctx, actor: await buildActor(ctx, user, { method: 'system' }), clock: { now: () => fixed } };
}

/**
 * The railway survey's exemption request, drafted by the Ministry of Unification and submitted by the co-chair,
 * so that the demo can record the Committee's approval and clear the survey.
 */
export async function seedDemoScreening(ctx: ServiceContext, world: DemoWorld): Promise<void> {
  const survey = await ctx.db
    .selectFrom('proposals')
    .select('id')
    .where('groupId', '=', world.groupId)
    .where('title', '=', RAILWAY_SURVEY)
    .executeTakeFirst();
  if (!survey) return;
  const drafted = await createExemptionRequest(
    await as(ctx, KR_MOU, '2018-11-19T01:00:00.000Z'),
    survey.id,
    {},
  );
  await updateExemptionRequest(
    await as(ctx, KR_CHAIR, '2018-11-21T23:00:00.000Z'),
    drafted.row.id,
    { status: 'submitted' },
    () => undefined,
  );
}
