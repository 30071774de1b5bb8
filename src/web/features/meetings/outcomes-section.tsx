import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, MeetingOutcomeView } from '../../../core/contract/meetings.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { QueryBoundary } from '../../ui/query-boundary.js';
import { formatDate } from '../../lib/datetime.js';
import { useMembers } from '../groups/group-queries.js';
import { useAddOutcome, useOutcomes, useUpdateOutcome } from './meeting-queries.js';

const KINDS = ['decision', 'action_item', 'note'] as const;

/** Owner, due date and status of an action item, with "Mark done" when the user may change it. */
export function ActionItemLine({ item }: { item: MeetingOutcomeView }) {
  const { t, i18n } = useTranslation('meetings');
  const update = useUpdateOutcome();
  return (
    <>
      <span className="text-bold">{item.title}</span>
      <span className="display-block">
        {item.owner ? t('outcomes.owner', { name: item.owner.displayName }) : t('outcomes.noOwner')}
        {item.dueOn ? ` · ${t('outcomes.due', { date: formatDate(item.dueOn, i18n.language) })}` : ''}
        {' · '}
        <span
          className={`usa-tag ${item.overdue ? 'bg-secondary-dark' : item.status === 'done' ? 'bg-base-darker' : 'bg-primary-dark'}`}
        >
          {item.overdue ? t('outcomes.overdue') : t(`outcomes.status.${item.status ?? 'open'}`)}
        </span>
      </span>
      {item.body ? <span className="display-block text-base-dark">{item.body}</span> : null}
      {item.status === 'open' && item.abilities.edit ? (
        <button
          type="button"
          className="usa-button usa-button--outline usa-button--small margin-top-05"
          disabled={update.isPending}
          aria-label={t('outcomes.markDoneOf', { title: item.title })}
          onClick={() => update.mutate({ id: item.id, status: 'done' })}
        >
          {t('outcomes.markDone')}
        </button>
      ) : null}
    </>
  );
}

export function OutcomesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const outcomes = useOutcomes(meeting.id);
  return (
    <section aria-labelledby="outcomes-heading" className="margin-top-4">
      <h2 id="outcomes-heading">{t('outcomes.title')}</h2>
      <QueryBoundary query={outcomes} inline>
        {(list) =>
          list.length === 0 ? (
            <p>{t('outcomes.empty')}</p>
          ) : (
            <>
              {KINDS.map((kind) => {
                const items = list.filter((o) => o.kind === kind);
                if (items.length === 0) return null;
                return (
                  <div key={kind}>
                    <h3>{t(`outcomes.kinds.${kind}`)}</h3>
                    <ul className="usa-list">
                      {items.map((o) => (
                        <li key={o.id} className="margin-bottom-1">
                          {kind === 'action_item' ? (
                            <ActionItemLine item={o} />
                          ) : (
                            <>
                              <span className="text-bold">{o.title}</span>
                              {o.body ? <span className="display-block">{o.body}</span> : null}
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </>
          )
        }
      </QueryBoundary>
      {meeting.abilities.addOutcome ? <OutcomeForm meeting={meeting} /> : null}
    </section>
  );
}

function OutcomeForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const members = useMembers(meeting.groupId);
  const add = useAddOutcome(meeting.id);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('decision');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setErrors([{ fieldId: 'outcome-title', message: t('outcomes.titleRequired') }]);
      return;
    }
    setErrors([]);
    const actionFields = kind === 'action_item' ? { ownerId: ownerId || null, dueOn: dueOn || null } : {};
    add.mutate(
      { kind, title: title.trim(), body, ...actionFields },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
        },
      },
    );
  };
  const serverMessage = isApiError(add.error)
    ? add.error.message
    : add.error
      ? t('common:errors.generic')
      : undefined;
  return (
    <form
      className="usa-form margin-top-2"
      onSubmit={submit}
      noValidate
      aria-labelledby="outcome-add-heading"
    >
      <h3 id="outcome-add-heading">{t('outcomes.add')}</h3>
      <ErrorSummary errors={errors} message={serverMessage} />
      <FormField id="outcome-kind" label={t('outcomes.kind')}>
        {({ errorClass, ...control }) => (
          <select
            {...control}
            className={`usa-select usa-input${errorClass}`}
            value={kind}
            onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`outcomes.kindOne.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="outcome-title" label={t('outcomes.itemTitle')} error={errors[0]?.message}>
        {({ errorClass, ...control }) => (
          <input
            {...control}
            className={`usa-input usa-input${errorClass}`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="outcome-body" label={t('outcomes.notes')}>
        {({ errorClass, ...control }) => (
          <textarea
            {...control}
            className={`usa-textarea usa-input${errorClass}`}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </FormField>
      {kind === 'action_item' ? (
        <>
          <FormField id="outcome-owner" label={t('outcomes.ownerLabel')}>
            {({ errorClass, ...control }) => (
              <select
                {...control}
                className={`usa-select usa-input${errorClass}`}
                value={ownerId}
                onChange={(e) => setOwnerId(e.target.value)}
              >
                <option value="">{t('outcomes.noOwner')}</option>
                {(members.data ?? []).map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.displayName} ({m.party ?? '—'})
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="outcome-due" label={t('outcomes.dueLabel')}>
            {({ errorClass, ...control }) => (
              <input
                {...control}
                type="date"
                className={`usa-input usa-input${errorClass}`}
                value={dueOn}
                onChange={(e) => setDueOn(e.target.value)}
              />
            )}
          </FormField>
        </>
      ) : null}
      <button type="submit" className="usa-button margin-top-2" disabled={add.isPending}>
        {t('outcomes.addButton')}
      </button>
    </form>
  );
}
