import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequestVersioned, isApiError } from '../../api/client.js';
import { formatDate } from '../../lib/datetime.js';
import { ErrorSummary, serverFieldErrors, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { timelineKeys, type TimelineItem } from './timeline-queries.js';

/** Events with the same readers merge (the server refuses others): the same classification, both shared or one party's. */
function sameReaders(a: TimelineItem, b: TimelineItem): boolean {
  return (
    a.visibility === b.visibility &&
    a.classification === b.classification &&
    (a.visibility === 'shared' || a.party === b.party)
  );
}

/**
 * "This is the same event as …": the extraction keeps apart reports it cannot tie together (dates two weeks apart,
 * a misread venue); a member folds the other event into this one, and its sources join. Offers the events on the
 * timeline the member sees, of the same readers.
 */
export function EventMerge({
  item,
  events,
  groupId,
  headingLevel,
}: {
  item: TimelineItem;
  /** every event on the page: candidates and accepted ones */
  events: readonly TimelineItem[];
  groupId: string;
  headingLevel: 4 | 5;
}) {
  const { t, i18n } = useTranslation('timeline');
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState('');
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const fieldId = `merge-${item.id}`;
  const choices = events.filter(
    (e) => e.id !== item.id && e.recordKind === 'event' && e.status !== 'rejected' && sameReaders(e, item),
  );
  const merge = useMutation({
    mutationFn: async (eventId: string) => {
      // The event as it is now, so that a change made meanwhile is not merged over (412).
      const current = await apiRequestVersioned<TimelineItem>(
        `/timeline-events/${encodeURIComponent(item.id)}`,
      );
      return apiRequestVersioned<TimelineItem>(`/timeline-events/${encodeURIComponent(item.id)}/merge`, {
        method: 'POST',
        body: { eventId },
        ifMatch: current.etag,
      });
    },
    onSuccess: ({ data }) => {
      client.setQueryData(timelineKeys.one(data.id), data);
      setOpen(false);
      setOther('');
      return Promise.all([
        client.invalidateQueries({ queryKey: timelineKeys.lists(groupId) }),
        client.invalidateQueries({ queryKey: ['source'] }),
      ]);
    },
  });

  if (!item.abilities.merge || choices.length === 0) return null;
  if (!open) {
    return (
      <button
        type="button"
        className="usa-button usa-button--unstyled margin-top-1 display-block"
        aria-expanded="false"
        onClick={() => {
          merge.reset();
          setClientErrors([]);
          setOpen(true);
        }}
      >
        {t('merge.open', { title: item.title })}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = other ? [] : [{ fieldId, message: t('merge.required') }];
    setClientErrors(found);
    if (found.length === 0) merge.mutate(other);
  };
  const serverErrors = serverFieldErrors(merge.error, { 'body.eventId': fieldId }, fieldId);
  const errors = clientErrors.length > 0 ? clientErrors : serverErrors;
  const message =
    merge.error && clientErrors.length === 0 && serverErrors.length === 0
      ? isApiError(merge.error, 412) || isApiError(merge.error, 409)
        ? t('merge.stale')
        : t('common:errors.generic')
      : undefined;
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <form
      className="usa-form margin-top-1"
      onSubmit={submit}
      aria-labelledby={`${fieldId}-heading`}
      noValidate
    >
      <Heading className="margin-y-1" id={`${fieldId}-heading`}>
        {t('merge.heading', { title: item.title })}
      </Heading>
      <ErrorSummary errors={errors} {...(message ? { message } : {})} />
      <FormField
        id={fieldId}
        label={t('merge.label')}
        hint={t('merge.hint')}
        error={errors.find((e) => e.fieldId === fieldId)?.message}
      >
        {({ errorClass, ...control }) => (
          <select
            {...control}
            className={`usa-select${errorClass}`}
            value={other}
            onChange={(e) => setOther(e.target.value)}
          >
            <option value="">{t('merge.choose')}</option>
            {choices.map((e) => (
              <option key={e.id} value={e.id}>
                {t('merge.option', {
                  title: e.title,
                  date: formatDate(e.date, i18n.language),
                  count: e.sources.length,
                })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="margin-top-2">
        <button type="submit" className="usa-button usa-button--small" disabled={merge.isPending}>
          {merge.isPending ? t('merge.merging') : t('merge.submit')}
        </button>
        <button
          type="button"
          className="usa-button usa-button--unstyled usa-button--small"
          onClick={() => setOpen(false)}
        >
          {t('correct.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * "This source reports another event": its sentences leave the event and make a new candidate, dated and placed as
 * the source gave it. Undone by merging the two again.
 */
export function SplitSource({
  item,
  source,
  groupId,
}: {
  item: TimelineItem;
  source: TimelineItem['sources'][number];
  groupId: string;
}) {
  const { t } = useTranslation('timeline');
  const client = useQueryClient();
  const split = useMutation({
    mutationFn: async () => {
      const current = await apiRequestVersioned<TimelineItem>(
        `/timeline-events/${encodeURIComponent(item.id)}`,
      );
      return apiRequestVersioned<{ event: TimelineItem; split: TimelineItem }>(
        `/timeline-events/${encodeURIComponent(item.id)}/split`,
        { method: 'POST', body: { sourceId: source.sourceId }, ifMatch: current.etag },
      );
    },
    onSuccess: ({ data }) => {
      client.setQueryData(timelineKeys.one(data.event.id), data.event);
      return Promise.all([
        client.invalidateQueries({ queryKey: timelineKeys.lists(groupId) }),
        client.invalidateQueries({ queryKey: ['source'] }),
      ]);
    },
  });
  if (!item.abilities.split) return null;
  return (
    <>
      <button
        type="button"
        className="usa-button usa-button--unstyled margin-left-1 font-body-2xs"
        disabled={split.isPending}
        // The visible words begin the name (WCAG 2.5.3); the name says which source.
        aria-label={t('split.label', { title: source.title })}
        onClick={() => split.mutate()}
      >
        {t('split.button')}
      </button>
      {split.isError ? (
        <span className="usa-error-message display-block" role="alert">
          {isApiError(split.error, 412) || isApiError(split.error, 409)
            ? t('merge.stale')
            : t('common:errors.generic')}
        </span>
      ) : null}
    </>
  );
}
