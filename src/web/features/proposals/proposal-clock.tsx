import { DateTime, Duration } from 'luxon';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeInZones } from '../../ui/date-time.js';

const MINUTE = 60_000;

/** The current time, refreshed every minute: enough for a countdown in minutes, cheap for the CPU. */
function useNowEveryMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** "6 days, 23 hours" in the user's language; minutes only once less than a day is left. */
export function formatTimeLeft(ms: number, locale: string): string {
  const units = ms >= 86_400_000 ? (['days', 'hours'] as const) : (['hours', 'minutes'] as const);
  const shifted = Duration.fromMillis(Math.max(ms, MINUTE)).shiftTo(...units);
  const parts = Object.fromEntries(
    units.map((u) => [u, Math.floor(shifted.get(u))]).filter(([, v]) => Number(v) > 0),
  ) as Partial<Record<(typeof units)[number], number>>;
  return Duration.fromObject(parts, { locale }).toHuman({ unitDisplay: 'long' });
}

/**
 * The notice clock: time left until the notice period ends, and that instant in each capital's zone and the
 * user's. The countdown text updates silently every minute; only a change of state (the period ending) is
 * announced, through a polite live region.
 */
export function NoticeClock({ noticeEndsAt, zones }: { noticeEndsAt: string; zones: string[] }) {
  const { t, i18n } = useTranslation('proposals');
  const now = useNowEveryMinute();
  const endsAt = DateTime.fromISO(noticeEndsAt).toMillis();
  const left = endsAt - now;
  const ended = left <= 0;
  return (
    <section aria-labelledby="clock-heading" className="margin-y-3">
      <h2 id="clock-heading">{t('clock.title')}</h2>
      <p className="font-sans-lg text-bold margin-y-1" data-testid="notice-countdown">
        {ended ? t('clock.ended') : t('clock.left', { time: formatTimeLeft(left, i18n.language) })}
      </p>
      <p className="usa-sr-only" aria-live="polite">
        {ended ? t('clock.ended') : ''}
      </p>
      <p className="margin-bottom-0">{t('clock.endsAt')}</p>
      <DateTimeInZones value={noticeEndsAt} zones={zones} />
    </section>
  );
}
