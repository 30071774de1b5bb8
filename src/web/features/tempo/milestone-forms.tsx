import { DateTime } from 'luxon';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../core/contract/common.js';
import type { Milestone, MilestoneStatus } from '../../../core/contract/milestones.js';
import { isApiError } from '../../api/client.js';
import { useMe } from '../auth/auth-queries.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { LoadingIndicator } from '../../ui/query-boundary.js';
import {
  MILESTONE_STATUSES,
  useCreateMilestone,
  useMilestone,
  useUpdateMilestone,
  type CreateMilestoneInput,
  type UpdateMilestoneInput,
} from './tempo-queries.js';

const WEIGHTS = [1, 2, 3, 4, 5];

/** Today in the user's zone: the day a person means when they say "achieved today". */
function useToday(): string {
  const { data: me } = useMe();
  return (
    DateTime.now()
      .setZone(me?.timeZone ?? 'utc')
      .toISODate() ?? ''
  );
}

function hasDate(status: MilestoneStatus): boolean {
  return status === 'achieved' || status === 'reversed';
}

/** Server field errors onto the inputs that hold them; a stale If-Match and others as one message. */
function useFormErrors(error: unknown, fieldIds: Record<string, string>, fallbackId: string) {
  const { t } = useTranslation('tempo');
  const errors: FormError[] = isApiError(error)
    ? error.fields.map((f) => {
        const name = f.field.replace(/^body\./, '');
        return {
          fieldId: fieldIds[f.field] ?? fallbackId,
          message: `${t(`field.${name}`, { defaultValue: name })}: ${f.message}`,
        };
      })
    : [];
  const message =
    error && errors.length === 0
      ? isApiError(error, 412)
        ? t('form.stale')
        : isApiError(error, 403)
          ? t('form.forbidden')
          : t('common:errors.generic')
      : undefined;
  return { errors, message };
}

function DateField({
  id,
  status,
  value,
  error,
  onChange,
}: {
  id: string;
  status: MilestoneStatus;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('tempo');
  return (
    <FormField
      id={id}
      label={status === 'reversed' ? t('field.reversedOn') : t('field.achievedOn')}
      hint={t('form.dateHint')}
      error={error}
    >
      {({ errorClass, ...control }) => (
        <input
          {...control}
          type="date"
          className={`usa-input usa-input${errorClass}`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** Achieve, reverse, start or re-plan one milestone, sending the version it was loaded at (If-Match). */
export function MilestoneStatusForm({
  milestoneId,
  groupId,
  onDone,
}: {
  milestoneId: string;
  groupId: string;
  onDone: () => void;
}) {
  const loaded = useMilestone(milestoneId);
  if (!loaded.data) return <LoadingIndicator />;
  return (
    <StatusFormFields
      key={milestoneId}
      milestone={loaded.data.milestone}
      etag={loaded.data.etag}
      groupId={groupId}
      onDone={onDone}
    />
  );
}

function StatusFormFields({
  milestone,
  etag,
  groupId,
  onDone,
}: {
  milestone: Milestone;
  etag: string | null;
  groupId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('tempo');
  const today = useToday();
  const update = useUpdateMilestone(groupId);
  const [status, setStatus] = useState<MilestoneStatus>(milestone.status);
  const [date, setDate] = useState(
    (milestone.status === 'reversed' ? milestone.reversedOn : milestone.achievedOn) ?? today,
  );
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const server = useFormErrors(
    update.error,
    { 'body.achievedOn': 'ms-date', 'body.reversedOn': 'ms-date', 'body.status': `ms-status-${status}` },
    'ms-date',
  );
  const errors = clientErrors.length > 0 ? clientErrors : server.errors;
  const message = clientErrors.length > 0 ? undefined : server.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (hasDate(status) && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      found.push({ fieldId: 'ms-date', message: t('form.dateRequired') });
    setClientErrors(found);
    if (found.length > 0) return;
    const input: UpdateMilestoneInput =
      status === 'achieved'
        ? { status, achievedOn: date }
        : status === 'reversed'
          ? { status, reversedOn: date }
          : { status };
    update.mutate({ id: milestone.id, etag, input }, { onSuccess: onDone });
  };

  return (
    <>
      <ErrorSummary errors={errors} message={message} />
      <form
        className="usa-form usa-form--large"
        onSubmit={submit}
        noValidate
        aria-label={t('form.statusTitle', { title: milestone.title })}
      >
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('field.status')}</legend>
          {MILESTONE_STATUSES.map((s) => (
            <div className="usa-radio" key={s}>
              <input
                className="usa-radio__input"
                id={`ms-status-${s}`}
                type="radio"
                name="ms-status"
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              <label className="usa-radio__label" htmlFor={`ms-status-${s}`}>
                {t(`action.${s}`)}
              </label>
            </div>
          ))}
        </fieldset>
        {hasDate(status) ? (
          <DateField
            id="ms-date"
            status={status}
            value={date}
            error={errors.find((e) => e.fieldId === 'ms-date')?.message}
            onChange={setDate}
          />
        ) : null}
        <div className="margin-top-3">
          <button type="submit" className="usa-button" disabled={update.isPending}>
            {t('form.saveStatus')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onDone}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}

interface CreateValues {
  title: string;
  weight: number;
  status: MilestoneStatus;
  targetDate: string;
  date: string;
  visibility: Visibility;
  classification: string;
}

const CREATE_FIELDS: Record<string, string> = {
  'body.title': 'mc-title',
  'body.weight': 'mc-weight',
  'body.status': 'mc-status',
  'body.targetDate': 'mc-target',
  'body.achievedOn': 'mc-date',
  'body.reversedOn': 'mc-date',
  'body.visibility': 'mc-visibility-shared',
  'body.classification': 'mc-classification',
};

/** Records a new milestone on one track, classified no higher than the user's clearance. */
export function MilestoneCreateForm({
  groupId,
  trackId,
  levels,
  onDone,
}: {
  groupId: string;
  trackId: string;
  levels: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation('tempo');
  const { data: me } = useMe();
  const today = useToday();
  const create = useCreateMilestone(groupId);
  const [values, setValues] = useState<CreateValues>({
    title: '',
    weight: 3,
    status: 'planned',
    targetDate: '',
    date: today,
    visibility: 'shared',
    classification: levels[0] ?? '',
  });
  const set = <K extends keyof CreateValues>(key: K, value: CreateValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const server = useFormErrors(create.error, CREATE_FIELDS, 'mc-title');
  const errors = clientErrors.length > 0 ? clientErrors : server.errors;
  const message = clientErrors.length > 0 ? undefined : server.message;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    const title = values.title.trim();
    if (!title) found.push({ fieldId: 'mc-title', message: t('form.titleRequired') });
    if (title.length > 300) found.push({ fieldId: 'mc-title', message: t('form.titleTooLong') });
    if (hasDate(values.status) && !values.date)
      found.push({ fieldId: 'mc-date', message: t('form.dateRequired') });
    if (!levels.includes(values.classification))
      found.push({ fieldId: 'mc-classification', message: t('form.classificationRequired') });
    setClientErrors(found);
    if (found.length > 0) return;
    const input: CreateMilestoneInput = {
      title,
      weight: values.weight,
      status: values.status,
      targetDate: values.targetDate || null,
      visibility: values.visibility,
      classification: values.classification,
      ...(values.status === 'achieved' ? { achievedOn: values.date } : {}),
      ...(values.status === 'reversed' ? { reversedOn: values.date } : {}),
    };
    create.mutate({ trackId, input }, { onSuccess: onDone });
  };

  return (
    <>
      <ErrorSummary errors={errors} message={message} />
      <form
        className="usa-form usa-form--large"
        onSubmit={submit}
        noValidate
        aria-label={t('form.createTitle')}
      >
        <FormField id="mc-title" label={t('field.title')} error={errorOf('mc-title')}>
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
          id="mc-weight"
          label={t('field.weight')}
          hint={t('form.weightHint')}
          error={errorOf('mc-weight')}
        >
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.weight}
              onChange={(e) => set('weight', Number(e.target.value))}
            >
              {WEIGHTS.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="mc-status" label={t('field.status')} error={errorOf('mc-status')}>
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.status}
              onChange={(e) => set('status', e.target.value as MilestoneStatus)}
            >
              {MILESTONE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {hasDate(values.status) ? (
          <DateField
            id="mc-date"
            status={values.status}
            value={values.date}
            error={errorOf('mc-date')}
            onChange={(v) => set('date', v)}
          />
        ) : null}
        <FormField
          id="mc-target"
          label={t('field.targetDate')}
          hint={t('form.optional')}
          error={errorOf('mc-target')}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              type="date"
              className={`usa-input usa-input${errorClass}`}
              value={values.targetDate}
              onChange={(e) => set('targetDate', e.target.value)}
            />
          )}
        </FormField>
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend">{t('field.visibility')}</legend>
          {(['shared', 'party'] as const).map((v) => (
            <div className="usa-radio" key={v}>
              <input
                className="usa-radio__input"
                id={`mc-visibility-${v}`}
                type="radio"
                name="mc-visibility"
                value={v}
                checked={values.visibility === v}
                onChange={() => set('visibility', v)}
              />
              <label className="usa-radio__label" htmlFor={`mc-visibility-${v}`}>
                {t(`visibility.${v}`, { party: me?.party ?? '' })}
              </label>
            </div>
          ))}
        </fieldset>
        <FormField
          id="mc-classification"
          label={t('field.classification')}
          hint={t('form.classificationHint')}
          error={errorOf('mc-classification')}
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
        <div className="margin-top-3">
          <button type="submit" className="usa-button" disabled={create.isPending}>
            {t('form.create')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onDone}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
