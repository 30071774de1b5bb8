import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useGroup } from '../features/groups/group-queries.js';
import { useSources } from '../features/sources/source-queries.js';
import { PreciseDate } from '../features/timeline/precise-date.js';
import { useMarkingText } from '../ui/classification-banner.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function SourcesPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('sources');
  const sources = useSources(groupId);
  const group = useGroup(groupId);
  const canCreate = group.data?.abilities.createDocument === true;
  const marking = useMarkingText();
  return (
    <>
      <PageTitle title={t('list.title')} />
      <p className="usa-intro">{t('list.intro')}</p>
      <div className="lockstep-toolbar margin-bottom-3">
        {canCreate ? (
          <Link className="usa-button" to={`/groups/${groupId}/sources/new`}>
            {t('list.new')}
          </Link>
        ) : null}
        <Link className="usa-link margin-left-2" to={`/groups/${groupId}/timeline`}>
          {t('list.toTimeline')}
        </Link>
      </div>
      <QueryBoundary query={sources}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('list.empty')} />
          ) : (
            <table className="usa-table usa-table--borderless usa-table--stacked width-full">
              <caption className="usa-sr-only">{t('list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.title')}</th>
                  <th scope="col">{t('field.outlet')}</th>
                  <th scope="col">{t('field.kind')}</th>
                  <th scope="col">{t('field.published')}</th>
                  <th scope="col">{t('field.marking')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" data-label={t('field.title')}>
                      <Link className="usa-link" to={`/sources/${s.id}`}>
                        {s.title}
                      </Link>
                    </th>
                    <td data-label={t('field.outlet')}>{s.outlet}</td>
                    <td data-label={t('field.kind')}>{t(`kind.${s.kind}`)}</td>
                    <td data-label={t('field.published')}>
                      {s.publishedOn ? (
                        <PreciseDate date={s.publishedOn} precision="day" />
                      ) : (
                        <span className="usa-tag bg-gold text-ink">{t('list.noDate')}</span>
                      )}
                    </td>
                    <td data-label={t('field.marking')}>
                      <span className="text-bold">{marking(s)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryBoundary>
    </>
  );
}
