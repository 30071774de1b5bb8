import type { z } from 'zod';
import type { proposalScreeningSchema, ScreeningHit } from '../../../core/contract/screening.js';
import type { DispositionRow } from './screening.repository.js';
import type { AssessedHit } from './screening.assess.js';
import { canDisposition, canRescreen, type ScreeningView } from './screening.service.js';

type ProposalScreening = z.infer<typeof proposalScreeningSchema>;

const REASONS = ['created', 'material_edit', 'list_import', 'manual'] as const;

function presentDisposition(d: DispositionRow) {
  return {
    id: d.id,
    disposition: d.disposition === 'true_match' ? ('true_match' as const) : ('false_positive' as const),
    reason: d.reason,
    party: d.party,
    by: d.actorId ? { id: d.actorId, displayName: d.actorName ?? '' } : null,
    at: d.at,
  };
}

function presentHit(h: AssessedHit, mayDisposition: boolean): ScreeningHit {
  return {
    id: h.hit.id,
    counterpartyName: h.hit.counterpartyName,
    referenceNumber: h.hit.referenceNumber,
    listedName: h.hit.listedName,
    matchedName: h.hit.matchedName,
    score: h.hit.scoreMilli / 1000,
    explanation: h.hit.explanation,
    regime: h.hit.regime,
    kind: h.hit.kind === 'entity' ? 'entity' : 'individual',
    disposition: h.current ? presentDisposition(h.current) : null,
    history: h.history.map(presentDisposition),
    abilities: { disposition: mayDisposition },
  };
}

export function presentScreening(view: ScreeningView): ProposalScreening {
  const { assessment, proposal, actor } = view;
  const run = assessment.run;
  const mayDisposition =
    canDisposition(actor, proposal) && proposal.status !== 'executed' && proposal.status !== 'withdrawn';
  return {
    proposalId: proposal.id,
    run: run
      ? {
          id: run.id,
          proposalId: proposal.id,
          listVersionId: run.listVersionId,
          listDateGenerated: run.listDateGenerated ?? null,
          reason: REASONS.find((r) => r === run.reason) ?? 'manual',
          at: run.at,
          hits: assessment.hits.map((h) => presentHit(h, mayDisposition)),
          goods: assessment.goods,
          blockers: assessment.blockers,
        }
      : null,
    abilities: { rescreen: canRescreen(actor, proposal) },
  };
}
