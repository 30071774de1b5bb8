import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../core/contract/common.js';
import type { Track } from '../../../core/contract/groups.js';
import type {
  Proposal,
  ProposalCounterparty,
  ProposalFundsTransfer,
  ProposalItem,
} from '../../../core/contract/proposals.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { useLocalized } from '../../ui/localized-text.js';

// Rows hold what the inputs show (numbers as text), and are converted on submit.
interface ItemRow {
  description: string;
  hsCode: string;
  quantity: string;
  unit: string;
  valueUsd: string;
  endUser: string;
}
interface CounterpartyRow {
  name: string;
  kind: ProposalCounterparty['kind'];
  country: string;
}
interface TransferRow {
  amount: string;
  currency: string;
  channel: string;
}

export interface ProposalFormValues {
  trackId: string;
  title: string;
  summary: string;
  plannedFor: string;
  location: string;
  items: ItemRow[];
  counterparties: CounterpartyRow[];
  fundsTransfers: TransferRow[];
  visibility: Visibility;
  classification: string;
  reportUnilateral: boolean;
  note: string;
}

export interface ProposalPayload {
  trackId: string | null;
  title: string;
  summary: string;
  plannedFor: string | null;
  location: string | null;
  items: ProposalItem[];
  counterparties: ProposalCounterparty[];
  fundsTransfers: ProposalFundsTransfer[];
  visibility: Visibility;
  classification: string;
  reportUnilateral: boolean;
  note: string | null;
}

const EMPTY_ITEM: ItemRow = {
  description: '',
  hsCode: '',
  quantity: '',
  unit: '',
  valueUsd: '',
  endUser: '',
};
const EMPTY_COUNTERPARTY: CounterpartyRow = { name: '', kind: 'organization', country: '' };
const EMPTY_TRANSFER: TransferRow = { amount: '', currency: 'USD', channel: '' };
const KINDS: ProposalCounterparty['kind'][] = ['organization', 'person', 'vessel'];

const text = (v: number | string | null) => (v === null ? '' : String(v));

export function emptyProposalValues(classification: string): ProposalFormValues {
  return {
    trackId: '',
    title: '',
    summary: '',
    plannedFor: '',
    location: '',
    items: [],
    counterparties: [],
    fundsTransfers: [],
    visibility: 'shared',
    classification,
    reportUnilateral: false,
    note: '',
  };
}

export function valuesOfProposal(p: Proposal): ProposalFormValues {
  return {
    ...emptyProposalValues(p.classification),
    trackId: p.trackId ?? '',
    title: p.title,
    summary: p.summary,
    plannedFor: p.plannedFor ?? '',
    location: p.location ?? '',
    items: p.items.map((i) => ({
      description: i.description,
      hsCode: text(i.hsCode),
      quantity: text(i.quantity),
      unit: text(i.unit),
      valueUsd: text(i.valueUsd),
      endUser: text(i.endUser),
    })),
    counterparties: p.counterparties.map((c) => ({ name: c.name, kind: c.kind, country: text(c.country) })),
    fundsTransfers: p.fundsTransfers.map((f) => ({
      amount: String(f.amount),
      currency: f.currency,
      channel: f.channel,
    })),
    visibility: p.visibility,
  };
}

/** The id of the input a server field path names: body.items.0.hsCode → p-items-0-hsCode. */
export function fieldIdOf(path: string): string {
  return `p-${path.replace(/^body\./, '').replace(/\./g, '-')}`;
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
// Unreadable numbers become NaN, which the submit check reports before anything is sent.
const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v.replace(/,/g, '')));

function toPayload(v: ProposalFormValues): ProposalPayload {
  return {
    trackId: orNull(v.trackId),
    title: v.title.trim(),
    summary: v.summary,
    plannedFor: orNull(v.plannedFor),
    location: orNull(v.location),
    items: v.items.map((i) => ({
      description: i.description.trim(),
      hsCode: orNull(i.hsCode),
      quantity: numberOrNull(i.quantity),
      unit: orNull(i.unit),
      valueUsd: numberOrNull(i.valueUsd),
      endUser: orNull(i.endUser),
    })),
    counterparties: v.counterparties.map((c) => ({
      name: c.name.trim(),
      kind: c.kind,
      country: orNull(c.country.toUpperCase()),
    })),
    fundsTransfers: v.fundsTransfers.map((f) => ({
      amount: Number(f.amount.replace(/,/g, '')),
      currency: f.currency.trim().toUpperCase() || 'USD',
      channel: f.channel.trim(),
    })),
    visibility: v.visibility,
    classification: v.classification,
    reportUnilateral: v.reportUnilateral,
    note: orNull(v.note),
  };
}

function RowFieldset({
  legend,
  removeLabel,
  onRemove,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="usa-fieldset border-1px border-base-lighter padding-2 margin-top-2 radius-md">
      <legend className="usa-legend text-bold">{legend}</legend>
      {children}
      <button type="button" className="usa-button usa-button--unstyled margin-top-2" onClick={onRemove}>
        {removeLabel}
      </button>
    </fieldset>
  );
}

export function ProposalForm({
  initial,
  mode,
  tracks,
  levels,
  party,
  notified,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  initial: ProposalFormValues;
  mode: 'create' | 'edit';
  tracks: Track[];
  levels: string[];
  party: string;
  /** Editing a notified proposal: a material change restarts the notice period. */
  notified: boolean;
  submitting: boolean;
  error: unknown;
  onSubmit: (payload: ProposalPayload) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('proposals');
  const localized = useLocalized();
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const set = <K extends keyof ProposalFormValues>(key: K, value: ProposalFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const setRow = <K extends 'items' | 'counterparties' | 'fundsTransfers'>(
    key: K,
    index: number,
    patch: Partial<ProposalFormValues[K][number]>,
  ) =>
    setValues((v) => ({
      ...v,
      [key]: v[key].map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  const removeRow = (key: 'items' | 'counterparties' | 'fundsTransfers', index: number) =>
    setValues((v) => ({ ...v, [key]: v[key].filter((_, i) => i !== index) }));

  function labelOfPath(path: string): string {
    const [, list, index, field] =
      /^body\.(items|counterparties|fundsTransfers)\.(\d+)\.(\w+)$/.exec(path) ?? [];
    if (list && index && field) {
      const row = t(`${list === 'fundsTransfers' ? 'transfers' : list}.row`, { n: Number(index) + 1 });
      return `${row}, ${t(`field.${field}`, { defaultValue: field })}`;
    }
    const name = path.replace(/^body\./, '');
    return t(`field.${name}`, { defaultValue: name });
  }
  const serverErrors: FormError[] = isApiError(error)
    ? error.fields.map((f) => ({
        fieldId: fieldIdOf(f.field),
        message: `${labelOfPath(f.field)}: ${f.message}`,
      }))
    : [];
  const errors = clientErrors.length > 0 ? clientErrors : serverErrors;
  const summaryMessage =
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
    if (!values.title.trim()) found.push({ fieldId: 'p-title', message: t('form.titleRequired') });
    values.items.forEach((item, i) => {
      if (!item.description.trim())
        found.push({
          fieldId: `p-items-${i}-description`,
          message: t('form.itemDescriptionRequired', { n: i + 1 }),
        });
      for (const key of ['quantity', 'valueUsd'] as const) {
        const n = numberOrNull(item[key]);
        if (n !== null && (!Number.isFinite(n) || n < 0))
          found.push({
            fieldId: `p-items-${i}-${key}`,
            message: t('form.numberInvalid', { field: t(`field.${key}`), n: i + 1 }),
          });
      }
    });
    values.counterparties.forEach((c, i) => {
      if (!c.name.trim())
        found.push({
          fieldId: `p-counterparties-${i}-name`,
          message: t('form.counterpartyNameRequired', { n: i + 1 }),
        });
    });
    values.fundsTransfers.forEach((f, i) => {
      const n = Number(f.amount.replace(/,/g, ''));
      if (!f.amount.trim() || !Number.isFinite(n) || n <= 0)
        found.push({
          fieldId: `p-fundsTransfers-${i}-amount`,
          message: t('form.amountInvalid', { n: i + 1 }),
        });
      if (!f.channel.trim())
        found.push({
          fieldId: `p-fundsTransfers-${i}-channel`,
          message: t('form.channelRequired', { n: i + 1 }),
        });
    });
    setClientErrors(found);
    if (found.length === 0) onSubmit(toPayload(values));
  };

  const input = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    type = 'text',
    hint?: string,
  ) => (
    <FormField id={id} label={label} hint={hint} error={errorOf(id)}>
      {({ errorClass, ...control }) => (
        <input
          {...control}
          type={type === 'number-text' ? 'text' : type}
          inputMode={type === 'number-text' ? 'decimal' : undefined}
          className={`usa-input usa-input${errorClass}`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <>
      <ErrorSummary errors={errors} message={summaryMessage} />
      {mode === 'edit' && notified ? (
        <div
          className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-2"
          data-testid="material-warning"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('form.materialWarning')}</p>
          </div>
        </div>
      ) : null}
      <form className="usa-form usa-form--large lockstep-form-wide" onSubmit={submit} noValidate>
        {input('p-title', t('field.title'), values.title, (v) => set('title', v))}
        <FormField id="p-trackId" label={t('field.trackId')} error={errorOf('p-trackId')}>
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={values.trackId}
              onChange={(e) => set('trackId', e.target.value)}
            >
              <option value="">{t('form.noTrack')}</option>
              {tracks.map((tr) => (
                <option key={tr.id} value={tr.id}>
                  {localized(tr.name)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="p-summary"
          label={t('field.summary')}
          hint={t('form.summaryHint')}
          error={errorOf('p-summary')}
        >
          {({ errorClass, ...control }) => (
            <textarea
              {...control}
              className={`usa-textarea usa-input${errorClass}`}
              value={values.summary}
              onChange={(e) => set('summary', e.target.value)}
            />
          )}
        </FormField>
        {input('p-plannedFor', t('field.plannedFor'), values.plannedFor, (v) => set('plannedFor', v), 'date')}
        {input('p-location', t('field.location'), values.location, (v) => set('location', v))}

        <h2 className="margin-top-4">{t('items.title')}</h2>
        {values.items.map((item, i) => (
          <RowFieldset
            key={i}
            legend={t('items.row', { n: i + 1 })}
            removeLabel={t('items.remove', { n: i + 1 })}
            onRemove={() => removeRow('items', i)}
          >
            {input(`p-items-${i}-description`, t('field.description'), item.description, (v) =>
              setRow('items', i, { description: v }),
            )}
            {input(
              `p-items-${i}-hsCode`,
              t('field.hsCode'),
              item.hsCode,
              (v) => setRow('items', i, { hsCode: v }),
              'text',
              t('form.hsHint'),
            )}
            {input(
              `p-items-${i}-quantity`,
              t('field.quantity'),
              item.quantity,
              (v) => setRow('items', i, { quantity: v }),
              'number-text',
            )}
            {input(`p-items-${i}-unit`, t('field.unit'), item.unit, (v) => setRow('items', i, { unit: v }))}
            {input(
              `p-items-${i}-valueUsd`,
              t('field.valueUsd'),
              item.valueUsd,
              (v) => setRow('items', i, { valueUsd: v }),
              'number-text',
            )}
            {input(`p-items-${i}-endUser`, t('field.endUser'), item.endUser, (v) =>
              setRow('items', i, { endUser: v }),
            )}
          </RowFieldset>
        ))}
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onClick={() => set('items', [...values.items, { ...EMPTY_ITEM }])}
        >
          {t('items.add')}
        </button>

        <h2 className="margin-top-4">{t('counterparties.title')}</h2>
        {values.counterparties.map((c, i) => (
          <RowFieldset
            key={i}
            legend={t('counterparties.row', { n: i + 1 })}
            removeLabel={t('counterparties.remove', { n: i + 1 })}
            onRemove={() => removeRow('counterparties', i)}
          >
            {input(`p-counterparties-${i}-name`, t('field.name'), c.name, (v) =>
              setRow('counterparties', i, { name: v }),
            )}
            <FormField
              id={`p-counterparties-${i}-kind`}
              label={t('field.kind')}
              error={errorOf(`p-counterparties-${i}-kind`)}
            >
              {({ errorClass, ...control }) => (
                <select
                  {...control}
                  className={`usa-select usa-input${errorClass}`}
                  value={c.kind}
                  onChange={(e) =>
                    setRow('counterparties', i, { kind: e.target.value as CounterpartyRow['kind'] })
                  }
                >
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {input(
              `p-counterparties-${i}-country`,
              t('field.country'),
              c.country,
              (v) => setRow('counterparties', i, { country: v }),
              'text',
              t('form.countryHint'),
            )}
          </RowFieldset>
        ))}
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onClick={() => set('counterparties', [...values.counterparties, { ...EMPTY_COUNTERPARTY }])}
        >
          {t('counterparties.add')}
        </button>

        <h2 className="margin-top-4">{t('transfers.title')}</h2>
        {values.fundsTransfers.map((f, i) => (
          <RowFieldset
            key={i}
            legend={t('transfers.row', { n: i + 1 })}
            removeLabel={t('transfers.remove', { n: i + 1 })}
            onRemove={() => removeRow('fundsTransfers', i)}
          >
            {input(
              `p-fundsTransfers-${i}-amount`,
              t('field.amount'),
              f.amount,
              (v) => setRow('fundsTransfers', i, { amount: v }),
              'number-text',
            )}
            {input(`p-fundsTransfers-${i}-currency`, t('field.currency'), f.currency, (v) =>
              setRow('fundsTransfers', i, { currency: v }),
            )}
            {input(`p-fundsTransfers-${i}-channel`, t('field.channel'), f.channel, (v) =>
              setRow('fundsTransfers', i, { channel: v }),
            )}
          </RowFieldset>
        ))}
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onClick={() => set('fundsTransfers', [...values.fundsTransfers, { ...EMPTY_TRANSFER }])}
        >
          {t('transfers.add')}
        </button>

        {mode === 'create' ? (
          <>
            <h2 className="margin-top-4">{t('form.accessTitle')}</h2>
            <fieldset className="usa-fieldset">
              <legend className="usa-legend">{t('field.visibility')}</legend>
              <span className="usa-hint">{t('form.visibilityHint')}</span>
              {(['shared', 'party'] as const).map((v) => (
                <div className="usa-radio" key={v}>
                  <input
                    className="usa-radio__input"
                    id={`p-visibility-${v}`}
                    type="radio"
                    name="visibility"
                    checked={values.visibility === v}
                    onChange={() => set('visibility', v)}
                  />
                  <label className="usa-radio__label" htmlFor={`p-visibility-${v}`}>
                    {v === 'shared' ? t('visibility.shared') : t('visibility.party', { party })}
                  </label>
                </div>
              ))}
            </fieldset>
            <FormField
              id="p-classification"
              label={t('field.classification')}
              error={errorOf('p-classification')}
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
            <div className="usa-checkbox margin-top-3">
              <input
                className="usa-checkbox__input"
                id="p-reportUnilateral"
                type="checkbox"
                checked={values.reportUnilateral}
                onChange={(e) => set('reportUnilateral', e.target.checked)}
              />
              <label className="usa-checkbox__label" htmlFor="p-reportUnilateral">
                {t('form.reportUnilateral')}
              </label>
            </div>
            {values.reportUnilateral ? (
              <FormField id="p-note" label={t('form.reportNote')} error={errorOf('p-note')}>
                {({ errorClass, ...control }) => (
                  <textarea
                    {...control}
                    className={`usa-textarea usa-input${errorClass}`}
                    value={values.note}
                    onChange={(e) => set('note', e.target.value)}
                  />
                )}
              </FormField>
            ) : null}
          </>
        ) : null}
        <div className="margin-top-4">
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
