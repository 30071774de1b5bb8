import { useTranslation } from 'react-i18next';
import type { ProposalHistoryEntry } from '../../../core/contract/proposals.js';
import { DateTime } from '../../ui/date-time.js';

function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  return JSON.stringify(value);
}

/** Who did what and when, oldest first; an edit lists each field before and after. */
export function ProposalHistory({ history }: { history: ProposalHistoryEntry[] }) {
  const { t } = useTranslation('proposals');
  return (
    <section aria-labelledby="history-heading" className="margin-y-3">
      <h2 id="history-heading">{t('history.title')}</h2>
      {history.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ol className="usa-list" data-testid="history">
          {history.map((entry) => (
            <li key={entry.id} className="margin-bottom-1">
              <strong>{t(`done.${entry.action}`, { defaultValue: entry.action })}</strong>
              {' — '}
              {entry.actor?.displayName ?? t('history.system')}
              {entry.party ? ` (${entry.party})` : ''}, <DateTime value={entry.at} />
              {entry.note ? <div className="text-italic">“{entry.note}”</div> : null}
              {entry.changes && Object.keys(entry.changes).length > 0 ? (
                <ul className="usa-list">
                  {Object.entries(entry.changes).map(([field, change]) => (
                    <li key={field}>
                      {t('history.changed', {
                        field: t(`field.${field}`, { defaultValue: field }),
                        before: showValue(change.before),
                        after: showValue(change.after),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
