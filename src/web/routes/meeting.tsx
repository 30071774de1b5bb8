import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AgendaSection, AgreementSection } from '../features/meetings/agenda-section.js';
import { AttendanceSection } from '../features/meetings/attendance-section.js';
import { meetingIcsUrl, minutesPdfUrl, useMeeting } from '../features/meetings/meeting-queries.js';
import { MeetingStatusTag } from '../features/meetings/meeting-status-tag.js';
import { MeetingTimes } from '../features/meetings/meeting-time.js';
import { OutcomesSection } from '../features/meetings/outcomes-section.js';
import { ReadoutsSection } from '../features/meetings/readouts-section.js';
import { GroupFrame } from '../layout/group-frame.js';
import { ClassificationBanner } from '../ui/classification-banner.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

/** True once an agreed agenda has gone back to planned while the page was open (an item was added). */
function useAgendaReopened(status: string | undefined): boolean {
  const previous = useRef(status);
  const [reopened, setReopened] = useState(false);
  useEffect(() => {
    if (previous.current === 'agenda_agreed' && status === 'planned') setReopened(true);
    if (status === 'agenda_agreed') setReopened(false);
    previous.current = status;
  }, [status]);
  return reopened;
}

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation('meetings');
  const meeting = useMeeting(meetingId);
  const reopened = useAgendaReopened(meeting.data?.status);
  return (
    <QueryBoundary query={meeting}>
      {(m) => (
        <GroupFrame groupId={m.groupId}>
          <article aria-labelledby="meeting-title">
            <ClassificationBanner marking={m} position="top" />
            <p className="margin-bottom-05">
              <Link className="usa-link" to={`/groups/${m.groupId}/meetings`}>
                {t('read.back')}
              </Link>
            </p>
            <PageTitle title={`${t('list.round', { round: m.round })}: ${m.title}`}>
              <span id="meeting-title">
                {t('list.round', { round: m.round })}: {m.title}
              </span>
            </PageTitle>
            <p>
              <MeetingStatusTag status={m.status} /> {m.venue.city}
              {m.venue.place ? `, ${m.venue.place}` : ''} · {t(`format.${m.format}`)} ·{' '}
              {t('list.host', { party: m.hostParty })}
            </p>
            <MeetingTimes meeting={m} />
            <p className="margin-top-2">
              <a className="usa-link margin-right-2" href={meetingIcsUrl(m.id)} download>
                {t('read.ics')}
              </a>
              <a className="usa-link" href={minutesPdfUrl(m.id)}>
                {t('read.minutes')}
              </a>
            </p>
            <AgendaSection meeting={m} />
            <AgreementSection meeting={m} reopened={reopened} />
            <AttendanceSection meeting={m} />
            <OutcomesSection meeting={m} />
            <ReadoutsSection meeting={m} />
            <ClassificationBanner marking={m} position="bottom" />
          </article>
        </GroupFrame>
      )}
    </QueryBoundary>
  );
}
