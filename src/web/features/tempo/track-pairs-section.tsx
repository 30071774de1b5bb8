import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Track } from '../../../core/contract/groups.js';
import type { TrackPair } from '../../../core/contract/tempo.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { useLocalized } from '../../ui/localized-text.js';
import {
  useCreateTrackPair,
  useDeleteTrackPair,
  useTrackPairs,
  useUpdateTrackPair,
} from './track-pair-queries.js';

type Translate = (key: string) => string;

/** A whole or decimal number of points from 0 to 100, or null. */
function parseTolerance(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** The server's refusal in words a co-chair can act on. */
function describeError(error: unknown, t: Translate): string {
  if (isApiError(error, 409)) return t('pairs.error.exists');
  if (isApiError(error, 412)) return t('pairs.error.stale');
  if (isApiError(error, 403)) return t('pairs.error.forbidden');
  if (isApiError(error, 400)) {
    const sameTrack = error.fields.some((f) => f.field === 'body.trackB' && /another track/.test(f.message));
    return sameTrack ? t('pairs.error.sameTrack') : t('pairs.error.invalid');
  }
  return t('pairs.error.other');
}

function PairRow({
  pair,
  nameOf,
  canManage,
  etag,
  onSaved,
  onError,
}: {
  pair: TrackPair;
  nameOf: (id: string) => string;
  canManage: boolean;
  etag: string | null;
  onSaved: (etag: string | null) => void;
  onError: (errors: FormError[], message?: string) => void;
}) {
  const { t, i18n } = useTranslation('tempo');
  const groupId = pair.groupId;
  const update = useUpdateTrackPair(groupId);
  const remove = useDeleteTrackPair(groupId);
  const [value, setValue] = useState(String(pair.tolerance));
  const [confirming, setConfirming] = useState(false);
  const label = t('pairs.pairName', { a: nameOf(pair.trackA), b: nameOf(pair.trackB) });
  const inputId = `pair-tolerance-${pair.id}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const tolerance = parseTolerance(value);
    if (tolerance === null) {
      onError([{ fieldId: inputId, message: t('pairs.error.tolerance', { pair: label }) }]);
      return;
    }
    onError([]);
    update.mutate(
      { id: pair.id, tolerance, etag },
      {
        onSuccess: (result) => onSaved(result.etag),
        onError: (error) => onError([], describeError(error, t)),
      },
    );
  };

  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        {canManage ? (
          <form className="display-flex flex-wrap flex-align-end" onSubmit={save} noValidate>
            <label className="usa-sr-only" htmlFor={inputId}>
              {t('pairs.toleranceOf', { pair: label })}
            </label>
            <input
              id={inputId}
              className="usa-input usa-input--xs margin-top-0 margin-right-1"
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step="any"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
            <button
              type="submit"
              className="usa-button usa-button--outline margin-top-1"
              disabled={update.isPending}
            >
              {t('pairs.save')}
              <span className="usa-sr-only"> {label}</span>
            </button>
          </form>
        ) : (
          pair.tolerance.toLocaleString(i18n.language)
        )}
      </td>
      {canManage ? (
        <td>
          {confirming ? (
            <div role="group" aria-label={t('pairs.confirmRemove', { pair: label })}>
              <p className="margin-top-0">{t('pairs.confirmRemove', { pair: label })}</p>
              <button
                type="button"
                className="usa-button usa-button--secondary"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(pair.id, {
                    onError: (error) => {
                      setConfirming(false);
                      onError([], describeError(error, t));
                    },
                  })
                }
              >
                {t('pairs.confirmYes')}
              </button>
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={() => setConfirming(false)}
              >
                {t('pairs.cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="usa-button usa-button--unstyled"
              onClick={() => setConfirming(true)}
            >
              {t('pairs.remove')}
              <span className="usa-sr-only"> {label}</span>
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}

function AddPairForm({
  groupId,
  tracks,
  nameOf,
  onError,
  onAdded,
}: {
  groupId: string;
  tracks: Track[];
  nameOf: (id: string) => string;
  onError: (errors: FormError[], message?: string) => void;
  onAdded: (id: string, etag: string | null) => void;
}) {
  const { t } = useTranslation('tempo');
  const create = useCreateTrackPair(groupId);
  const [values, setValues] = useState({ trackA: '', trackB: '', tolerance: '20' });
  const [invalid, setInvalid] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!values.trackA) found.push({ fieldId: 'pair-track-a', message: t('pairs.error.trackRequired') });
    if (!values.trackB) found.push({ fieldId: 'pair-track-b', message: t('pairs.error.trackRequired') });
    if (values.trackA && values.trackA === values.trackB)
      found.push({ fieldId: 'pair-track-b', message: t('pairs.error.sameTrack') });
    const tolerance = parseTolerance(values.tolerance);
    if (tolerance === null)
      found.push({ fieldId: 'pair-tolerance', message: t('pairs.error.toleranceRange') });
    setInvalid(found.map((f) => f.fieldId));
    onError(found);
    if (found.length > 0 || tolerance === null) return;
    create.mutate(
      { trackA: values.trackA, trackB: values.trackB, tolerance },
      {
        onSuccess: (result) => {
          onAdded(result.data.id, result.etag);
          setValues({ trackA: '', trackB: '', tolerance: '20' });
        },
        onError: (error) => onError([], describeError(error, t)),
      },
    );
  };

  const select = (key: 'trackA' | 'trackB', id: string) => (
    <div className={`usa-form-group${invalid.includes(id) ? ' usa-form-group--error' : ''}`}>
      <label className="usa-label" htmlFor={id}>
        {t(key === 'trackA' ? 'pairs.trackA' : 'pairs.trackB')}
      </label>
      <select
        id={id}
        className="usa-select"
        value={values[key]}
        aria-invalid={invalid.includes(id)}
        onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
      >
        <option value="">{t('pairs.choose')}</option>
        {tracks.map((track) => (
          <option key={track.id} value={track.id}>
            {nameOf(track.id)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="usa-form maxw-full" onSubmit={submit} noValidate aria-label={t('pairs.add')}>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{t('pairs.add')}</legend>
        {select('trackA', 'pair-track-a')}
        {select('trackB', 'pair-track-b')}
        <div
          className={`usa-form-group${invalid.includes('pair-tolerance') ? ' usa-form-group--error' : ''}`}
        >
          <label className="usa-label" htmlFor="pair-tolerance">
            {t('pairs.tolerance')}
          </label>
          <span className="usa-hint" id="pair-tolerance-hint">
            {t('pairs.toleranceHint')}
          </span>
          <input
            id="pair-tolerance"
            className="usa-input usa-input--small"
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            aria-describedby="pair-tolerance-hint"
            aria-invalid={invalid.includes('pair-tolerance')}
            value={values.tolerance}
            onChange={(e) => setValues((v) => ({ ...v, tolerance: e.target.value }))}
          />
        </div>
        <button type="submit" className="usa-button margin-top-2" disabled={create.isPending}>
          {t('pairs.addButton')}
        </button>
      </fieldset>
    </form>
  );
}

/** The pairs of tracks meant to move together; a co-chair changes them, everyone else reads them. */
export function TrackPairsSection({
  groupId,
  tracks,
  canManage,
}: {
  groupId: string;
  tracks: Track[];
  canManage: boolean;
}) {
  const { t } = useTranslation('tempo');
  const localized = useLocalized();
  const pairs = useTrackPairs(groupId);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [message, setMessage] = useState<string | undefined>(undefined);
  // The list answer carries no ETag; the one a save or add answers is sent back on the next save.
  const [etags, setEtags] = useState<Record<string, string | null>>({});
  const nameOf = (id: string) => localized(tracks.find((track) => track.id === id)?.name);
  const report = (found: FormError[], text?: string) => {
    setErrors(found);
    setMessage(text);
  };
  const caption = t('pairs.caption');

  return (
    <>
      <ErrorSummary errors={errors} message={message} />
      {pairs.isPending ? <p>{t('pairs.loading')}</p> : null}
      {pairs.isError ? <p>{describeError(pairs.error, t)}</p> : null}
      {pairs.data && pairs.data.length === 0 ? <p>{t('pairs.empty')}</p> : null}
      {pairs.data && pairs.data.length > 0 ? (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
          <table className="usa-table usa-table--borderless" data-testid="pairs-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pairs.pair')}</th>
                <th scope="col">{t('pairs.tolerance')}</th>
                {canManage ? <th scope="col">{t('pairs.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {pairs.data.map((pair) => (
                <PairRow
                  key={`${pair.id}-${pair.tolerance}`}
                  pair={pair}
                  nameOf={nameOf}
                  canManage={canManage}
                  etag={etags[pair.id] ?? pair.etag}
                  onSaved={(etag) => {
                    setEtags((e) => ({ ...e, [pair.id]: etag }));
                    report([]);
                  }}
                  onError={report}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canManage ? (
        <AddPairForm
          groupId={groupId}
          tracks={tracks}
          nameOf={nameOf}
          onError={report}
          onAdded={(id, etag) => setEtags((e) => ({ ...e, [id]: etag }))}
        />
      ) : (
        <p>{t('pairs.readOnly')}</p>
      )}
    </>
  );
}
