import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../core/contract/groups.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError, serverFieldErrors } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import type { CreateMeetingInput } from './meeting-queries.js';
import { cityOfZone, toUtcInstant } from './meeting-time.js';

export interface MeetingFormValues {
  round: string;
  title: string;
  start: string;
  end: string;
  timeZone: string;
  city: string;
  place: string;
  format: 'in_person' | 'video' | 'hybrid';
  hostParty: string;
}

const FORMATS = ['in_person', 'video', 'hybrid'] as const;
const FIELD_IDS: Record<string, string> = {
  'body.round': 'mtg-round',
  'body.title': 'mtg-title',
  'body.startsAt': 'mtg-start',
  'body.endsAt': 'mtg-end',
  'body.timeZone': 'mtg-zone',
  'body.venue.city': 'mtg-city',
  'body.venue.place': 'mtg-place',
  'body.format': 'mtg-format',
  'body.hostParty': 'mtg-host',
};

/** Checks the form and turns the local times, typed in the venue's zone, into UTC instants. */
export function toMeetingInput(
  values: MeetingFormValues,
  t: (key: string) => string,
): { input?: CreateMeetingInput; errors: FormError[] } {
  const errors: FormError[] = [];
  const round = Number(values.round);
  if (!Number.isInteger(round) || round < 1)
    errors.push({ fieldId: 'mtg-round', message: t('form.roundRequired') });
  if (!values.title.trim()) errors.push({ fieldId: 'mtg-title', message: t('form.titleRequired') });
  const startsAt = toUtcInstant(values.start, values.timeZone);
  const endsAt = toUtcInstant(values.end, values.timeZone);
  if (!startsAt) errors.push({ fieldId: 'mtg-start', message: t('form.startRequired') });
  if (!endsAt) errors.push({ fieldId: 'mtg-end', message: t('form.endRequired') });
  else if (startsAt && endsAt <= startsAt)
    errors.push({ fieldId: 'mtg-end', message: t('form.endAfterStart') });
  if (!values.city.trim()) errors.push({ fieldId: 'mtg-city', message: t('form.cityRequired') });
  if (errors.length > 0 || !startsAt || !endsAt) return { errors };
  return {
    errors,
    input: {
      round,
      title: values.title.trim(),
      startsAt,
      endsAt,
      timeZone: values.timeZone,
      venue: { city: values.city.trim(), place: values.place.trim() },
      format: values.format,
      hostParty: values.hostParty,
    },
  };
}

export function MeetingForm({
  initial,
  parties,
  zones,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  initial: MeetingFormValues;
  parties: Party[];
  zones: string[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: CreateMeetingInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('meetings');
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const serverErrors = serverFieldErrors(error, FIELD_IDS, 'mtg-title');
  const errors = clientErrors.length > 0 ? clientErrors : serverErrors;
  const summary =
    error && clientErrors.length === 0 && serverErrors.length === 0
      ? isApiError(error)
        ? error.message
        : t('common:errors.generic')
      : undefined;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, errors: found } = toMeetingInput(values, t);
    setClientErrors(found);
    if (input) onSubmit(input);
  };
  const text = (id: string, key: 'title' | 'city' | 'place', label: string, hint?: string) => (
    <FormField id={id} label={label} hint={hint} error={errorOf(id)}>
      {({ errorClass, ...control }) => (
        <input
          {...control}
          className={`usa-input usa-input${errorClass}`}
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FormField>
  );
  const zoneName = (zone: string) => t(`zones.${zone}`, { defaultValue: cityOfZone(zone) });
  return (
    <>
      <ErrorSummary errors={errors} message={summary} />
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <FormField id="mtg-round" label={t('field.round')} error={errorOf('mtg-round')}>
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input--small usa-input${errorClass}`}
              inputMode="numeric"
              value={values.round}
              onChange={(e) => set('round', e.target.value)}
            />
          )}
        </FormField>
        {text('mtg-title', 'title', t('field.title'))}
        <FormField
          id="mtg-zone"
          label={t('field.timeZone')}
          hint={t('form.zoneHint')}
          error={errorOf('mtg-zone')}
        >
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.timeZone}
              onChange={(e) => set('timeZone', e.target.value)}
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneName(zone)} ({zone})
                </option>
              ))}
            </select>
          )}
        </FormField>
        {(['start', 'end'] as const).map((key) => (
          <FormField
            key={key}
            id={`mtg-${key}`}
            label={t(`field.${key}`)}
            hint={t('form.localHint', { zone: values.timeZone })}
            error={errorOf(`mtg-${key}`)}
          >
            {({ errorClass, ...control }) => (
              <input
                {...control}
                type="datetime-local"
                className={`usa-input usa-input${errorClass}`}
                value={values[key]}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
          </FormField>
        ))}
        {text('mtg-city', 'city', t('field.city'))}
        {text('mtg-place', 'place', t('field.place'), t('form.optional'))}
        <FormField id="mtg-format" label={t('field.format')} error={errorOf('mtg-format')}>
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.format}
              onChange={(e) => set('format', e.target.value as MeetingFormValues['format'])}
            >
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`format.${f}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="mtg-host" label={t('field.hostParty')} error={errorOf('mtg-host')}>
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.hostParty}
              onChange={(e) => set('hostParty', e.target.value)}
            >
              {parties.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="margin-top-3">
          <button type="submit" className="usa-button" disabled={submitting}>
            {t('form.create')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
