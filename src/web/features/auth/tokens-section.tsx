import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/date-time.js';
import { EmptyState } from '../../ui/empty-state.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { QueryBoundary } from '../../ui/query-boundary.js';
import { useCreateToken, useRevokeToken, useTokens, type CreatedToken } from './auth-queries.js';

export function TokensSection() {
  const { t } = useTranslation('account');
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const expiresInDays = Number(days);
    if (!name.trim()) found.push({ fieldId: 'token-name', message: t('tokens.nameRequired') });
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 365) {
      found.push({ fieldId: 'token-days', message: t('tokens.daysRange') });
    }
    setErrors(found);
    if (found.length > 0) return;
    create.mutate(
      { name: name.trim(), expiresInDays },
      {
        onSuccess: (token) => {
          setCreated(token);
          setName('');
        },
      },
    );
  };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <section aria-labelledby="tokens-heading" className="margin-bottom-5">
      <h2 id="tokens-heading">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      {created ? (
        <div className="usa-alert usa-alert--warning" role="status">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">{t('tokens.createdHeading', { name: created.name })}</h3>
            <p className="usa-alert__text">{t('tokens.shownOnce')}</p>
            <p className="usa-alert__text">
              <code className="lockstep-token" data-testid="new-token">
                {created.token}
              </code>
            </p>
          </div>
        </div>
      ) : null}
      <QueryBoundary query={tokens} inline>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('tokens.empty')} />
          ) : (
            <table className="usa-table usa-table--borderless usa-table--stacked width-full">
              <caption className="usa-sr-only">{t('tokens.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tokens.name')}</th>
                  <th scope="col">{t('tokens.expires')}</th>
                  <th scope="col">{t('tokens.lastUsed')}</th>
                  <th scope="col">
                    <span className="usa-sr-only">{t('tokens.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((token) => (
                  <tr key={token.id}>
                    <th scope="row" data-label={t('tokens.name')}>
                      {token.name}
                    </th>
                    <td data-label={t('tokens.expires')}>
                      <DateTime value={token.expiresAt} />
                    </td>
                    <td data-label={t('tokens.lastUsed')}>
                      {token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : t('tokens.never')}
                    </td>
                    <td data-label={t('tokens.actions')}>
                      <button
                        type="button"
                        className="usa-button usa-button--secondary usa-button--small"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate(token.id)}
                      >
                        {t('tokens.revoke')}
                        <span className="usa-sr-only">: {token.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryBoundary>
      <h3>{t('tokens.createTitle')}</h3>
      <ErrorSummary errors={errors} message={create.isError ? t('common:errors.generic') : undefined} />
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <FormField id="token-name" label={t('tokens.name')} error={errorOf('token-name')}>
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input${errorClass}`}
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="token-days" label={t('tokens.days')} error={errorOf('token-days')}>
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input--small usa-input${errorClass}`}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </FormField>
        <button className="usa-button" type="submit" disabled={create.isPending}>
          {t('tokens.create')}
        </button>
      </form>
    </section>
  );
}
