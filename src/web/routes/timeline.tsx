import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useGroup, useTracks } from '../features/groups/group-queries.js';
import { TimelineEntry } from '../features/timeline/timeline-entry.js';
import { monthOf } from '../features/timeline/timeline-date.js';
import {
  TIMELINE_KINDS,
  useTimeline,
  type TimelineItem,
  type TimelineQuery,
} from '../features/timeline/timeline-queries.js';
import { EmptyState } from '../ui/empty-state.js';
import { useLocalized } from '../ui/localized-text.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

const FILTERS = ['kind', 'track', 'party', 'from', 'to'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in the URL, dropping what the server would refuse (a half-typed date). */
function queryOf(params: URLSearchParams): TimelineQuery {
  const query: TimelineQuery = {};
  for (const key of FILTERS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !DATE.test(value)) continue;
    query[key] = value;
  }
  return query;
}

function groupByMonth(items: TimelineItem[], locale: string) {
  const months: Array<{ key: string; label: string; items: TimelineItem[] }> = [];
  for (const item of items) {
    const { key, label } = monthOf(item.date, locale);
    const last = months.at(-1);
    if (last?.key === key) last.items.push(item);
    else months.push({ key, label, items: [item] });
  }
  return months;
}

export function TimelinePage() {
  const { groupId = '' } = useParams();
  const { t, i18n } = useTranslation('timeline');
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const timeline = useTimeline(groupId, query);
  const group = useGroup(groupId);
  const tracks = useTracks(groupId);
  const localized = useLocalized();
  const selectedTrack = tracks.data?.find((track) => track.id === query.track);
  // Members who may write in the group decide on candidates; observers only read.
  const mayDecide = group.data?.abilities.createDocument === true;
  const setFilter = (key: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle title={t('page.title')} />
      <p className="usa-intro">{t('page.intro')}</p>
      <form
        className="usa-form maxw-none margin-bottom-3"
        aria-label={t('filters.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="grid-row grid-gap-2">
          <div className="tablet:grid-col-4">
            <label className="usa-label" htmlFor="timeline-kind">
              {t('filters.kind')}
            </label>
            <select
              className="usa-select"
              id="timeline-kind"
              value={query.kind ?? ''}
              onChange={(e) => setFilter('kind', e.target.value)}
            >
              <option value="">{t('filters.allKinds')}</option>
              {TIMELINE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="tablet:grid-col-4">
            <label className="usa-label" htmlFor="timeline-track">
              {t('filters.track')}
            </label>
            <select
              className="usa-select"
              id="timeline-track"
              aria-describedby={selectedTrack ? 'timeline-track-scope' : undefined}
              value={query.track ?? ''}
              onChange={(e) => setFilter('track', e.target.value)}
            >
              <option value="">{t('filters.allTracks')}</option>
              {(tracks.data ?? []).map((track) => (
                <option key={track.id} value={track.id}>
                  {localized(track.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="tablet:grid-col-4">
            <label className="usa-label" htmlFor="timeline-party">
              {t('filters.party')}
            </label>
            <select
              className="usa-select"
              id="timeline-party"
              value={query.party ?? ''}
              onChange={(e) => setFilter('party', e.target.value)}
            >
              <option value="">{t('filters.allParties')}</option>
              {(group.data?.parties ?? []).map((party) => (
                <option key={party} value={party}>
                  {party}
                </option>
              ))}
            </select>
          </div>
          <div className="tablet:grid-col-4">
            <label className="usa-label" htmlFor="timeline-from">
              {t('filters.from')}
            </label>
            <input
              className="usa-input"
              id="timeline-from"
              type="date"
              value={params.get('from') ?? ''}
              onChange={(e) => setFilter('from', e.target.value)}
            />
          </div>
          <div className="tablet:grid-col-4">
            <label className="usa-label" htmlFor="timeline-to">
              {t('filters.to')}
            </label>
            <input
              className="usa-input"
              id="timeline-to"
              type="date"
              value={params.get('to') ?? ''}
              onChange={(e) => setFilter('to', e.target.value)}
            />
          </div>
          <div className="tablet:grid-col-4 display-flex flex-align-end">
            <button
              type="button"
              className="usa-button usa-button--unstyled margin-top-2"
              onClick={() => setParams(new URLSearchParams(), { replace: true })}
            >
              {t('filters.clear')}
            </button>
          </div>
        </div>
        {selectedTrack && (
          <p className="usa-hint margin-top-1" id="timeline-track-scope">
            {t('filters.trackScope', { track: localized(selectedTrack.name) })}
          </p>
        )}
      </form>
      <QueryBoundary query={timeline}>
        {({ items, candidates }) => (
          <>
            <section aria-labelledby="candidates-heading" className="margin-bottom-4">
              <h2 id="candidates-heading">{t('candidates.title')}</h2>
              <p>{mayDecide ? t('candidates.intro') : t('candidates.introObserver')}</p>
              {candidates.length === 0 ? (
                <EmptyState title={t('candidates.empty')} />
              ) : (
                candidates.map((item) => (
                  <TimelineEntry
                    key={item.id}
                    item={item}
                    groupId={groupId}
                    headingLevel={3}
                    mayDecide={mayDecide}
                    events={[...candidates, ...items.filter((i) => i.recordKind === 'event')]}
                  />
                ))
              )}
            </section>
            <section aria-labelledby="timeline-heading">
              <h2 id="timeline-heading">{t('page.listTitle')}</h2>
              {items.length === 0 ? (
                <EmptyState title={t('page.empty')} />
              ) : (
                groupByMonth(items, i18n.language).map((month) => (
                  <section key={month.key} aria-labelledby={`month-${month.key}`}>
                    <h3 id={`month-${month.key}`}>{month.label}</h3>
                    {month.items.map((item) => (
                      <TimelineEntry
                        key={`${item.recordKind}-${item.id}`}
                        item={item}
                        groupId={groupId}
                        headingLevel={4}
                        mayDecide={false}
                      />
                    ))}
                  </section>
                ))
              )}
            </section>
          </>
        )}
      </QueryBoundary>
    </>
  );
}
