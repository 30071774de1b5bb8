import { i18n } from '../../i18n/index.js';
import type { AttentionSource } from '../groups/needs-attention.js';
import { fetchProposals } from './proposal-queries.js';

/** Proposals waiting on the user's party (to acknowledge, answer or clear), for the group home. */
export const proposalsWaitingOnMe: AttentionSource = {
  key: 'proposals',
  query: (groupId) => ({
    // The language is part of the key: the titles come back translated.
    queryKey: ['proposals', groupId, 'waitingOnMe', i18n.language],
    queryFn: async () =>
      (await fetchProposals(groupId, { waitingOnMe: '1' })).map((p) => ({
        id: `proposal-${p.id}`,
        title: i18n.t('proposals:attention.waiting', { title: p.title, party: p.proposingParty }),
        to: `/proposals/${p.id}`,
        ...(p.noticeEndsAt ? { due: p.noticeEndsAt } : {}),
      })),
  }),
};
