import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../ui/localized-text.js';
import { currentGapOf, formatLongDate, formatPoints, otherTrackOf } from './tempo-data.js';
import { useTempo } from './tempo-queries.js';

/** A warning on the group home for each pair out of step today, as this user's visible milestones show it. */
export function BreachBanner({ groupId }: { groupId: string }) {
  const { t, i18n } = useTranslation('tempo');
  const localized = useLocalized();
  const tempo = useTempo(groupId);
  if (!tempo.data) return null;
  const { series, pairs } = tempo.data;
  const nameOf = (id: string) => localized(series.find((s) => s.trackId === id)?.name);
  const breaches = pairs.flatMap((p) => (p.currentBreach ? [{ pair: p, breach: p.currentBreach }] : []));
  if (breaches.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--warning margin-bottom-3" data-testid="breach-banner">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('banner.title')}</h2>
        {breaches.map(({ pair, breach }) => (
          <p className="usa-alert__text" key={pair.id}>
            {t('banner.text', {
              leader: nameOf(breach.leader),
              other: nameOf(otherTrackOf(pair, breach.leader)),
              gap: formatPoints(currentGapOf(pair), i18n.language, 0),
              tolerance: formatPoints(pair.tolerance, i18n.language, 0),
              since: formatLongDate(breach.startedOn, i18n.language),
            })}
          </p>
        ))}
        <p className="usa-alert__text">
          <Link className="usa-link" to={`/groups/${groupId}/dashboard`}>
            {t('banner.link')}
          </Link>
        </p>
      </div>
    </div>
  );
}
