import { DateTime as Luxon } from 'luxon';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExemptionRequest, ExemptionSections } from '../../../core/contract/exemptions.js';
import type { Proposal } from '../../../core/contract/proposals.js';
import { isApiError } from '../../api/client.js';
import { useMe } from '../auth/auth-queries.js';
import { useMembers } from '../groups/group-queries.js';
import { useProposalScreening } from '../screening/screening-queries.js';
import { formatDate } from '../../lib/datetime.js';
import { DateTime } from '../../ui/date-time.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { QueryBoundary } from '../../ui/query-boundary.js';
import {
  exemptionDocumentUrl,
  useCreateExemptionRequest,
  useExemptionRequests,
  useUpdateExemptionRequest,
} from './exemption-queries.js';

/** The sections in the order of the 1718 Committee's guidelines. */
export const SECTION_KEYS: (keyof ExemptionSections)[] = [
  'nature',
  'recipients',
  'justification',
  'goods',
  'timeline',
  'financial',
  'monitoring',
];

export const DEFAULT_VALIDITY_MONTHS = 6;
export const MAX_VALIDITY_MONTHS = 9;

/** An ISO date some months later (the Committee counts validity in months from the approval). */
export function addMonths(date: string, months: number): string {
  return Luxon.fromISO(date, { zone: 'utc' }).plus({ months }).toISODate() ?? date;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Etags = Record<string, string>;
// Held by the request's view, which outlives the editors: they remount on each saved version, and a
// mutation's per-call callbacks are dropped when the component that started it unmounts.
type UpdateMutation = ReturnType<typeof useUpdateExemptionRequest>;

function useStatusMessage() {
  const { t } = useTranslation('exemptions');
  return (error: unknown): string | undefined => {
    if (!error) return undefined;
    if (isApiError(error, 412)) return t('errors.stale');
    if (isApiError(error, 403)) return t('errors.forbidden');
    if (isApiError(error, 409)) return t('errors.conflict');
    if (isApiError(error, 0)) return t('common:errors.network');
    return t('common:errors.generic');
  };
}

function SectionsEditor({
  request,
  etag,
  onSaved,
  update,
}: {
  request: ExemptionRequest;
  etag: string | null;
  onSaved: (etag: string | null) => void;
  update: UpdateMutation;
}) {
  const { t } = useTranslation('exemptions');
  const [sections, setSections] = useState<ExemptionSections>(request.sections);
  const messageOf = useStatusMessage();
  const prefix = `ex-${request.id}`;

  const run = (input: { sections: ExemptionSections; status?: 'submitted' }) => {
    update.mutate({ id: request.id, input, etag }, { onSuccess: (result) => onSaved(result.etag) });
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    run({ sections });
  };
  const fields: FormError[] = isApiError(update.error)
    ? update.error.fields.map((f) => ({
        fieldId: `${prefix}-${f.field.replace(/^body\.sections\./, '')}`,
        message: f.message,
      }))
    : [];

  return (
    <form className="usa-form usa-form--large lockstep-form-wide" onSubmit={save} noValidate>
      <ErrorSummary errors={fields} message={fields.length === 0 ? messageOf(update.error) : undefined} />
      {SECTION_KEYS.map((key) => (
        <FormField key={key} id={`${prefix}-${key}`} label={t(`section.${key}`)}>
          {({ errorClass, ...control }) => (
            <textarea
              {...control}
              className={`usa-textarea usa-input${errorClass}`}
              rows={4}
              maxLength={50_000}
              value={sections[key]}
              onChange={(e) => setSections((s) => ({ ...s, [key]: e.target.value }))}
            />
          )}
        </FormField>
      ))}
      <div className="margin-top-3">
        <button type="submit" className="usa-button" disabled={update.isPending}>
          {t('edit.save')}
        </button>
        {request.abilities.submit ? (
          <button
            type="button"
            className="usa-button usa-button--accent-warm"
            disabled={update.isPending}
            onClick={() => run({ sections, status: 'submitted' })}
          >
            {t('edit.submit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function DecisionForm({
  request,
  etag,
  onSaved,
  today,
  update,
}: {
  request: ExemptionRequest;
  etag: string | null;
  onSaved: (etag: string | null) => void;
  today: string;
  update: UpdateMutation;
}) {
  const { t } = useTranslation('exemptions');
  const messageOf = useStatusMessage();
  const prefix = `decide-${request.id}`;
  const [decision, setDecision] = useState<'approved' | 'rejected' | ''>('');
  const [approvedOn, setApprovedOn] = useState(today);
  const [validUntil, setValidUntil] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  // Until edited, the validity follows the approval date: six months, the Committee's usual term.
  const until =
    validUntil ?? (ISO_DATE.test(approvedOn) ? addMonths(approvedOn, DEFAULT_VALIDITY_MONTHS) : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!decision) found.push({ fieldId: `${prefix}-approved`, message: t('decide.choose') });
    if (decision === 'approved') {
      if (!ISO_DATE.test(approvedOn))
        found.push({ fieldId: `${prefix}-on`, message: t('decide.dateFormat') });
      else if (!ISO_DATE.test(until))
        found.push({ fieldId: `${prefix}-until`, message: t('decide.dateFormat') });
      else if (until <= approvedOn)
        found.push({ fieldId: `${prefix}-until`, message: t('decide.untilAfter') });
      else if (until > addMonths(approvedOn, MAX_VALIDITY_MONTHS))
        found.push({
          fieldId: `${prefix}-until`,
          message: t('decide.untilMax', {
            months: MAX_VALIDITY_MONTHS,
            date: addMonths(approvedOn, MAX_VALIDITY_MONTHS),
          }),
        });
    }
    setErrors(found);
    if (found.length > 0 || !decision) return;
    update.mutate(
      {
        id: request.id,
        etag,
        input:
          decision === 'approved'
            ? { status: 'approved', approvedOn, validUntil: until, decisionNote: note.trim() || null }
            : { status: 'rejected', decisionNote: note.trim() || null },
      },
      { onSuccess: (result) => onSaved(result.etag) },
    );
  };
  const serverFields: FormError[] = isApiError(update.error)
    ? update.error.fields.map((f) => ({
        fieldId: f.field === 'body.approvedOn' ? `${prefix}-on` : `${prefix}-until`,
        message: f.message,
      }))
    : [];
  const shown = errors.length > 0 ? errors : serverFields;
  const errorOf = (id: string) => shown.find((e) => e.fieldId === id)?.message;

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <h4>{t('decide.title')}</h4>
      <ErrorSummary errors={shown} message={shown.length === 0 ? messageOf(update.error) : undefined} />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{t('decide.legend')}</legend>
        {(['approved', 'rejected'] as const).map((d) => (
          <div className="usa-radio" key={d}>
            <input
              className="usa-radio__input"
              id={`${prefix}-${d}`}
              type="radio"
              name={`${prefix}-decision`}
              checked={decision === d}
              onChange={() => setDecision(d)}
            />
            <label className="usa-radio__label" htmlFor={`${prefix}-${d}`}>
              {t(`decide.${d}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {decision === 'approved' ? (
        <>
          <FormField
            id={`${prefix}-on`}
            label={t('decide.approvedOn')}
            hint={t('decide.dateHint')}
            error={errorOf(`${prefix}-on`)}
          >
            {({ errorClass, ...control }) => (
              <input
                {...control}
                className={`usa-input usa-input--medium usa-input${errorClass}`}
                type="date"
                value={approvedOn}
                onChange={(e) => setApprovedOn(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${prefix}-until`}
            label={t('decide.validUntil')}
            hint={t('decide.validUntilHint', { months: DEFAULT_VALIDITY_MONTHS, max: MAX_VALIDITY_MONTHS })}
            error={errorOf(`${prefix}-until`)}
          >
            {({ errorClass, ...control }) => (
              <input
                {...control}
                className={`usa-input usa-input--medium usa-input${errorClass}`}
                type="date"
                value={until}
                onChange={(e) => setValidUntil(e.target.value)}
              />
            )}
          </FormField>
        </>
      ) : null}
      <FormField id={`${prefix}-note`} label={t('decide.note')}>
        {({ errorClass, ...control }) => (
          <textarea
            {...control}
            className={`usa-textarea usa-input${errorClass}`}
            rows={2}
            maxLength={5000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="usa-button margin-top-2" disabled={update.isPending}>
        {t('decide.submit')}
      </button>
    </form>
  );
}

function StatusTag({ status }: { status: ExemptionRequest['status'] }) {
  const { t } = useTranslation('exemptions');
  const color =
    status === 'approved'
      ? ' bg-success-darker'
      : status === 'rejected'
        ? ' bg-secondary-dark'
        : status === 'submitted'
          ? ' bg-primary-dark'
          : '';
  return <span className={`usa-tag${color}`}>{t(`status.${status}`)}</span>;
}

function RequestView({
  request,
  etag,
  onSaved,
  index,
}: {
  request: ExemptionRequest;
  etag: string | null;
  onSaved: (etag: string | null) => void;
  index: number;
}) {
  const { t, i18n } = useTranslation('exemptions');
  const { data: me } = useMe();
  const zone = me?.timeZone ?? 'UTC';
  const today = Luxon.now().setZone(zone).toISODate() ?? '';
  const date = (d: string) => formatDate(d, i18n.language);
  // Lives here, not in the editor: the editor starts afresh from each saved version.
  const [saved, setSaved] = useState(false);
  const update = useUpdateExemptionRequest(request.proposalId);
  const afterSave = (next: string | null) => {
    setSaved(true);
    onSaved(next);
  };
  return (
    <li className="border-1px border-base-lighter padding-2 margin-bottom-2" data-testid="exemption-request">
      <h3 className="margin-top-0">
        {t('request.title', { n: index + 1 })} <StatusTag status={request.status} />
      </h3>
      <dl className="lockstep-meta">
        <div>
          <dt>{t('request.author')}</dt>
          <dd>{request.author.displayName}</dd>
        </div>
        {request.submittedAt ? (
          <div>
            <dt>{t('request.submittedAt')}</dt>
            <dd>
              <DateTime value={request.submittedAt} />
            </dd>
          </div>
        ) : null}
        {request.status === 'approved' && request.approvedOn && request.validUntil ? (
          <div>
            <dt>{t('request.validity')}</dt>
            <dd data-testid="exemption-validity">
              {t('request.validRange', { from: date(request.approvedOn), until: date(request.validUntil) })}
            </dd>
          </div>
        ) : null}
        {request.decisionNote ? (
          <div>
            <dt>{t('request.decisionNote')}</dt>
            <dd>{request.decisionNote}</dd>
          </div>
        ) : null}
      </dl>
      {request.covers.length > 0 ? (
        <>
          <h4>{t('request.covers')}</h4>
          <ul className="usa-list">
            {request.covers.map((c) => (
              <li key={`${c.hsCode}-${c.description}`}>
                {c.description} (HS {c.hsCode})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a className="usa-link" href={exemptionDocumentUrl(request.id)} download>
          {t('request.download')}
        </a>
      </p>
      {request.abilities.edit ? (
        <SectionsEditor
          key={request.updatedAt}
          request={request}
          etag={etag}
          onSaved={afterSave}
          update={update}
        />
      ) : (
        <details>
          <summary>{t('request.showSections')}</summary>
          {SECTION_KEYS.map((key) => (
            <div key={key}>
              <h4>{t(`section.${key}`)}</h4>
              <p style={{ whiteSpace: 'pre-wrap' }}>{request.sections[key] || '—'}</p>
            </div>
          ))}
        </details>
      )}
      {request.abilities.decide ? (
        <DecisionForm
          key={request.updatedAt}
          request={request}
          etag={etag}
          onSaved={onSaved}
          today={today}
          update={update}
        />
      ) : null}
      <p role="status" className="text-base">
        {saved && request.status === 'draft' ? t('edit.saved') : ''}
      </p>
    </li>
  );
}

/** Exemption requests to the 1718 Committee for the proposal's goods under UN measures. */
export function ExemptionsPanel({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation('exemptions');
  const requests = useExemptionRequests(proposal.id);
  const screening = useProposalScreening(proposal.id);
  const create = useCreateExemptionRequest(proposal.id);
  const { data: me } = useMe();
  const members = useMembers(proposal.groupId);
  const [etags, setEtags] = useState<Etags>({});
  const messageOf = useStatusMessage();
  const role = members.data?.find((m) => m.userId === me?.id)?.role;
  const needsExemption = screening.data?.run?.goods.some((g) => g.requiresExemption) === true;
  const items = requests.data ?? [];
  const open = items.some((r) => r.status === 'draft' || r.status === 'submitted');
  // The server decides; this only hides a button that would be refused.
  const mayDraft =
    needsExemption &&
    !open &&
    me?.party === proposal.proposingParty &&
    (role === 'co_chair' || role === 'delegate') &&
    (proposal.status === 'draft' || proposal.status === 'notified' || proposal.status === 'cleared');

  return (
    <section aria-labelledby="exemptions-heading" className="margin-y-4" data-testid="exemptions-panel">
      <h2 id="exemptions-heading">{t('panel.title')}</h2>
      <QueryBoundary query={requests} inline>
        {(list) => (
          <>
            {list.length === 0 ? (
              <p>{needsExemption ? t('panel.noneNeeded') : t('panel.none')}</p>
            ) : (
              <ol className="usa-list usa-list--unstyled">
                {list.map((r, i) => (
                  <RequestView
                    key={r.id}
                    index={i}
                    request={r}
                    etag={etags[r.id] ?? null}
                    onSaved={(etag) => setEtags((e) => (etag ? { ...e, [r.id]: etag } : e))}
                  />
                ))}
              </ol>
            )}
          </>
        )}
      </QueryBoundary>
      {mayDraft ? (
        <p>
          <button
            type="button"
            className="usa-button"
            disabled={create.isPending}
            onClick={() =>
              create.mutate(undefined, {
                onSuccess: (result) =>
                  setEtags((e) => (result.etag ? { ...e, [result.request.id]: result.etag } : e)),
              })
            }
          >
            {t('panel.draft')}
          </button>
        </p>
      ) : null}
      {create.error ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{messageOf(create.error)}</p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
