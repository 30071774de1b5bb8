import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.js';
import { ForbiddenContent, NotFoundContent } from './not-found-content.js';

export function LoadingIndicator() {
  const { t } = useTranslation();
  return (
    <p className="text-base" role="status">
      {t('status.loading')}
    </p>
  );
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{isApiError(error, 0) ? t('errors.network') : t('errors.generic')}</p>
      </div>
    </div>
  );
}

/**
 * Loading and error states for one query. A 404 shows the same not-found page as an unknown address,
 * so that nobody learns whether a record they may not see exists.
 */
export function QueryBoundary<T>({
  query,
  children,
  inline = false,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** Inside a page: errors as an alert, not as a whole page. */
  inline?: boolean;
}) {
  if (query.isPending) return <LoadingIndicator />;
  if (query.isError) {
    if (!inline && isApiError(query.error, 404)) return <NotFoundContent />;
    if (!inline && isApiError(query.error, 403)) return <ForbiddenContent />;
    return <ErrorAlert error={query.error} />;
  }
  return <>{children(query.data)}</>;
}
