import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../core/contract/statements.js';
import { isApiError } from '../../api/client.js';
import { DateTime } from '../../ui/date-time.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { QueryBoundary } from '../../ui/query-boundary.js';
import { useAddStatementComment, useStatementComments } from './statement-queries.js';

/** Comments exchanged once a statement is shared (a joint statement is shared from the start). */
export function CommentsSection({ statement }: { statement: Statement }) {
  const { t } = useTranslation('statements');
  const shared = statement.kind === 'joint' || statement.sharedAt !== null;
  const comments = useStatementComments(statement.id, shared);
  const add = useAddStatementComment(statement.id);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  if (!shared) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setErrors([{ fieldId: 'comment-body', message: t('comments.required') }]);
      return;
    }
    setErrors([]);
    add.mutate(body.trim(), { onSuccess: () => setBody('') });
  };
  return (
    <section aria-labelledby="comments-heading" className="margin-top-4">
      <h2 id="comments-heading">{t('comments.title')}</h2>
      <QueryBoundary query={comments} inline>
        {(list) =>
          list.length === 0 ? (
            <p>{t('comments.empty')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {list.map((c) => (
                <li key={c.id} className="margin-bottom-2 border-left-05 border-base-lighter padding-left-1">
                  <span className="text-bold">
                    {c.author.displayName}
                    {c.author.party ? ` (${c.author.party})` : ''}
                  </span>{' '}
                  <DateTime value={c.createdAt} />
                  <p className="margin-y-05">{c.body}</p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryBoundary>
      {statement.abilities.comment && statement.status !== 'published' ? (
        <form className="usa-form" onSubmit={submit} noValidate>
          <ErrorSummary
            errors={errors}
            message={
              isApiError(add.error) ? add.error.message : add.error ? t('common:errors.generic') : undefined
            }
          />
          <FormField id="comment-body" label={t('comments.label')} error={errors[0]?.message}>
            {({ errorClass, ...control }) => (
              <textarea
                {...control}
                className={`usa-textarea usa-input${errorClass}`}
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="usa-button margin-top-1" disabled={add.isPending}>
            {t('comments.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
