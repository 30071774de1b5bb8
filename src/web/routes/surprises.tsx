import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useTracks } from '../features/groups/group-queries.js';
import { useSurprises } from '../features/proposals/proposal-queries.js';
import { ProposalTable } from '../features/proposals/proposal-table.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

/** Actions a party took without clearance: the record the working group exists to keep short. */
export function SurprisesPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('proposals');
  const surprises = useSurprises(groupId);
  const tracks = useTracks(groupId);
  return (
    <>
      <PageTitle title={t('surprise.title')} />
      <p className="usa-intro">{t('surprise.intro')}</p>
      <QueryBoundary query={surprises}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('surprise.empty')} />
          ) : (
            <ProposalTable proposals={list} tracks={tracks.data ?? []} caption={t('surprise.title')} />
          )
        }
      </QueryBoundary>
    </>
  );
}
