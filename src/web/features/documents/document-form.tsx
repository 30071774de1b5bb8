import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../core/contract/documents.js';
import type { Visibility } from '../../../core/contract/common.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError, serverFieldErrors } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { DOCUMENT_KINDS } from './document-queries.js';

export interface DocumentFormValues {
  title: string;
  kind: DocumentKind;
  visibility: Visibility;
  classification: string;
  body: string;
}

// Server field paths (body.title) to the inputs that hold them.
const FIELD_IDS: Record<string, string> = {
  'body.title': 'doc-title',
  'body.kind': 'doc-kind',
  'body.visibility': 'doc-visibility-shared',
  'body.classification': 'doc-classification',
  'body.body': 'doc-body',
};

/** Levels a user may write at: those up to their own clearance. */
export function levelsUpTo(levels: string[], clearance: string): string[] {
  const index = levels.indexOf(clearance);
  return index < 0 ? levels.slice(0, 1) : levels.slice(0, index + 1);
}

export function DocumentForm({
  initial,
  mode,
  levels,
  party,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  initial: DocumentFormValues;
  mode: 'create' | 'edit';
  levels: string[];
  party: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: DocumentFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('papers');
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const set = <K extends keyof DocumentFormValues>(key: K, value: DocumentFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const serverErrors = serverFieldErrors(error, FIELD_IDS, 'doc-title');
  const errors = clientErrors.length > 0 ? clientErrors : serverErrors;
  const summaryMessage =
    error && clientErrors.length === 0 && serverErrors.length === 0
      ? isApiError(error, 412)
        ? t('form.stale')
        : t('common:errors.generic')
      : undefined;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!values.title.trim()) found.push({ fieldId: 'doc-title', message: t('form.titleRequired') });
    if (values.title.trim().length > 300)
      found.push({ fieldId: 'doc-title', message: t('form.titleTooLong') });
    if (mode === 'create' && !levels.includes(values.classification)) {
      found.push({ fieldId: 'doc-classification', message: t('form.classificationRequired') });
    }
    setClientErrors(found);
    if (found.length === 0) onSubmit({ ...values, title: values.title.trim() });
  };

  return (
    <>
      <ErrorSummary errors={errors} message={summaryMessage} />
      <form className="usa-form usa-form--large lockstep-form-wide" onSubmit={submit} noValidate>
        <FormField id="doc-title" label={t('field.title')} error={errorOf('doc-title')}>
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input${errorClass}`}
              value={values.title}
              maxLength={300}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="doc-kind" label={t('field.kind')} error={errorOf('doc-kind')}>
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.kind}
              onChange={(e) => set('kind', e.target.value as DocumentKind)}
            >
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {mode === 'create' ? (
          <>
            <fieldset className="usa-fieldset margin-top-3">
              <legend className="usa-legend">{t('field.visibility')}</legend>
              <span className="usa-hint">{t('form.fixedHint')}</span>
              <div className="usa-radio">
                <input
                  className="usa-radio__input"
                  id="doc-visibility-shared"
                  type="radio"
                  name="visibility"
                  value="shared"
                  checked={values.visibility === 'shared'}
                  onChange={() => set('visibility', 'shared')}
                />
                <label className="usa-radio__label" htmlFor="doc-visibility-shared">
                  {t('visibility.shared')}
                </label>
              </div>
              <div className="usa-radio">
                <input
                  className="usa-radio__input"
                  id="doc-visibility-party"
                  type="radio"
                  name="visibility"
                  value="party"
                  checked={values.visibility === 'party'}
                  onChange={() => set('visibility', 'party')}
                />
                <label className="usa-radio__label" htmlFor="doc-visibility-party">
                  {t('visibility.party', { party })}
                </label>
              </div>
            </fieldset>
            <FormField
              id="doc-classification"
              label={t('field.classification')}
              hint={t('form.classificationHint')}
              error={errorOf('doc-classification')}
            >
              {({ errorClass, ...control }) => (
                <select
                  {...control}
                  className={`usa-select usa-input${errorClass}`}
                  value={values.classification}
                  onChange={(e) => set('classification', e.target.value)}
                >
                  {levels.map((level) => (
                    <option key={level} value={level}>
                      {level}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </>
        ) : null}
        <FormField
          id="doc-body"
          label={t('field.body')}
          hint={t('form.bodyHint')}
          error={errorOf('doc-body')}
        >
          {({ errorClass, ...control }) => (
            <textarea
              {...control}
              className={`usa-textarea usa-input${errorClass} lockstep-body-input`}
              value={values.body}
              onChange={(e) => set('body', e.target.value)}
            />
          )}
        </FormField>
        <div className="margin-top-3">
          <button type="submit" className="usa-button" disabled={submitting}>
            {mode === 'create' ? t('form.create') : t('form.save')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
