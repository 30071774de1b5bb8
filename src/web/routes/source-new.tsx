import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../features/auth/auth-queries.js';
import { levelsUpTo } from '../features/documents/document-form.js';
import { useGroup } from '../features/groups/group-queries.js';
import { SourceForm } from '../features/sources/source-form.js';
import { useCreateSource } from '../features/sources/source-queries.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function NewSourcePage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('sources');
  const { data: me } = useMe();
  const group = useGroup(groupId);
  const create = useCreateSource(groupId);
  const navigate = useNavigate();
  return (
    <>
      <PageTitle title={t('new.title')} />
      <p className="usa-intro">{t('new.intro')}</p>
      <QueryBoundary query={group}>
        {(g) => (
          <SourceForm
            levels={levelsUpTo(g.classificationLevels, me?.clearance ?? '')}
            party={me?.party ?? ''}
            submitting={create.isPending}
            error={create.error}
            onCancel={() => void navigate(`/groups/${groupId}/sources`)}
            onSubmit={(input) =>
              create.mutate(input, { onSuccess: (source) => void navigate(`/sources/${source.id}`) })
            }
          />
        )}
      </QueryBoundary>
    </>
  );
}
