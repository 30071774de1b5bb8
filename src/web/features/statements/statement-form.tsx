import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError, serverFieldErrors } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { cityOfZone, toUtcInstant } from '../meetings/meeting-time.js';
import { STATEMENT_KINDS, type StatementKind } from './statement-queries.js';

export interface StatementFormValues {
  kind: StatementKind;
  meetingId: string;
  title: string;
  body: string;
  matter: string;
  release: string;
  releaseZone: string;
}

export interface StatementFormResult {
  kind: StatementKind;
  meetingId: string | null;
  title: string;
  body: string;
  matter: string | null;
  releaseAt: string;
}

const FIELD_IDS: Record<string, string> = {
  'body.kind': 'st-kind',
  'body.meetingId': 'st-meeting',
  'body.title': 'st-title',
  'body.body': 'st-body',
  'body.matter': 'st-matter',
  'body.releaseAt': 'st-release',
};

/** Kind, meeting, title, Markdown body and the release time typed in a chosen zone. */
export function StatementForm({
  initial,
  mode,
  meetings,
  zones,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  initial: StatementFormValues;
  mode: 'create' | 'edit';
  meetings: { id: string; label: string }[];
  zones: string[];
  submitting: boolean;
  error: unknown;
  onSubmit: (values: StatementFormResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('statements');
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const set = <K extends keyof StatementFormValues>(key: K, value: StatementFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const serverErrors = serverFieldErrors(error, FIELD_IDS, 'st-body');
  const errors = clientErrors.length > 0 ? clientErrors : serverErrors;
  const summary =
    error && clientErrors.length === 0 && serverErrors.length === 0
      ? isApiError(error, 412)
        ? t('form.stale')
        : isApiError(error)
          ? error.message
          : t('common:errors.generic')
      : undefined;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!values.body.trim()) found.push({ fieldId: 'st-body', message: t('form.bodyRequired') });
    const releaseAt = toUtcInstant(values.release, values.releaseZone);
    if (!releaseAt) found.push({ fieldId: 'st-release', message: t('form.releaseRequired') });
    if (values.kind === 'readout' && !values.meetingId)
      found.push({ fieldId: 'st-meeting', message: t('form.meetingRequired') });
    setClientErrors(found);
    if (found.length > 0 || !releaseAt) return;
    onSubmit({
      kind: values.kind,
      meetingId: values.meetingId || null,
      title: values.title.trim(),
      body: values.body,
      matter: values.matter.trim() || null,
      releaseAt,
    });
  };
  const zoneName = (zone: string) => t(`meetings:zones.${zone}`, { defaultValue: cityOfZone(zone) });
  return (
    <>
      <ErrorSummary errors={errors} message={summary} />
      <form className="usa-form usa-form--large lockstep-form-wide" onSubmit={submit} noValidate>
        {mode === 'create' ? (
          <>
            <FormField
              id="st-kind"
              label={t('field.kind')}
              hint={t('form.kindHint')}
              error={errorOf('st-kind')}
            >
              {({ errorClass, ...control }) => (
                <select
                  {...control}
                  className={`usa-select usa-input${errorClass}`}
                  value={values.kind}
                  onChange={(e) => set('kind', e.target.value as StatementKind)}
                >
                  {STATEMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id="st-meeting" label={t('field.meeting')} error={errorOf('st-meeting')}>
              {({ errorClass, ...control }) => (
                <select
                  {...control}
                  className={`usa-select usa-input${errorClass}`}
                  value={values.meetingId}
                  onChange={(e) => set('meetingId', e.target.value)}
                >
                  <option value="">{t('form.noMeeting')}</option>
                  {meetings.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.label}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </>
        ) : null}
        <FormField
          id="st-title"
          label={t('field.title')}
          hint={t('form.titleHint')}
          error={errorOf('st-title')}
        >
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
        <FormField
          id="st-matter"
          label={t('field.matter')}
          hint={t('form.matterHint')}
          error={errorOf('st-matter')}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input${errorClass}`}
              value={values.matter}
              onChange={(e) => set('matter', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="st-body" label={t('field.body')} hint={t('form.bodyHint')} error={errorOf('st-body')}>
          {({ errorClass, ...control }) => (
            <textarea
              {...control}
              className={`usa-textarea usa-input${errorClass} lockstep-body-input`}
              value={values.body}
              onChange={(e) => set('body', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="st-zone" label={t('field.releaseZone')}>
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.releaseZone}
              onChange={(e) => set('releaseZone', e.target.value)}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneName(zone)} ({zone})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="st-release"
          label={t('field.releaseAt')}
          hint={t('form.releaseHint', { zone: values.releaseZone })}
          error={errorOf('st-release')}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              type="datetime-local"
              className={`usa-input usa-input${errorClass}`}
              value={values.release}
              onChange={(e) => set('release', e.target.value)}
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
