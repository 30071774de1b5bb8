import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../core/contract/auth.js';
import { isLanguage, LANGUAGES } from '../../i18n/index.js';
import { listTimeZones } from '../../lib/datetime.js';
import { ErrorSummary } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { useUpdateMe } from './auth-queries.js';

export function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('account');
  const update = useUpdateMe();
  const zones = useMemo(() => {
    const all = listTimeZones();
    return all.includes(me.timeZone) ? all : [me.timeZone, ...all];
  }, [me.timeZone]);
  const [locale, setLocale] = useState<'en' | 'ko'>(me.locale);
  const [timeZone, setTimeZone] = useState(me.timeZone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ locale, timeZone }, { onSuccess: (fresh) => void i18n.changeLanguage(fresh.locale) });
  };

  return (
    <section aria-labelledby="profile-heading" className="margin-bottom-5">
      <h2 id="profile-heading">{t('profile.title')}</h2>
      {update.isSuccess ? (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('profile.saved')}</p>
          </div>
        </div>
      ) : null}
      {update.isError ? <ErrorSummary errors={[]} message={t('common:errors.generic')} /> : null}
      <form className="usa-form usa-form--large" onSubmit={submit}>
        <FormField id="profile-locale" label={t('profile.language')}>
          {({ errorClass: _e, ...control }) => (
            <select
              {...control}
              className="usa-select"
              value={locale}
              onChange={(e) => {
                if (isLanguage(e.target.value)) setLocale(e.target.value);
              }}
            >
              {LANGUAGES.map((lng) => (
                <option key={lng} value={lng} lang={lng}>
                  {t(`common:language.name.${lng}`, { lng })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="profile-zone" label={t('profile.timeZone')} hint={t('profile.timeZoneHint')}>
          {({ errorClass: _e, ...control }) => (
            <select
              {...control}
              className="usa-select"
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button className="usa-button" type="submit" disabled={update.isPending}>
          {t('profile.save')}
        </button>
      </form>
    </section>
  );
}
