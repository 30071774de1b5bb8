import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../core/contract/proposals.js';
import type { ScreeningHit, ScreeningRun } from '../../../core/contract/screening.js';
import { isApiError } from '../../api/client.js';
import { DateTime } from '../../ui/date-time.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { QueryBoundary } from '../../ui/query-boundary.js';
import { formatScore, IdentityNote } from './match-list.js';
import {
  useDisposition,
  useProposalScreening,
  useRescreen,
  type DispositionInput,
} from './screening-queries.js';

const MIN_REASON = 10;

function DispositionForm({ proposalId, hit }: { proposalId: string; hit: ScreeningHit }) {
  const { t } = useTranslation('screening');
  const save = useDisposition(proposalId);
  const [value, setValue] = useState<DispositionInput['disposition'] | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const prefix = `hit-${hit.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!value) found.push({ fieldId: `${prefix}-true`, message: t('disposition.choose') });
    if (reason.trim().length < MIN_REASON)
      found.push({ fieldId: `${prefix}-reason`, message: t('disposition.reasonShort', { min: MIN_REASON }) });
    setErrors(found);
    if (found.length > 0 || !value) return;
    save.mutate(
      { hitId: hit.id, input: { disposition: value, reason: reason.trim() } },
      {
        onSuccess: () => {
          setValue('');
          setReason('');
        },
      },
    );
  };
  const serverMessage =
    save.error && errors.length === 0
      ? isApiError(save.error, 403)
        ? t('disposition.forbidden')
        : t('common:errors.generic')
      : undefined;

  return (
    <form
      className="usa-form margin-top-2"
      onSubmit={submit}
      noValidate
      aria-label={t('disposition.formLabel', { name: hit.counterpartyName })}
    >
      <ErrorSummary errors={errors} message={serverMessage} />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{t('disposition.legend')}</legend>
        <div className="usa-radio">
          <input
            className="usa-radio__input"
            id={`${prefix}-true`}
            type="radio"
            name={`${prefix}-disposition`}
            checked={value === 'true_match'}
            onChange={() => setValue('true_match')}
          />
          <label className="usa-radio__label" htmlFor={`${prefix}-true`}>
            {t('disposition.true_match')}
          </label>
        </div>
        <div className="usa-radio">
          <input
            className="usa-radio__input"
            id={`${prefix}-false`}
            type="radio"
            name={`${prefix}-disposition`}
            checked={value === 'false_positive'}
            onChange={() => setValue('false_positive')}
          />
          <label className="usa-radio__label" htmlFor={`${prefix}-false`}>
            {t('disposition.false_positive')}
          </label>
        </div>
      </fieldset>
      <FormField
        id={`${prefix}-reason`}
        label={t('disposition.reason')}
        hint={t('disposition.reasonHint', { min: MIN_REASON })}
        error={errors.find((e) => e.fieldId === `${prefix}-reason`)?.message}
      >
        {({ errorClass, ...control }) => (
          <textarea
            {...control}
            className={`usa-textarea usa-input${errorClass}`}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="usa-button margin-top-2" disabled={save.isPending}>
        {t('disposition.submit')}
      </button>
    </form>
  );
}

function HitCard({ proposalId, hit }: { proposalId: string; hit: ScreeningHit }) {
  const { t, i18n } = useTranslation('screening');
  const current = hit.disposition;
  return (
    <li className="border-1px border-base-lighter padding-2 margin-bottom-2" data-testid="screening-hit">
      <h4 className="margin-top-0">
        {hit.counterpartyName} → {hit.listedName}{' '}
        <span className="usa-tag">{formatScore(hit.score, i18n.language)}</span>
      </h4>
      <dl className="lockstep-meta">
        <div>
          <dt>{t('match.matchedName')}</dt>
          <dd>{hit.matchedName}</dd>
        </div>
        <div>
          <dt>{t('match.referenceNumber')}</dt>
          <dd>{hit.referenceNumber}</dd>
        </div>
        <div>
          <dt>{t('match.regime')}</dt>
          <dd>{hit.regime}</dd>
        </div>
        <div>
          <dt>{t('match.kind')}</dt>
          <dd>{t(`kind.${hit.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('disposition.current')}</dt>
          <dd data-testid="hit-disposition">
            {current ? t(`disposition.${current.disposition}`) : t('disposition.none')}
          </dd>
        </div>
      </dl>
      <p>
        <span className="text-bold">{t('match.why')}</span> {hit.explanation}
      </p>
      {hit.history.length > 0 ? (
        <>
          <h5>{t('disposition.history')}</h5>
          <ol className="usa-list">
            {hit.history.map((d) => (
              <li key={d.id}>
                <strong>{t(`disposition.${d.disposition}`)}</strong> —{' '}
                {d.by?.displayName ?? t('disposition.system')}
                {d.party ? ` (${d.party})` : ''}, <DateTime value={d.at} />: {d.reason}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {hit.abilities.disposition ? <DispositionForm proposalId={proposalId} hit={hit} /> : null}
    </li>
  );
}

function GoodsFindings({ run }: { run: ScreeningRun }) {
  const { t } = useTranslation('screening');
  if (run.goods.length === 0) return <p>{t('goods.none')}</p>;
  return (
    <ul className="usa-list usa-list--unstyled">
      {run.goods.map((g) => (
        <li
          key={g.itemIndex}
          className="border-1px border-base-lighter padding-2 margin-bottom-2"
          data-testid="goods-finding"
        >
          <h4 className="margin-top-0">
            {g.description} <span className="text-base">({t('goods.hs', { code: g.hsCode ?? '—' })})</span>
          </h4>
          {g.problem ? <p className="text-secondary-dark">{g.problem}</p> : null}
          {g.measures.length === 0 ? (
            <p>{t('goods.noMeasure')}</p>
          ) : (
            <>
              <ul className="usa-list">
                {g.measures.map((m) => (
                  <li key={m.id}>
                    <strong>{m.title}</strong> — {m.citation}
                    <br />
                    <span className="text-base-dark">{m.description}</span>
                  </li>
                ))}
              </ul>
              <p data-testid="goods-coverage">
                {g.coveredBy ? (
                  <span className="usa-tag bg-success-darker">{t('goods.covered')}</span>
                ) : (
                  <span className="usa-tag bg-secondary-dark">{t('goods.notCovered')}</span>
                )}
              </p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function RunView({ proposalId, run }: { proposalId: string; run: ScreeningRun }) {
  const { t } = useTranslation('screening');
  return (
    <>
      <p data-testid="screening-run">
        {t('run.at')} <DateTime value={run.at} /> — {t(`run.reason.${run.reason}`)}.{' '}
        {run.listDateGenerated
          ? t('run.list', { date: run.listDateGenerated.slice(0, 10) })
          : t('run.noList')}
      </p>
      {run.blockers.length > 0 ? (
        <div className="usa-alert usa-alert--warning" data-testid="screening-blockers">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">{t('blockers.title')}</h3>
            <ul className="usa-list">
              {run.blockers.map((b, i) => (
                <li key={`${b.code}-${i}`}>{b.message}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <div className="usa-alert usa-alert--success usa-alert--slim" data-testid="screening-clear">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('blockers.none')}</p>
          </div>
        </div>
      )}
      <h3>{t('hits.title')}</h3>
      {run.hits.length === 0 ? (
        <p>{t('hits.none')}</p>
      ) : (
        <>
          <IdentityNote />
          <ul className="usa-list usa-list--unstyled margin-top-2">
            {run.hits.map((h) => (
              <HitCard key={h.id} proposalId={proposalId} hit={h} />
            ))}
          </ul>
        </>
      )}
      <h3>{t('goods.title')}</h3>
      <GoodsFindings run={run} />
    </>
  );
}

/** The proposal's latest screening run: hits to disposition, goods under measures, what blocks clearance. */
export function ScreeningPanel({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation('screening');
  const screening = useProposalScreening(proposal.id);
  const rescreen = useRescreen(proposal.id);
  return (
    <section aria-labelledby="screening-heading" className="margin-y-4" data-testid="screening-panel">
      <h2 id="screening-heading">{t('panel.title')}</h2>
      <QueryBoundary query={screening} inline>
        {(data) => (
          <>
            {data.run ? <RunView proposalId={proposal.id} run={data.run} /> : <p>{t('run.none')}</p>}
            {data.abilities.rescreen ? (
              <p>
                <button
                  type="button"
                  className="usa-button usa-button--outline"
                  disabled={rescreen.isPending}
                  onClick={() => rescreen.mutate()}
                >
                  {rescreen.isPending ? t('run.rescreening') : t('run.rescreen')}
                </button>
              </p>
            ) : null}
            {rescreen.isError ? (
              <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t('common:errors.generic')}</p>
                </div>
              </div>
            ) : null}
          </>
        )}
      </QueryBoundary>
    </section>
  );
}
