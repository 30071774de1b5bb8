import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../core/contract/meetings.js';
import { useParties } from '../groups/party-queries.js';

/** The city part of an IANA zone, e.g. "New York" for America/New_York. */
export function cityOfZone(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** A local date-time typed in a zone (e.g. 2018-11-20T14:00 in America/New_York) as a UTC instant. */
export function toUtcInstant(local: string, zone: string): string | null {
  const dt = DateTime.fromISO(local, { zone });
  return dt.isValid ? (dt.toUTC().toISO({ suppressMilliseconds: true }) ?? null) : null;
}

/** An instant as the value of a datetime-local input in a zone. */
export function toLocalInput(instant: string, zone: string): string {
  return DateTime.fromISO(instant).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Start and end in one zone: the date and time of the start, the time (or date and time) of the end. */
export function formatSpan(start: string, end: string, zone: string, locale: string): string {
  const s = DateTime.fromISO(start).setZone(zone).setLocale(locale);
  const e = DateTime.fromISO(end).setZone(zone).setLocale(locale);
  if (!s.isValid || !e.isValid) return '';
  const sameDay = s.hasSame(e, 'day');
  const startText = s.toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY);
  const endText = sameDay
    ? e.toLocaleString({ ...DateTime.TIME_SIMPLE, timeZoneName: 'short' })
    : e.toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' });
  return `${startText} – ${endText}`;
}

export interface ZoneRow {
  key: string;
  zone: string;
}

/** The zones a meeting is shown in: the venue's first, then each party's. */
export function useMeetingZones(meeting: Pick<Meeting, 'timeZone' | 'localTimes'>): ZoneRow[] {
  const { data: parties = [] } = useParties();
  return Object.keys(meeting.localTimes).map((key) => {
    if (key === 'venue') return { key, zone: meeting.timeZone };
    const party = parties.find((p) => p.code === key);
    // Without the party list the offset in localTimes still places the time right.
    const offsetZone = DateTime.fromISO(meeting.localTimes[key]?.start ?? '', { setZone: true }).zoneName;
    return { key, zone: party?.timeZone ?? offsetZone ?? 'UTC' };
  });
}

/** The meeting's times in the venue's zone and in each party's, as a description list. */
export function MeetingTimes({
  meeting,
  compact = false,
}: {
  meeting: Pick<Meeting, 'timeZone' | 'localTimes' | 'startsAt' | 'endsAt' | 'venue'>;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation('meetings');
  const rows = useMeetingZones(meeting);
  const city = (zone: string) => t(`zones.${zone}`, { defaultValue: cityOfZone(zone) });
  return (
    <dl className={`lockstep-meeting-times margin-0${compact ? ' font-body-2xs' : ''}`}>
      {rows.map(({ key, zone }) => (
        <div key={key} data-testid={`time-${key}`}>
          <dt className="text-bold display-inline">
            {key === 'venue'
              ? t('time.venue', { city: meeting.venue.city || city(zone) })
              : t('time.party', { party: key, city: city(zone) })}
            :{' '}
          </dt>
          <dd className="display-inline margin-0">
            <time dateTime={meeting.startsAt}>
              {formatSpan(meeting.startsAt, meeting.endsAt, zone, i18n.language)}
            </time>
          </dd>
        </div>
      ))}
    </dl>
  );
}
