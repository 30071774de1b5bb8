import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useMe } from '../features/auth/auth-queries.js';
import { levelsUpTo } from '../features/documents/document-form.js';
import { useGroup, useTracks } from '../features/groups/group-queries.js';
import { MilestonesByTrack, RecentMilestones } from '../features/tempo/milestones-section.js';
import { TempoChart } from '../features/tempo/tempo-chart.js';
import { TrackPairsSection } from '../features/tempo/track-pairs-section.js';
import { HistoryTable, PairTables, StandingTable } from '../features/tempo/tempo-tables.js';
import { useGroupMilestones, useTempo } from '../features/tempo/tempo-queries.js';
import { ErrorSummary, type FormError } from '../ui/error-summary.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The window of the chart and tables, kept in the address so that a filtered view can be shared. */
function DateFilter({
  from,
  to,
  onApply,
}: {
  from: string;
  to: string;
  onApply: (from: string, to: string) => void;
}) {
  const { t } = useTranslation('tempo');
  const [values, setValues] = useState({ from, to });
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (values.from && !ISO_DATE.test(values.from))
      found.push({ fieldId: 'tempo-from', message: t('filter.invalid') });
    if (values.to && !ISO_DATE.test(values.to))
      found.push({ fieldId: 'tempo-to', message: t('filter.invalid') });
    if (values.from && values.to && values.from > values.to)
      found.push({ fieldId: 'tempo-from', message: t('filter.order') });
    setErrors(found);
    if (found.length === 0) onApply(values.from, values.to);
  };
  return (
    <>
      <ErrorSummary errors={errors} />
      <form
        className="usa-form usa-form--large maxw-full"
        onSubmit={submit}
        noValidate
        aria-label={t('filter.label')}
      >
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('filter.label')}</legend>
          <div className="grid-row grid-gap-2 flex-align-end">
            {(['from', 'to'] as const).map((key) => {
              const id = `tempo-${key}`;
              const error = errors.find((e) => e.fieldId === id)?.message;
              return (
                <div
                  className={`usa-form-group mobile-lg:grid-col-4${error ? ' usa-form-group--error' : ''}`}
                  key={key}
                >
                  <label className="usa-label" htmlFor={id}>
                    {t(`filter.${key}`)}
                  </label>
                  {error ? (
                    <span className="usa-error-message" id={`${id}-error`}>
                      {error}
                    </span>
                  ) : null}
                  <input
                    id={id}
                    type="date"
                    className={`usa-input${error ? ' usa-input--error' : ''}`}
                    value={values[key]}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                  />
                </div>
              );
            })}
            <div className="mobile-lg:grid-col-4">
              <button type="submit" className="usa-button margin-top-2">
                {t('filter.apply')}
              </button>
            </div>
          </div>
        </fieldset>
      </form>
    </>
  );
}

export function DashboardPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('tempo');
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const { data: me } = useMe();
  const group = useGroup(groupId);
  const tracks = useTracks(groupId);
  const tempo = useTempo(groupId, { from: from || undefined, to: to || undefined });
  const milestones = useGroupMilestones(groupId);
  const levels = levelsUpTo(group.data?.classificationLevels ?? [], me?.clearance ?? '');
  const canCreate = group.data?.abilities.createDocument === true;
  // The server lets only a co-chair change the pairs; everyone else reads them.
  const isCoChair = me?.memberships.some((m) => m.groupId === groupId && m.role === 'co_chair') === true;

  return (
    <>
      <PageTitle title={t('title')} />
      <p className="usa-intro">{t('intro')}</p>
      <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-3" data-testid="tempo-note">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('note')}</p>
        </div>
      </div>
      <DateFilter
        key={`${from}|${to}`}
        from={from}
        to={to}
        onApply={(f, tt) => {
          const next = new URLSearchParams();
          if (f) next.set('from', f);
          if (tt) next.set('to', tt);
          setParams(next);
        }}
      />
      <QueryBoundary query={tempo} inline>
        {(data) => (
          <>
            <section aria-labelledby="chart-heading">
              <h2 id="chart-heading">{t('chart.title')}</h2>
              <TempoChart tempo={data} />
            </section>
            <section aria-labelledby="numbers-heading">
              <h2 id="numbers-heading">{t('table.title')}</h2>
              <p>{t('table.intro')}</p>
              <StandingTable tempo={data} />
              <HistoryTable tempo={data} />
              {data.pairs.map((pair) => (
                <PairTables key={pair.id} tempo={data} pair={pair} />
              ))}
            </section>
          </>
        )}
      </QueryBoundary>
      <QueryBoundary query={milestones} inline>
        {(list) => (
          <>
            <section aria-labelledby="recent-heading">
              <h2 id="recent-heading">{t('milestones.recent')}</h2>
              <RecentMilestones milestones={list} tracks={tracks.data ?? []} />
            </section>
            <section aria-labelledby="milestones-heading">
              <h2 id="milestones-heading">{t('milestones.title')}</h2>
              <QueryBoundary query={tracks} inline>
                {(trackList) => (
                  <MilestonesByTrack
                    groupId={groupId}
                    tracks={trackList}
                    milestones={list}
                    canCreate={canCreate}
                    levels={levels}
                  />
                )}
              </QueryBoundary>
            </section>
          </>
        )}
      </QueryBoundary>
      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">{t('pairs.title')}</h2>
        <p>{t('pairs.intro')}</p>
        <QueryBoundary query={tracks} inline>
          {(trackList) => <TrackPairsSection groupId={groupId} tracks={trackList} canManage={isCoChair} />}
        </QueryBoundary>
      </section>
    </>
  );
}
