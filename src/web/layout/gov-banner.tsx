import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import flagUrl from '@uswds/uswds/img/us_flag_small.png';
import dotGovUrl from '@uswds/uswds/img/icon-dot-gov.svg';
import httpsUrl from '@uswds/uswds/img/icon-https.svg';

/** The USWDS "official website" banner, with its own translated text. */
export function GovBanner() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const contentId = useId();
  return (
    <section className="usa-banner" aria-label={t('banner.label')}>
      <div className="usa-accordion">
        <header className="usa-banner__header">
          <div className="usa-banner__inner">
            <div className="grid-col-auto">
              <img aria-hidden="true" className="usa-banner__header-flag" src={flagUrl} alt="" />
            </div>
            <div className="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
              <p className="usa-banner__header-text">{t('banner.official')}</p>
              <p className="usa-banner__header-action">{t('banner.howYouKnow')}</p>
            </div>
            <button
              type="button"
              className="usa-accordion__button usa-banner__button"
              aria-expanded={open}
              aria-controls={contentId}
              onClick={() => setOpen((v) => !v)}
            >
              <span className="usa-banner__button-text">{t('banner.howYouKnow')}</span>
            </button>
          </div>
        </header>
        <div className="usa-banner__content usa-accordion__content" id={contentId} hidden={!open}>
          <div className="grid-row grid-gap-lg">
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img
                className="usa-banner__icon usa-media-block__img"
                src={dotGovUrl}
                role="img"
                alt=""
                aria-hidden="true"
              />
              <div className="usa-media-block__body">
                <p>
                  <strong>{t('banner.govTitle')}</strong>
                  <br />
                  {t('banner.govText')}
                </p>
              </div>
            </div>
            <div className="usa-banner__guidance tablet:grid-col-6">
              <img
                className="usa-banner__icon usa-media-block__img"
                src={httpsUrl}
                role="img"
                alt=""
                aria-hidden="true"
              />
              <div className="usa-media-block__body">
                <p>
                  <strong>{t('banner.httpsTitle')}</strong>
                  <br />
                  {t('banner.httpsText')}
                </p>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
