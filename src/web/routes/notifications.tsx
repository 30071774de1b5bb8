import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkRead, useNotifications } from '../features/notifications/notification-queries.js';
import { DateTime } from '../ui/date-time.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

/** Only links inside the app are followed. */
function safeLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const notifications = useNotifications();
  const markRead = useMarkRead();
  return (
    <>
      <PageTitle title={t('title')} />
      <QueryBoundary query={notifications}>
        {({ items, unreadCount }) => (
          <>
            <p>{t('unread', { count: unreadCount })}</p>
            {items.length === 0 ? (
              <EmptyState title={t('empty')} />
            ) : (
              <ul className="usa-collection">
                {items.map((n) => {
                  const to = safeLink(n.link);
                  return (
                    <li className="usa-collection__item" key={n.id}>
                      <div className="usa-collection__body">
                        <h2 className="usa-collection__heading">
                          {to ? (
                            <Link className="usa-link" to={to}>
                              {n.title}
                            </Link>
                          ) : (
                            n.title
                          )}
                          {n.readAt ? null : <span className="usa-tag margin-left-1">{t('new')}</span>}
                        </h2>
                        <p className="usa-collection__description">{n.body}</p>
                        <p className="usa-collection__meta">
                          <DateTime value={n.createdAt} />
                        </p>
                        {n.readAt ? null : (
                          <button
                            type="button"
                            className="usa-button usa-button--outline usa-button--small"
                            disabled={markRead.isPending}
                            onClick={() => markRead.mutate(n.id)}
                          >
                            {t('markRead')}
                            <span className="usa-sr-only">: {n.title}</span>
                          </button>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </QueryBoundary>
    </>
  );
}
