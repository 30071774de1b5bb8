import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.js';
import { IdentityNote, MatchList } from '../features/screening/match-list.js';
import { useScreenNames } from '../features/screening/screening-queries.js';
import { ErrorSummary, type FormError } from '../ui/error-summary.js';
import { FormField } from '../ui/form-field.js';
import { PageTitle } from '../ui/page-title.js';

const MAX_NAMES = 100;

/** Names one a line, blanks dropped. */
function readNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

export function ScreeningPage() {
  const { t } = useTranslation('screening');
  const screen = useScreenNames();
  const [names, setNames] = useState('');
  const [threshold, setThreshold] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = readNames(names);
    const found: FormError[] = [];
    if (list.length === 0) found.push({ fieldId: 'screen-names', message: t('form.namesRequired') });
    if (list.length > MAX_NAMES)
      found.push({ fieldId: 'screen-names', message: t('form.tooManyNames', { max: MAX_NAMES }) });
    if (list.some((n) => n.length > 300))
      found.push({ fieldId: 'screen-names', message: t('form.nameTooLong') });
    const percent = threshold.trim() === '' ? undefined : Number(threshold);
    if (percent !== undefined && (!Number.isFinite(percent) || percent < 50 || percent > 100))
      found.push({ fieldId: 'screen-threshold', message: t('form.thresholdRange') });
    setErrors(found);
    if (found.length > 0) return;
    screen.mutate({ names: list, ...(percent === undefined ? {} : { threshold: percent / 100 }) });
  };

  const serverMessage =
    screen.error && errors.length === 0
      ? isApiError(screen.error, 404)
        ? t('form.noList')
        : isApiError(screen.error, 0)
          ? t('common:errors.network')
          : t('common:errors.generic')
      : undefined;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const result = screen.data;

  return (
    <>
      <PageTitle title={t('page.title')} />
      <p className="usa-intro">{t('page.intro')}</p>
      <ErrorSummary errors={errors} message={serverMessage} />
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <FormField
          id="screen-names"
          label={t('form.names')}
          hint={t('form.namesHint')}
          error={errorOf('screen-names')}
        >
          {({ errorClass, ...control }) => (
            <textarea
              {...control}
              className={`usa-textarea usa-input${errorClass}`}
              rows={6}
              value={names}
              onChange={(e) => setNames(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="screen-threshold"
          label={t('form.threshold')}
          hint={t('form.thresholdHint')}
          error={errorOf('screen-threshold')}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input--small usa-input${errorClass}`}
              inputMode="numeric"
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="usa-button margin-top-3" disabled={screen.isPending}>
          {screen.isPending ? t('form.screening') : t('form.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {result ? (
          <section aria-labelledby="results-heading" className="margin-top-4" data-testid="screening-results">
            <h2 id="results-heading">{t('results.title')}</h2>
            <IdentityNote />
            <p className="text-base">
              {t('results.threshold', { percent: Math.round(result.threshold * 100) })}
            </p>
            {result.results.map((r, i) => (
              <section key={`${i}-${r.query}`} aria-label={r.query} data-testid="screening-result">
                <h3>{r.query}</h3>
                {r.matches.length === 0 ? (
                  <div className="usa-alert usa-alert--success usa-alert--slim">
                    <div className="usa-alert__body">
                      <p className="usa-alert__text">{t('results.noMatch')}</p>
                    </div>
                  </div>
                ) : (
                  <>
                    <p>{t('results.matches', { count: r.matches.length })}</p>
                    <MatchList matches={r.matches} headingLevel={4} />
                  </>
                )}
              </section>
            ))}
          </section>
        ) : null}
      </div>
    </>
  );
}
