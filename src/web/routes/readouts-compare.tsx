import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useMeeting, useReadoutComparison } from '../features/meetings/meeting-queries.js';
import { StatementStatusTag } from '../features/statements/statement-status-tag.js';
import { GroupFrame } from '../layout/group-frame.js';
import { PageTitle } from '../ui/page-title.js';
import { ErrorAlert, LoadingIndicator } from '../ui/query-boundary.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function PointList({ points, testId }: { points: string[]; testId: string }) {
  const { t } = useTranslation('meetings');
  if (points.length === 0) return <p>{t('compare.none')}</p>;
  return (
    <ul className="usa-list" data-testid={testId}>
      {points.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

export function ReadoutsComparePage() {
  const { meetingId = '' } = useParams();
  const [params] = useSearchParams();
  const a = params.get('a') ?? 'KR';
  const b = params.get('b') ?? 'US';
  const { t } = useTranslation('meetings');
  const meeting = useMeeting(meetingId);
  const comparison = useReadoutComparison(meetingId, a, b);
  return (
    <QueryBoundary query={meeting}>
      {(m) => (
        <GroupFrame groupId={m.groupId}>
          <p className="margin-bottom-05">
            <Link className="usa-link" to={`/meetings/${m.id}`}>
              {t('compare.back', { round: m.round })}
            </Link>
          </p>
          <PageTitle title={t('compare.title', { round: m.round })} />
          <p className="usa-intro">{t('compare.intro', { a, b })}</p>
          {comparison.isPending ? (
            <LoadingIndicator />
          ) : comparison.isError ? (
            isApiError(comparison.error, 409) ? (
              <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t('compare.unavailable')}</p>
                </div>
              </div>
            ) : (
              <ErrorAlert error={comparison.error} />
            )
          ) : (
            <>
              <p>
                <Link className="usa-link" to={`/statements/${comparison.data.a.statementId}`}>
                  {t('compare.readoutOf', { party: comparison.data.a.party })}
                </Link>{' '}
                <StatementStatusTag status={comparison.data.a.status} /> ·{' '}
                <Link className="usa-link" to={`/statements/${comparison.data.b.statementId}`}>
                  {t('compare.readoutOf', { party: comparison.data.b.party })}
                </Link>{' '}
                <StatementStatusTag status={comparison.data.b.status} />
              </p>
              <section aria-labelledby="both-heading">
                <h2 id="both-heading">{t('compare.both')}</h2>
                {comparison.data.both.length === 0 ? (
                  <p>{t('compare.none')}</p>
                ) : (
                  <ul className="usa-list" data-testid="compare-both">
                    {comparison.data.both.map((p) => (
                      <li key={`${p.a}|${p.b}`}>{p.a}</li>
                    ))}
                  </ul>
                )}
              </section>
              <div className="grid-row grid-gap">
                <section aria-labelledby="only-a-heading" className="tablet:grid-col-6">
                  <h2 id="only-a-heading">{t('compare.only', { party: a })}</h2>
                  <PointList points={comparison.data.onlyA} testId="compare-only-a" />
                </section>
                <section aria-labelledby="only-b-heading" className="tablet:grid-col-6">
                  <h2 id="only-b-heading">{t('compare.only', { party: b })}</h2>
                  <PointList points={comparison.data.onlyB} testId="compare-only-b" />
                </section>
              </div>
              <section aria-labelledby="different-heading">
                <h2 id="different-heading">{t('compare.different')}</h2>
                {comparison.data.different.length === 0 ? (
                  <p>{t('compare.none')}</p>
                ) : (
                  <ul className="usa-list usa-list--unstyled" data-testid="compare-different">
                    {comparison.data.different.map((d) => (
                      <li key={`${d.a}|${d.b}`} className="margin-bottom-2">
                        <dl className="margin-0">
                          <dt className="text-bold">{a}</dt>
                          <dd className="margin-left-0">{d.a}</dd>
                          <dt className="text-bold">{b}</dt>
                          <dd className="margin-left-0">{d.b}</dd>
                          <dt className="text-bold">{t('compare.note')}</dt>
                          <dd className="margin-left-0">{d.note}</dd>
                        </dl>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )}
        </GroupFrame>
      )}
    </QueryBoundary>
  );
}
