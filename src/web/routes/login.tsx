import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useLogin, useMe } from '../features/auth/auth-queries.js';
import { ErrorSummary, type FormError } from '../ui/error-summary.js';
import { FormField } from '../ui/form-field.js';
import { PageTitle } from '../ui/page-title.js';

/** Only same-site paths, so that a crafted link cannot send the user elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function retryMinutes(details: unknown): number {
  const seconds =
    details && typeof details === 'object' && 'retryAfterSeconds' in details
      ? Number((details as { retryAfterSeconds: unknown }).retryAfterSeconds)
      : 60;
  return Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 60) / 60));
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  const failure = login.error;
  let message: string | undefined;
  if (failure) {
    if (isApiError(failure, 401)) message = t('invalidCredentials');
    else if (isApiError(failure, 429))
      message = t('tooManyAttempts', { count: retryMinutes(failure.details) });
    else message = t('common:errors.generic');
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!email.trim()) found.push({ fieldId: 'email', message: t('emailRequired') });
    if (!password) found.push({ fieldId: 'password', message: t('passwordRequired') });
    setErrors(found);
    if (found.length > 0) return;
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <PageTitle title={t('title')} />
        <p className="usa-intro">{t('intro')}</p>
        <ErrorSummary errors={errors} message={message} />
        <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate>
          <fieldset className="usa-fieldset">
            <legend className="usa-sr-only">{t('title')}</legend>
            <FormField id="email" label={t('email')} error={errorOf('email')}>
              {({ errorClass, ...control }) => (
                <input
                  {...control}
                  className={`usa-input usa-input${errorClass}`}
                  name="email"
                  type="email"
                  autoComplete="username"
                  autoCapitalize="off"
                  spellCheck={false}
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              )}
            </FormField>
            <FormField id="password" label={t('password')} error={errorOf('password')}>
              {({ errorClass, ...control }) => (
                <input
                  {...control}
                  className={`usa-input usa-input${errorClass}`}
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
            </FormField>
            <button type="submit" className="usa-button" disabled={login.isPending}>
              {login.isPending ? t('signingIn') : t('submit')}
            </button>
          </fieldset>
        </form>
      </div>
    </div>
  );
}
