import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useTracks } from '../features/groups/group-queries.js';
import { EmptyState } from '../ui/empty-state.js';
import { LocalizedText } from '../ui/localized-text.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function TracksPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('groups');
  const tracks = useTracks(groupId);
  return (
    <>
      <PageTitle title={t('tracks.title')} />
      <p className="usa-intro">{t('tracks.intro')}</p>
      <QueryBoundary query={tracks}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('tracks.empty')} />
          ) : (
            <ul className="usa-card-group">
              {list.map((track) => (
                <li key={track.id} className="usa-card tablet:grid-col-6">
                  <div className="usa-card__container">
                    <div className="usa-card__header">
                      <h2 className="usa-card__heading">
                        <LocalizedText value={track.name} />
                      </h2>
                    </div>
                    <div className="usa-card__body">
                      <p lang="en">{track.description}</p>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryBoundary>
    </>
  );
}
