import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal, ProposalActionValue } from '../../../core/contract/proposals.js';
import { isApiError } from '../../api/client.js';
import { NOTE_REQUIRED, readRefusalReasons, useTransitionProposal } from './proposal-queries.js';

// Their order on the page: the usual next step first, the ways out last.
const ORDER: ProposalActionValue[] = [
  'notify',
  'acknowledge',
  'concur',
  'raise_concerns',
  'object',
  'withdraw_objection',
  'clear',
  'record_execution',
  'report_unilateral',
  'withdraw',
];

function RefusalAlert({ action, error }: { action: ProposalActionValue; error: unknown }) {
  const { t } = useTranslation('proposals');
  const reasons = readRefusalReasons(error).filter((r) => !isApiError(error) || r !== error.message);
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim margin-bottom-2" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text" data-testid="refusal">
          <strong>{t('actions.refused', { action: t(`action.${action}`) })}</strong>{' '}
          {isApiError(error) ? error.message : t('common:errors.generic')}
        </p>
        {reasons.length > 0 ? (
          <ul className="usa-list">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The workflow buttons the server allows this user. `clear` also shows to the proposing party's co-chair while
 * it cannot pass yet, so that trying says why (the refusal names the objection or the running notice period).
 */
export function ProposalActions({ proposal, mayTryClear }: { proposal: Proposal; mayTryClear: boolean }) {
  const { t } = useTranslation('proposals');
  const transition = useTransitionProposal(proposal.id);
  const [noteFor, setNoteFor] = useState<ProposalActionValue | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [last, setLast] = useState<ProposalActionValue | null>(null);
  const allowed = new Set(proposal.abilities.actions);
  if (mayTryClear && proposal.status === 'notified') allowed.add('clear');
  const actions = ORDER.filter((a) => allowed.has(a));
  if (actions.length === 0) return null;

  const run = (action: ProposalActionValue, withNote: string | null) => {
    setLast(action);
    transition.mutate(
      { action, note: withNote },
      {
        onSuccess: () => {
          setNoteFor(null);
          setNote('');
        },
      },
    );
  };
  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (!noteFor) return;
    if (NOTE_REQUIRED.has(noteFor) && !note.trim()) {
      setNoteError(t('actions.noteRequired'));
      return;
    }
    setNoteError(null);
    run(noteFor, note.trim() || null);
  };

  return (
    <section aria-labelledby="actions-heading" className="margin-y-3">
      <h2 id="actions-heading">{t('actions.title')}</h2>
      {transition.isError && last ? <RefusalAlert action={last} error={transition.error} /> : null}
      {noteFor ? (
        <form className="usa-form usa-form--large" onSubmit={submitNote} noValidate>
          <div className={`usa-form-group${noteError ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor="action-note">
              {NOTE_REQUIRED.has(noteFor)
                ? t('actions.noteLabelRequired', { action: t(`action.${noteFor}`) })
                : t('actions.noteLabel', { action: t(`action.${noteFor}`) })}
            </label>
            {noteError ? (
              <span className="usa-error-message" id="action-note-error" role="alert">
                {noteError}
              </span>
            ) : null}
            <textarea
              className={`usa-textarea${noteError ? ' usa-input--error' : ''}`}
              id="action-note"
              value={note}
              autoFocus
              aria-invalid={Boolean(noteError)}
              aria-describedby={noteError ? 'action-note-error' : undefined}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <div className="margin-top-2">
            <button type="submit" className="usa-button" disabled={transition.isPending}>
              {t(`action.${noteFor}`)}
            </button>
            <button
              type="button"
              className="usa-button usa-button--unstyled margin-left-2"
              onClick={() => {
                setNoteFor(null);
                setNoteError(null);
              }}
            >
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <ul className="usa-button-group">
          {actions.map((action) => (
            <li className="usa-button-group__item" key={action}>
              <button
                type="button"
                className={`usa-button${action === 'withdraw' || action === 'object' ? ' usa-button--secondary' : ''}${
                  action === 'report_unilateral' ? ' usa-button--outline' : ''
                }`}
                disabled={transition.isPending}
                onClick={() => {
                  transition.reset();
                  if (NOTE_REQUIRED.has(action) || action === 'report_unilateral') {
                    setNoteFor(action);
                    setNote('');
                    setNoteError(null);
                  } else run(action, null);
                }}
              >
                {t(`action.${action}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
