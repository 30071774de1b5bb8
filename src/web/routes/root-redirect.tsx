import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe } from '../features/auth/auth-queries.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';

/** "/" opens the user's first group; accounts without a group (administrators) get a short note. */
export function RootRedirect() {
  const { t } = useTranslation('groups');
  const { data: me } = useMe();
  const first = me?.memberships[0]?.groupId;
  if (first) return <Navigate to={`/groups/${encodeURIComponent(first)}`} replace />;
  return (
    <>
      <PageTitle title={t('noGroup.title')} />
      <EmptyState title={t('noGroup.text')} />
    </>
  );
}
