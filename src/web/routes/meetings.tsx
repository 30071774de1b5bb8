import { DateTime as Luxon } from 'luxon';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Meeting } from '../../core/contract/meetings.js';
import { useGroup } from '../features/groups/group-queries.js';
import { meetingCalendarUrl, useMeetings } from '../features/meetings/meeting-queries.js';
import { MeetingStatusTag } from '../features/meetings/meeting-status-tag.js';
import { MeetingTimes } from '../features/meetings/meeting-time.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

/** Meetings by the month they take place in at the venue, newest month first. */
export function groupByMonth(meetings: Meeting[]): { month: string; meetings: Meeting[] }[] {
  const byMonth = new Map<string, Meeting[]>();
  const sorted = [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  for (const m of sorted) {
    const month = Luxon.fromISO(m.startsAt).setZone(m.timeZone).toFormat('yyyy-MM');
    byMonth.set(month, [...(byMonth.get(month) ?? []), m]);
  }
  return [...byMonth.entries()].map(([month, list]) => ({ month, meetings: list }));
}

export function MeetingsPage() {
  const { groupId = '' } = useParams();
  const { t, i18n } = useTranslation('meetings');
  const meetings = useMeetings(groupId);
  const group = useGroup(groupId);
  const canCreate = group.data?.abilities.createDocument === true;
  const monthName = (month: string) =>
    Luxon.fromFormat(month, 'yyyy-MM')
      .setLocale(i18n.language)
      .toLocaleString({ year: 'numeric', month: 'long' });
  return (
    <>
      <PageTitle title={t('list.title')} />
      <div className="lockstep-toolbar margin-bottom-3">
        <a className="usa-link margin-right-2" href={meetingCalendarUrl(groupId)} download>
          {t('list.calendar')}
        </a>
        <Link className="usa-link margin-right-2" to={`/groups/${groupId}/action-items`}>
          {t('list.actionItems')}
        </Link>
        {canCreate ? (
          <Link className="usa-button margin-top-1" to={`/groups/${groupId}/meetings/new`}>
            {t('list.new')}
          </Link>
        ) : null}
      </div>
      <QueryBoundary query={meetings}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('list.empty')} />
          ) : (
            groupByMonth(list).map(({ month, meetings: inMonth }) => (
              <section key={month} aria-labelledby={`month-${month}`}>
                <h2 id={`month-${month}`}>{monthName(month)}</h2>
                <ul className="usa-card-group">
                  {inMonth.map((m) => (
                    <li
                      key={m.id}
                      className="usa-card tablet:grid-col-12"
                      data-testid={`meeting-round-${m.round}`}
                    >
                      <div className="usa-card__container">
                        <div className="usa-card__header">
                          <h3 className="usa-card__heading">
                            <Link className="usa-link" to={`/meetings/${m.id}`}>
                              {t('list.round', { round: m.round })}: {m.title}
                            </Link>
                          </h3>
                        </div>
                        <div className="usa-card__body">
                          <p className="margin-top-0">
                            <MeetingStatusTag status={m.status} /> {m.venue.city}
                            {m.venue.place ? `, ${m.venue.place}` : ''} · {t(`format.${m.format}`)} ·{' '}
                            {t('list.host', { party: m.hostParty })}
                          </p>
                          <MeetingTimes meeting={m} />
                        </div>
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )
        }
      </QueryBoundary>
    </>
  );
}
