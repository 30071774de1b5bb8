import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { useChangePassword } from './auth-queries.js';

const MIN_LENGTH = 12;

export function PasswordForm() {
  const { t } = useTranslation('account');
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  const serverErrors: FormError[] = isApiError(change.error, 401)
    ? [{ fieldId: 'pw-current', message: t('password.wrongCurrent') }]
    : [];
  const shown = errors.length > 0 ? errors : serverErrors;
  const errorOf = (id: string) => shown.find((e) => e.fieldId === id)?.message;
  const otherError = change.isError && serverErrors.length === 0 && errors.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!currentPassword) found.push({ fieldId: 'pw-current', message: t('password.currentRequired') });
    if (newPassword.length < MIN_LENGTH)
      found.push({ fieldId: 'pw-new', message: t('password.tooShort', { count: MIN_LENGTH }) });
    if (confirm !== newPassword) found.push({ fieldId: 'pw-confirm', message: t('password.mismatch') });
    setErrors(found);
    if (found.length > 0) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('');
          setNew('');
          setConfirm('');
        },
      },
    );
  };

  const input = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    autoComplete: string,
  ) => (
    <FormField id={id} label={label} error={errorOf(id)}>
      {({ errorClass, ...control }) => (
        <input
          {...control}
          className={`usa-input usa-input${errorClass}`}
          type="password"
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <section aria-labelledby="password-heading" className="margin-bottom-5">
      <h2 id="password-heading">{t('password.title')}</h2>
      {change.isSuccess ? (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('password.changed')}</p>
          </div>
        </div>
      ) : null}
      <ErrorSummary errors={shown} message={otherError ? t('common:errors.generic') : undefined} />
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        {input('pw-current', t('password.current'), currentPassword, setCurrent, 'current-password')}
        {input('pw-new', t('password.new'), newPassword, setNew, 'new-password')}
        {input('pw-confirm', t('password.confirm'), confirm, setConfirm, 'new-password')}
        <button className="usa-button" type="submit" disabled={change.isPending}>
          {t('password.submit')}
        </button>
      </form>
    </section>
  );
}
