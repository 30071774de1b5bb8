import type { ExemptionSections } from '../../../core/contract/exemptions.js';
import type { ProposalRecord } from '../proposals/proposals.model.js';
import { findGoodsFindings } from '../screening/screening.goods.js';

function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** The request's sections prefilled from the proposal; the proposing party edits them before submitting. */
export function draftSections(proposal: ProposalRecord, partyName: string): ExemptionSections {
  const findings = findGoodsFindings(proposal.items);
  const under = findings.filter((f) => f.measures.length > 0);
  const nature = [
    `The Government of the ${partyName} requests an exemption for: ${proposal.title}.`,
    proposal.summary,
    proposal.location ? `Location: ${proposal.location}.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const recipients =
    proposal.counterparties.length > 0
      ? [
          'Counterparts in the DPRK:',
          ...proposal.counterparties.map(
            (c) => `- ${c.name} (${c.kind}${c.country ? `, ${c.country}` : ''})`,
          ),
          '',
          'They were chosen as the authorities responsible for the project. Each was screened against the ' +
            'Security Council Consolidated List before this request; none is a designated individual or entity.',
        ].join('\n')
      : 'No DPRK person or entity receives goods or funds.';
  const justification =
    under.length > 0
      ? [
          'The following items fall under measures imposed by the Security Council:',
          ...under.flatMap((f) => [
            `- ${f.description} (HS ${f.hsCode ?? '?'}):`,
            ...f.measures.map((m) => `    ${m.title} — ${m.citation}: ${m.description}`),
          ]),
        ].join('\n')
      : 'No item of the project falls under a measure of the Security Council resolutions.';
  const goods =
    proposal.items.length > 0
      ? proposal.items
          .map((item) => {
            const parts = [
              item.description,
              item.quantity !== null
                ? `quantity ${formatNumber(item.quantity)}${item.unit ? ` ${item.unit}` : ''}`
                : '',
              item.hsCode ? `HS ${item.hsCode}` : 'HS code to be given',
              item.valueUsd !== null ? `value US$${formatNumber(item.valueUsd)}` : 'value to be given',
              item.endUser ? `end user: ${item.endUser}` : '',
            ].filter(Boolean);
            return `- ${parts.join('; ')}`;
          })
          .join('\n')
      : 'No goods are supplied.';
  const timeline = [
    proposal.plannedFor ? `Planned for ${proposal.plannedFor}.` : 'Dates to be given.',
    proposal.location ? `Route and place: ${proposal.location}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const financial =
    proposal.fundsTransfers.length > 0
      ? proposal.fundsTransfers
          .map((f) => `- ${f.currency} ${formatNumber(f.amount)} through ${f.channel}`)
          .join('\n')
      : 'No funds are transferred to the DPRK or to any DPRK person or entity.';
  const monitoring =
    'The goods stay under the control of the end users named above for the duration of the project; items not ' +
    'consumed are brought back at its end. The proposing Government will report to the Committee on the use ' +
    'of the goods within 30 days after completion.';
  return { nature, recipients, justification, goods, timeline, financial, monitoring };
}
