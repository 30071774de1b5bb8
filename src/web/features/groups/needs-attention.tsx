import { useQueries, type UseQueryOptions } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state.js';
import { overdueActionItemsOfMine } from '../meetings/meeting-attention.js';
import { statementsAwaitingMyApproval } from '../statements/statement-attention.js';
import { proposalsWaitingOnMe } from '../proposals/proposal-attention.js';
import { timelineCandidatesToDecide } from '../timeline/timeline-attention.js';

export interface AttentionItem {
  id: string;
  /** Already translated. */
  title: string;
  to: string;
  due?: string;
}

/**
 * A source of things the user should act on (a proposal awaiting acknowledgement, a readout to clear …).
 * Later features add one entry to `attentionSources` with a query that answers their items.
 */
export interface AttentionSource {
  key: string;
  query: (groupId: string) => UseQueryOptions<AttentionItem[]>;
}

export const attentionSources: AttentionSource[] = [];
attentionSources.push(overdueActionItemsOfMine, statementsAwaitingMyApproval);
attentionSources.push(proposalsWaitingOnMe);
attentionSources.push(timelineCandidatesToDecide);

export function NeedsAttention({ groupId }: { groupId: string }) {
  const { t } = useTranslation('groups');
  const results = useQueries({ queries: attentionSources.map((s) => s.query(groupId)) });
  const items = results.flatMap((r) => r.data ?? []);
  const loading = results.some((r) => r.isPending);
  return (
    <section aria-labelledby="attention-heading" className="margin-bottom-4">
      <h2 id="attention-heading">{t('attention.title')}</h2>
      {items.length > 0 ? (
        <ul className="usa-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link className="usa-link" to={item.to}>
                {item.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : loading ? null : (
        <EmptyState title={t('attention.empty')} />
      )}
    </section>
  );
}
