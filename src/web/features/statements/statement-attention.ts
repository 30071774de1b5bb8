import type { Statement } from '../../../core/contract/statements.js';
import { apiRequest } from '../../api/client.js';
import { i18n } from '../../i18n/index.js';
import type { AttentionSource } from '../groups/needs-attention.js';

/** Joint statements the user's co-chair approval is awaited on (the server's abilities say so). */
export const statementsAwaitingMyApproval: AttentionSource = {
  key: 'statements',
  query: (groupId) => ({
    queryKey: ['statements', groupId, 'attention', i18n.language],
    queryFn: async () =>
      (
        await apiRequest<{ items: Statement[] }>(`/groups/${encodeURIComponent(groupId)}/statements`, {
          query: { kind: 'joint' },
        })
      ).items
        .filter((s) => s.abilities.approve === true)
        .map((s) => ({
          id: `statement-${s.id}`,
          title: i18n.t('statements:attention.approve', {
            title: s.title || i18n.t('statements:read.untitled'),
          }),
          to: `/statements/${s.id}`,
          ...(s.releaseAt ? { due: s.releaseAt } : {}),
        })),
  }),
};
