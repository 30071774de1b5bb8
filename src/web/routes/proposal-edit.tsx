import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useTracks } from '../features/groups/group-queries.js';
import { ProposalForm, valuesOfProposal } from '../features/proposals/proposal-form.js';
import {
  useProposal,
  useUpdateProposal,
  type ProposalWithEtag,
} from '../features/proposals/proposal-queries.js';
import { GroupFrame } from '../layout/group-frame.js';
import { ClassificationBanner } from '../ui/classification-banner.js';
import { ForbiddenContent } from '../ui/not-found-content.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function EditForm({ loaded }: { loaded: ProposalWithEtag }) {
  const { t } = useTranslation('proposals');
  const { proposal } = loaded;
  // The version the user started editing from: a live refresh must not silently move it forward.
  const [etag] = useState(loaded.etag);
  const tracks = useTracks(proposal.groupId);
  const update = useUpdateProposal(proposal.id);
  const navigate = useNavigate();
  return (
    <>
      <ClassificationBanner marking={proposal} position="top" />
      <PageTitle title={t('edit.title', { title: proposal.title })} />
      <ProposalForm
        mode="edit"
        tracks={tracks.data ?? []}
        levels={[proposal.classification]}
        party={proposal.party}
        notified={proposal.status === 'notified' || proposal.status === 'cleared'}
        initial={valuesOfProposal(proposal)}
        submitting={update.isPending}
        error={update.error}
        onCancel={() => void navigate(`/proposals/${proposal.id}`)}
        onSubmit={({
          trackId,
          title,
          summary,
          plannedFor,
          location,
          items,
          counterparties,
          fundsTransfers,
        }) =>
          update.mutate(
            {
              input: { trackId, title, summary, plannedFor, location, items, counterparties, fundsTransfers },
              etag,
            },
            { onSuccess: () => void navigate(`/proposals/${proposal.id}`) },
          )
        }
      />
      <ClassificationBanner marking={proposal} position="bottom" />
    </>
  );
}

export function EditProposalPage() {
  const { proposalId = '' } = useParams();
  const proposal = useProposal(proposalId);
  return (
    <QueryBoundary query={proposal}>
      {(loaded) => (
        <GroupFrame groupId={loaded.proposal.groupId}>
          {loaded.proposal.abilities.edit ? <EditForm loaded={loaded} /> : <ForbiddenContent />}
        </GroupFrame>
      )}
    </QueryBoundary>
  );
}
