import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="usa-identifier margin-top-6">
      <section
        className="usa-identifier__section usa-identifier__section--masthead"
        aria-label={t('footer.label')}
      >
        <div className="usa-identifier__container">
          <div className="usa-identifier__identity">
            <p className="usa-identifier__identity-domain">{t('footer.domain')}</p>
            <p className="usa-identifier__identity-disclaimer">{t('footer.disclaimer')}</p>
          </div>
        </div>
      </section>
      <section
        className="usa-identifier__section usa-identifier__section--usagov"
        aria-label={t('footer.helpLabel')}
      >
        <div className="usa-identifier__container">
          <div className="usa-identifier__usagov-description">{t('footer.help')}</div>
        </div>
      </section>
    </footer>
  );
}
