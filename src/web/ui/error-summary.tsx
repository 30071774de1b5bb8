import { isApiError } from '../api/client.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FormError {
  /** The id of the input the message belongs to, for the link that moves focus there. */
  fieldId: string;
  message: string;
}

/** The server's field errors of a failed request as form errors, each on the form control named for its field. */
export function serverFieldErrors(
  error: unknown,
  fieldIds: Record<string, string>,
  fallbackId: string,
): FormError[] {
  return isApiError(error)
    ? error.fields.map((f) => ({ fieldId: fieldIds[f.field] ?? fallbackId, message: f.message }))
    : [];
}

/** USWDS error alert listing every field error, focused when it appears so that it is read out first. */
export function ErrorSummary({ errors, message }: { errors: FormError[]; message?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0 || Boolean(message);
  const signature = `${message ?? ''}|${errors.map((e) => `${e.fieldId}:${e.message}`).join('|')}`;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, signature]);
  if (!visible) return null;
  return (
    <div
      className="usa-alert usa-alert--error"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-heading"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('form.errorSummary')}
        </h2>
        {message ? <p className="usa-alert__text">{message}</p> : null}
        {errors.length > 0 ? (
          <ul className="usa-list">
            {errors.map((e) => (
              <li key={`${e.fieldId}-${e.message}`}>
                <a
                  href={`#${e.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(e.fieldId)?.focus();
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
