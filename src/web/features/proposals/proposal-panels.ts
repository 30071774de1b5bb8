import type { ComponentType } from 'react';
import type { Proposal } from '../../../core/contract/proposals.js';
import { ExemptionsPanel } from '../exemptions/exemptions-panel.js';
import { ScreeningPanel } from '../screening/screening-panel.js';

export type ProposalPanel = ComponentType<{ proposal: Proposal }>;

/**
 * Extension slot of the proposal page, rendered between the positions and the comments. The screening panel
 * and the exemption editor register here (one push each), so that they need not edit the page.
 */
export const proposalPanels: ProposalPanel[] = [];
proposalPanels.push(ScreeningPanel);
proposalPanels.push(ExemptionsPanel);
