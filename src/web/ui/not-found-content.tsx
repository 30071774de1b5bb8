import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './page-title.js';

export function NotFoundContent() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-help" data-testid="not-found">
      <PageTitle title={t('notFound.title')} />
      <p className="usa-intro" id="not-found-help">
        {t('notFound.text')}
      </p>
      <p>
        <Link className="usa-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}

export function ForbiddenContent() {
  const { t } = useTranslation();
  return (
    <section data-testid="forbidden">
      <PageTitle title={t('forbidden.title')} />
      <p className="usa-intro">{t('forbidden.text')}</p>
      <p>
        <Link className="usa-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
