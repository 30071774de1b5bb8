import type { ClearanceConditions } from '../../../core/workflow/index.js';
import type { ServiceContext } from '../../context.js';
import type { Queryable, Trx } from '../../db/database.js';
import type { Tx } from '../../db/unit-of-work.js';
import type { ProposalRecord } from './proposals.model.js';
import { screeningClearanceConditions } from '../screening/screening.assess.js';
import { screenOnProposalChange } from '../screening/screening.service.js';

/**
 * Something outside the consultation that holds a proposal back from clearance, e.g. screening hits without
 * a disposition. Answers the blockers for this proposal (empty when none). `trx` is the open transaction
 * when clearing, the database when only displaying.
 */
export type ClearanceConditionProvider = ((
  trx: Queryable | Trx,
  ctx: ServiceContext,
  proposal: ProposalRecord,
) => Promise<{ code: string; message: string }[]>) & {
  /** The same answer for many proposals at once, for lists (optional; else asked one by one). */
  many?: (
    trx: Queryable | Trx,
    ctx: ServiceContext,
    proposals: ProposalRecord[],
  ) => Promise<Map<string, { code: string; message: string }[]>>;
};
/** Add a provider here (one line); every clear and every displayed clearance status asks all of them. */
export const clearanceConditionProviders: ClearanceConditionProvider[] = [screeningClearanceConditions];

/**
 * Called inside the writing transaction when a proposal is created or its items or counterparties change
 * (screening re-screens here); a hook that throws rolls the change back.
 */
export type ProposalChangeHook = (
  tx: Tx,
  proposal: ProposalRecord,
  change: 'created' | 'material_edit',
) => Promise<void>;

/** Add a hook here (one line). */
export const proposalChangeHooks: ProposalChangeHook[] = [screenOnProposalChange];

export async function collectClearanceConditions(
  trx: Queryable | Trx,
  ctx: ServiceContext,
  proposal: ProposalRecord,
): Promise<ClearanceConditions> {
  const blockers: { code: string; message: string }[] = [];
  for (const provider of clearanceConditionProviders) blockers.push(...(await provider(trx, ctx, proposal)));
  return { blockers };
}

/** The clearance conditions of many proposals, each provider asked once for all of them where it can be. */
export async function collectClearanceConditionsForMany(
  trx: Queryable | Trx,
  ctx: ServiceContext,
  proposals: ProposalRecord[],
): Promise<Map<string, ClearanceConditions>> {
  const out = new Map(proposals.map((p) => [p.id, { blockers: [] as { code: string; message: string }[] }]));
  for (const provider of clearanceConditionProviders) {
    const answers = provider.many
      ? await provider.many(trx, ctx, proposals)
      : new Map(await Promise.all(proposals.map(async (p) => [p.id, await provider(trx, ctx, p)] as const)));
    for (const [id, blockers] of answers) out.get(id)?.blockers.push(...blockers);
  }
  return out;
}

export async function runProposalChangeHooks(
  tx: Tx,
  proposal: ProposalRecord,
  change: 'created' | 'material_edit',
): Promise<void> {
  for (const hook of proposalChangeHooks) await hook(tx, proposal, change);
}
