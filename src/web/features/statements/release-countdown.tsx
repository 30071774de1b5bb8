import { DateTime, Duration } from 'luxon';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The time left until an instant as "2 h 10 min" (or "45 s" in the last minute); null once it has passed. */
export function formatTimeLeft(
  until: string,
  now: Date,
  labels: { d: string; h: string; min: string; s: string },
): string | null {
  const ms = DateTime.fromISO(until).toMillis() - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const left = Duration.fromMillis(ms).shiftTo('days', 'hours', 'minutes', 'seconds');
  const parts: string[] = [];
  if (left.days > 0) parts.push(`${left.days} ${labels.d}`);
  if (left.hours > 0) parts.push(`${left.hours} ${labels.h}`);
  if (left.days === 0 && left.minutes > 0) parts.push(`${left.minutes} ${labels.min}`);
  if (parts.length === 0) parts.push(`${Math.max(1, Math.floor(left.seconds))} ${labels.s}`);
  return parts.join(' ');
}

/** The current time, ticking every `everyMs` so that countdowns move. */
export function useNow(everyMs = 1_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "Published in 2 h 10 min", or "Release time reached" once the embargo has lifted. */
export function ReleaseCountdown({ releaseAt, published }: { releaseAt: string | null; published: boolean }) {
  const { t } = useTranslation('statements');
  const now = useNow();
  if (!releaseAt || published) return null;
  const left = formatTimeLeft(releaseAt, now, {
    d: t('countdown.d'),
    h: t('countdown.h'),
    min: t('countdown.min'),
    s: t('countdown.s'),
  });
  return (
    <span data-testid="countdown" className="text-bold">
      {left ? t('countdown.until', { left }) : t('countdown.reached')}
    </span>
  );
}
