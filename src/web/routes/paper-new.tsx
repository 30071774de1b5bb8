import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../features/auth/auth-queries.js';
import { DocumentForm, levelsUpTo } from '../features/documents/document-form.js';
import { useCreateDocument } from '../features/documents/document-queries.js';
import { useGroup } from '../features/groups/group-queries.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function NewPaperPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('papers');
  const { data: me } = useMe();
  const group = useGroup(groupId);
  const create = useCreateDocument(groupId);
  const navigate = useNavigate();
  return (
    <>
      <PageTitle title={t('new.title')} />
      <QueryBoundary query={group}>
        {(g) => {
          const levels = levelsUpTo(g.classificationLevels, me?.clearance ?? '');
          return (
            <DocumentForm
              mode="create"
              levels={levels}
              party={me?.party ?? ''}
              initial={{
                title: '',
                kind: 'non_paper',
                visibility: 'shared',
                classification: levels[0] ?? '',
                body: '',
              }}
              submitting={create.isPending}
              error={create.error}
              onCancel={() => void navigate(`/groups/${groupId}/papers`)}
              onSubmit={(values) =>
                create.mutate(values, { onSuccess: (doc) => void navigate(`/papers/${doc.id}`) })
              }
            />
          );
        }}
      </QueryBoundary>
    </>
  );
}
