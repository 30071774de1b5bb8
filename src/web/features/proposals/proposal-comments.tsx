import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../core/contract/common.js';
import type { Proposal } from '../../../core/contract/proposals.js';
import { DateTime } from '../../ui/date-time.js';
import { Markdown } from '../../ui/markdown.js';
import { QueryBoundary } from '../../ui/query-boundary.js';
import { useAddProposalComment, useProposalComments } from './proposal-queries.js';

/** The discussion of a proposal: shared with every party, or kept to the writer's own party. */
export function ProposalComments({ proposal, myParty }: { proposal: Proposal; myParty: string }) {
  const { t } = useTranslation('proposals');
  const comments = useProposalComments(proposal.id);
  const add = useAddProposalComment(proposal.id);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('shared');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('comments.bodyRequired'));
      return;
    }
    setError(null);
    add.mutate({ body: body.trim(), visibility }, { onSuccess: () => setBody('') });
  };

  return (
    <section aria-labelledby="comments-heading" className="margin-y-3">
      <h2 id="comments-heading">{t('comments.title')}</h2>
      <QueryBoundary query={comments} inline>
        {(list) =>
          list.length === 0 ? (
            <p>{t('comments.empty')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled" data-testid="comments">
              {list.map((c) => (
                <li key={c.id} className="border-bottom-1px border-base-lighter padding-y-1">
                  <p className="margin-y-0">
                    <strong>{c.author.displayName}</strong> ({c.party}), <DateTime value={c.createdAt} />{' '}
                    {c.visibility === 'party' ? (
                      <span className="usa-tag bg-secondary-darker">
                        {t('comments.partyOnlyTag', { party: c.party })}
                      </span>
                    ) : null}
                  </p>
                  <Markdown source={c.body} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryBoundary>
      {proposal.abilities.comment ? (
        <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
          {add.isError ? (
            <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('common:errors.generic')}</p>
              </div>
            </div>
          ) : null}
          <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor="comment-body">
              {t('comments.body')}
            </label>
            {error ? (
              <span className="usa-error-message" id="comment-body-error">
                {error}
              </span>
            ) : null}
            <textarea
              className={`usa-textarea${error ? ' usa-input--error' : ''}`}
              id="comment-body"
              value={body}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? 'comment-body-error' : undefined}
              onChange={(e) => setBody(e.target.value)}
            />
          </div>
          <fieldset className="usa-fieldset margin-top-2">
            <legend className="usa-legend">{t('comments.visibility')}</legend>
            <div className="usa-radio">
              <input
                className="usa-radio__input"
                id="comment-visibility-shared"
                type="radio"
                name="comment-visibility"
                checked={visibility === 'shared'}
                onChange={() => setVisibility('shared')}
              />
              <label className="usa-radio__label" htmlFor="comment-visibility-shared">
                {t('comments.shared')}
              </label>
            </div>
            <div className="usa-radio">
              <input
                className="usa-radio__input"
                id="comment-visibility-party"
                type="radio"
                name="comment-visibility"
                checked={visibility === 'party'}
                onChange={() => setVisibility('party')}
              />
              <label className="usa-radio__label" htmlFor="comment-visibility-party">
                {t('comments.partyOnly', { party: myParty })}
              </label>
            </div>
          </fieldset>
          <button type="submit" className="usa-button margin-top-2" disabled={add.isPending}>
            {t('comments.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
