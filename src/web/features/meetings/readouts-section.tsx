import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingDetail } from '../../../core/contract/meetings.js';
import { DateTime } from '../../ui/date-time.js';
import { QueryBoundary } from '../../ui/query-boundary.js';
import { ReleaseCountdown } from '../statements/release-countdown.js';
import { StatementStatusTag } from '../statements/statement-status-tag.js';
import { useMeetingReadouts } from './meeting-queries.js';

/** Each party's readout of the meeting: state, release time and the time left until it. */
export function ReadoutsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const readouts = useMeetingReadouts(meeting.id);
  const parties = Object.keys(meeting.localTimes).filter((k) => k !== 'venue');
  return (
    <section aria-labelledby="readouts-heading" className="margin-top-4">
      <h2 id="readouts-heading">{t('readouts.title')}</h2>
      <QueryBoundary query={readouts} inline>
        {(list) => (
          <>
            {list.length === 0 ? <p>{t('readouts.empty')}</p> : null}
            <ul className="usa-list">
              {list.map((r) => (
                <li key={r.id}>
                  <Link className="usa-link" to={`/statements/${r.id}`}>
                    {r.title}
                  </Link>{' '}
                  ({r.party}) <StatementStatusTag status={r.status} />
                  <span className="display-block">
                    {r.publishedAt ? (
                      <>
                        {t('readouts.published')} <DateTime value={r.publishedAt} />
                      </>
                    ) : r.releaseAt ? (
                      <>
                        {t('readouts.release')} <DateTime value={r.releaseAt} /> —{' '}
                        <ReleaseCountdown releaseAt={r.releaseAt} published={false} />
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
            {parties.length >= 2 && list.length >= 2 ? (
              <p>
                <Link
                  className="usa-link"
                  to={`/meetings/${meeting.id}/readouts/compare?a=${parties[0] ?? ''}&b=${parties[1] ?? ''}`}
                >
                  {t('readouts.compare')}
                </Link>
              </p>
            ) : null}
          </>
        )}
      </QueryBoundary>
      {meeting.abilities.writeReadout ? (
        <p>
          <Link
            className="usa-button usa-button--outline"
            to={`/groups/${meeting.groupId}/statements/new?kind=readout&meetingId=${meeting.id}`}
          >
            {t('readouts.write')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
