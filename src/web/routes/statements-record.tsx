import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useStatementRecord } from '../features/statements/statement-queries.js';
import { useMeetings } from '../features/meetings/meeting-queries.js';
import { DateTime } from '../ui/date-time.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

/** The public record: who published what and when, whether the partner saw it first, who went first. */
export function StatementsRecordPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('statements');
  const record = useStatementRecord(groupId);
  const meetings = useMeetings(groupId);
  const matterName = (meetingId: string | null, matter: string | null) => {
    const m = meetings.data?.find((x) => x.id === meetingId);
    if (m) return t('meetings:list.round', { round: m.round });
    return matter ?? '—';
  };
  return (
    <>
      <PageTitle title={t('record.title')} />
      <p className="usa-intro">{t('record.intro')}</p>
      <QueryBoundary query={record}>
        {(r) =>
          r.items.length === 0 ? (
            <EmptyState title={t('record.empty')} />
          ) : (
            <>
              <section aria-labelledby="record-first-heading">
                <h2 id="record-first-heading">{t('record.firstTitle')}</h2>
                <ul className="usa-list" data-testid="record-matters">
                  {r.matters.map((m) => (
                    <li key={m.key}>
                      {t('record.first', { matter: matterName(m.meetingId, m.matter), party: m.firstParty })}{' '}
                      (<DateTime value={m.firstPublishedAt} />)
                    </li>
                  ))}
                </ul>
              </section>
              <section aria-labelledby="record-all-heading">
                <h2 id="record-all-heading">{t('record.allTitle')}</h2>
                <table className="usa-table usa-table--borderless usa-table--stacked width-full">
                  <caption className="usa-sr-only">{t('record.allTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('field.publishedAt')}</th>
                      <th scope="col">{t('field.party')}</th>
                      <th scope="col">{t('field.title')}</th>
                      <th scope="col">{t('record.matter')}</th>
                      <th scope="col">{t('record.partnerSaw')}</th>
                      <th scope="col">{t('record.wentFirst')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.items.map((item) => (
                      <tr key={item.statementId}>
                        <td data-label={t('field.publishedAt')}>
                          <DateTime value={item.publishedAt} />
                        </td>
                        <td data-label={t('field.party')}>{item.party}</td>
                        <th scope="row" data-label={t('field.title')}>
                          <Link className="usa-link" to={`/statements/${item.statementId}`}>
                            {item.title || t('read.untitled')}
                          </Link>{' '}
                          <span className="text-normal">({t(`kind.${item.kind}`)})</span>
                        </th>
                        <td data-label={t('record.matter')}>{matterName(item.meetingId, item.matter)}</td>
                        <td data-label={t('record.partnerSaw')}>
                          {item.partnerSawBeforeRelease ? t('record.yes') : t('record.no')}
                        </td>
                        <td data-label={t('record.wentFirst')}>
                          {item.publishedFirst ? t('record.yes') : t('record.no')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </>
          )
        }
      </QueryBoundary>
    </>
  );
}
