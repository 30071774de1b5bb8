import { useTranslation } from 'react-i18next';
import { useMe, useUpdateMe } from '../features/auth/auth-queries.js';
import type { Language } from '../i18n/index.js';

/** Switches between English and Korean; signed-in users keep the choice on their account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const next: Language = i18n.language === 'ko' ? 'en' : 'ko';
  return (
    <button
      type="button"
      className="usa-button usa-button--unstyled lockstep-utility__button"
      lang={next}
      aria-label={t('language.switchTo', { lng: next })}
      onClick={() => {
        void i18n.changeLanguage(next);
        if (me) updateMe.mutate({ locale: next });
      }}
    >
      {t(`language.name.${next}`, { lng: next })}
    </button>
  );
}
