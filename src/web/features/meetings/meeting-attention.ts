import type { Me } from '../../../core/contract/auth.js';
import type { MeetingOutcomeView } from '../../../core/contract/meetings.js';
import { apiRequest } from '../../api/client.js';
import { i18n } from '../../i18n/index.js';
import type { AttentionSource } from '../groups/needs-attention.js';

/** Overdue action items the user owns, for the group home. */
export const overdueActionItemsOfMine: AttentionSource = {
  key: 'action-items',
  query: (groupId) => ({
    // The language is part of the key: the titles come back translated.
    queryKey: ['meetings', groupId, 'attention', i18n.language],
    queryFn: async () => {
      const [me, items] = await Promise.all([
        apiRequest<Me>('/me'),
        apiRequest<{ items: MeetingOutcomeView[] }>(`/groups/${encodeURIComponent(groupId)}/action-items`, {
          query: { overdue: '1' },
        }),
      ]);
      return items.items
        .filter((o) => o.owner?.id === me.id)
        .map((o) => ({
          id: `action-item-${o.id}`,
          title: i18n.t('meetings:attention.overdue', { title: o.title }),
          to: `/meetings/${o.meetingId}`,
          ...(o.dueOn ? { due: o.dueOn } : {}),
        }));
    },
  }),
};
