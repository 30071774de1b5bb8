import { i18n } from '../../i18n/index.js';
import { formatDate } from '../../lib/datetime.js';
import type { AttentionSource } from '../groups/needs-attention.js';
import { fetchTimeline } from './timeline-queries.js';

/** Events found in sources that wait for a member to accept or reject them (the server's abilities say who). */
export const timelineCandidatesToDecide: AttentionSource = {
  key: 'timeline',
  query: (groupId) => ({
    // The language is part of the key: the titles come back translated.
    queryKey: ['timeline_events', groupId, 'attention', i18n.language],
    queryFn: async () =>
      (await fetchTimeline(groupId)).candidates
        .filter((c) => c.abilities.accept === true)
        .map((c) => ({
          id: `timeline-${c.id}`,
          title: i18n.t('timeline:attention.decide', {
            title: c.title,
            date: formatDate(c.date, i18n.language),
          }),
          to: `/groups/${groupId}/timeline#candidate-${c.id}`,
        })),
  }),
};
