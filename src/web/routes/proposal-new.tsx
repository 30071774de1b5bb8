import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../features/auth/auth-queries.js';
import { levelsUpTo } from '../features/documents/document-form.js';
import { useGroup, useTracks } from '../features/groups/group-queries.js';
import { emptyProposalValues, ProposalForm } from '../features/proposals/proposal-form.js';
import { useCreateProposal } from '../features/proposals/proposal-queries.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function NewProposalPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('proposals');
  const { data: me } = useMe();
  const group = useGroup(groupId);
  const tracks = useTracks(groupId);
  const create = useCreateProposal(groupId);
  const navigate = useNavigate();
  return (
    <>
      <PageTitle title={t('new.title')} />
      <QueryBoundary query={group}>
        {(g) => {
          const levels = levelsUpTo(g.classificationLevels, me?.clearance ?? '');
          return (
            <ProposalForm
              mode="create"
              tracks={tracks.data ?? []}
              levels={levels}
              party={me?.party ?? ''}
              notified={false}
              initial={emptyProposalValues(levels[0] ?? 'UNCLASSIFIED')}
              submitting={create.isPending}
              error={create.error}
              onCancel={() => void navigate(`/groups/${groupId}/proposals`)}
              onSubmit={(payload) =>
                create.mutate(payload, { onSuccess: (p) => void navigate(`/proposals/${p.id}`) })
              }
            />
          );
        }}
      </QueryBoundary>
    </>
  );
}
