import type { ServiceContext } from '../../context.js';
import type { Queryable, Trx } from '../../db/database.js';
import { listApprovedExemptions, listApprovedExemptionsOf } from '../exemptions/exemptions.repository.js';
import type { ProposalRecord } from '../proposals/proposals.model.js';
import {
  exemptionCovers,
  findGoodsFindings,
  type ApprovedExemption,
  type Coverage,
  type StoredGoodsFinding,
} from './screening.goods.js';
import {
  findDispositions,
  findDispositionsOf,
  findHits,
  findHitsOfRuns,
  findLatestRun,
  findRunsOf,
  type DispositionRow,
  type HitRow,
  type RunRow,
} from './screening.repository.js';

export interface Blocker {
  code: string;
  message: string;
}

export interface AssessedHit {
  hit: HitRow;
  current: DispositionRow | null;
  history: DispositionRow[];
}

export interface AssessedGoods extends StoredGoodsFinding {
  coveredBy: string | null;
}

export interface Assessment {
  run: RunRow | null;
  hits: AssessedHit[];
  goods: AssessedGoods[];
  blockers: Blocker[];
  /** The date the exemptions must be valid on: the planned date, or today without one. */
  onDate: string;
}

function parseCovers(text: string): Coverage[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as Coverage[]) : [];
  } catch {
    return [];
  }
}

/** Dispositions belong to the counterparty name and the listed entry, so a re-screen keeps them. */
export function dispositionKey(counterpartyName: string, referenceNumber: string): string {
  return `${counterpartyName.trim().toLowerCase()}\u0000${referenceNumber}`;
}

function describeScore(score: number): string {
  return score.toFixed(2);
}

/**
 * The latest screening of a proposal, its dispositions and the coverage of its goods by approved exemptions, with
 * what holds it back from clearance. Goods are checked against the proposal as it is now.
 */
export async function assessProposal(
  db: Queryable | Trx,
  ctx: ServiceContext,
  proposal: ProposalRecord,
): Promise<Assessment> {
  const run = (await findLatestRun(db, proposal.id)) ?? null;
  const hitRows = run ? await findHits(db, run.id) : [];
  const dispositions = hitRows.length > 0 ? await findDispositions(db, proposal.id) : [];
  const underMeasures = findGoodsFindings(proposal.items).some((f) => f.measures.length > 0);
  const approved = underMeasures ? await listApprovedExemptions(db, proposal.id) : [];
  return judgeProposal(ctx, proposal, { run, hitRows, dispositions, approved });
}

export interface AssessmentData {
  run: RunRow | null;
  hitRows: HitRow[];
  dispositions: DispositionRow[];
  approved: { id: string; approvedOn: string | null; validUntil: string | null; covers: string }[];
}

/** The same assessment for a page of proposals, from four queries instead of up to four each. */
export async function assessProposals(
  db: Queryable | Trx,
  ctx: ServiceContext,
  proposals: ProposalRecord[],
): Promise<Map<string, Assessment>> {
  const out = new Map<string, Assessment>();
  if (proposals.length === 0) return out;
  const ids = proposals.map((p) => p.id);
  const latest = new Map<string, RunRow>();
  for (const run of await findRunsOf(db, ids))
    if (!latest.has(run.proposalId)) latest.set(run.proposalId, run);
  const runIds = [...latest.values()].map((r) => r.id);
  const hits = runIds.length > 0 ? await findHitsOfRuns(db, runIds) : [];
  const withHits = [
    ...new Set(hits.map((h) => [...latest.values()].find((r) => r.id === h.runId)!.proposalId)),
  ];
  const dispositions = withHits.length > 0 ? await findDispositionsOf(db, withHits) : [];
  const withGoods = proposals
    .filter((p) => findGoodsFindings(p.items).some((f) => f.measures.length > 0))
    .map((p) => p.id);
  const approved = withGoods.length > 0 ? await listApprovedExemptionsOf(db, withGoods) : [];
  for (const proposal of proposals) {
    const run = latest.get(proposal.id) ?? null;
    out.set(
      proposal.id,
      judgeProposal(ctx, proposal, {
        run,
        hitRows: run ? hits.filter((h) => h.runId === run.id) : [],
        dispositions: dispositions.filter((d) => d.proposalId === proposal.id),
        approved: approved.filter((e) => e.proposalId === proposal.id),
      }),
    );
  }
  return out;
}

/** What holds a proposal back, from what was loaded for it. */
function judgeProposal(ctx: ServiceContext, proposal: ProposalRecord, data: AssessmentData): Assessment {
  const { run } = data;
  const blockers: Blocker[] = [];
  const hits: AssessedHit[] = [];
  if (run) {
    const dispositions = data.dispositions;
    for (const hit of data.hitRows) {
      const key = dispositionKey(hit.counterpartyName, hit.referenceNumber);
      const history = dispositions.filter(
        (d) => dispositionKey(d.counterpartyName, d.referenceNumber) === key,
      );
      const current = history.at(-1) ?? null;
      hits.push({ hit, current, history });
      const who = `"${hit.counterpartyName}" may be ${hit.listedName} (${hit.referenceNumber}, score ${describeScore(hit.scoreMilli / 1000)})`;
      if (!current) {
        blockers.push({
          code: 'screening_hit_undispositioned',
          message: `Sanctions screening hit without a disposition: ${who}. A co-chair or delegate must record true match or false positive`,
        });
      } else if (current.disposition === 'true_match') {
        blockers.push({
          code: 'screening_true_match',
          message: `Counterparty "${hit.counterpartyName}" is listed by the UN Security Council as ${hit.listedName} (${hit.referenceNumber}); recorded as a true match; remove the counterparty`,
        });
      }
    }
  }
  if (proposal.counterparties.length > 0 && (!run || run.listVersionId === null)) {
    blockers.push({
      code: 'screening_missing',
      message:
        'The counterparties have not been screened against a UN sanctions list yet; import the list first',
    });
  }

  const onDate = proposal.plannedFor ?? ctx.clock.now().toISOString().slice(0, 10);
  const findings = findGoodsFindings(proposal.items);
  const underMeasures = findings.filter((f) => f.measures.length > 0);
  const approved: ApprovedExemption[] =
    underMeasures.length > 0 ? data.approved.map((e) => ({ ...e, covers: parseCovers(e.covers) })) : [];
  const goods: AssessedGoods[] = findings.map((f) => ({
    ...f,
    coveredBy:
      f.measures.length > 0 ? (approved.find((e) => exemptionCovers(e, f, onDate))?.id ?? null) : null,
  }));
  for (const finding of goods) {
    if (finding.measures.length === 0 || finding.coveredBy) continue;
    const citations = finding.measures.map((m) => `${m.title} — ${m.citation}`).join('; ');
    blockers.push({
      code: 'exemption_required',
      message: `Item "${finding.description}" (HS ${finding.hsCode ?? '?'}) falls under UN sanctions measures (${citations}); no approved 1718 Committee exemption valid on ${onDate} covers it`,
    });
  }
  return { run, hits, goods, blockers, onDate };
}

/** The clearance condition of screening and exemptions, for the proposals module. */
export const screeningClearanceConditions = Object.assign(
  async (db: Queryable | Trx, ctx: ServiceContext, proposal: ProposalRecord): Promise<Blocker[]> =>
    (await assessProposal(db, ctx, proposal)).blockers,
  {
    many: async (db: Queryable | Trx, ctx: ServiceContext, proposals: ProposalRecord[]) => {
      const assessed = await assessProposals(db, ctx, proposals);
      return new Map([...assessed].map(([id, a]) => [id, a.blockers]));
    },
  },
);
