import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '../../../core/context/types.js';
import type { UpdateTimelineEventInput } from '../../../core/contract/timeline.js';
import { apiRequestVersioned, isApiError } from '../../api/client.js';
import { ErrorSummary, serverFieldErrors, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { timelineKeys, type TimelineItem } from './timeline-queries.js';

interface Values {
  title: string;
  date: string;
  place: string;
  kind: string;
  people: string;
}

function valuesOf(item: TimelineItem): Values {
  return {
    title: item.title,
    date: item.date,
    place: item.place ?? '',
    kind: item.kind,
    people: item.people.join(', '),
  };
}

/** Only what the member changed, in the API's terms. */
function changesOf(before: Values, after: Values): UpdateTimelineEventInput {
  const people = (text: string) =>
    text
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  const out: UpdateTimelineEventInput = {};
  if (after.title.trim() !== before.title) out.title = after.title.trim();
  if (after.date !== before.date) out.date = after.date;
  if (after.kind !== before.kind) out.kind = after.kind as NonNullable<UpdateTimelineEventInput['kind']>;
  if (after.place.trim() !== before.place) out.place = after.place.trim() || null;
  if (people(after.people).join(', ') !== people(before.people).join(', ')) out.people = people(after.people);
  return out;
}

/**
 * "Correct this event": what the extraction got wrong (a date, a place, who was there) is put right by a member
 * before or after accepting it. Reads the event's ETag when opened, so a correction made meanwhile by someone else
 * is not overwritten (the server answers 412).
 */
export function EventCorrection({
  item,
  groupId,
  headingLevel,
}: {
  item: TimelineItem;
  groupId: string;
  headingLevel: 4 | 5;
}) {
  const { t } = useTranslation('timeline');
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [etag, setEtag] = useState<string | null>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(item));
  // What the event was when the form opened (fetched fresh): the edits are compared with it, not the list's copy.
  const [base, setBase] = useState<Values>(() => valuesOf(item));
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);
  const ids = {
    title: `ev-title-${item.id}`,
    date: `ev-date-${item.id}`,
    place: `ev-place-${item.id}`,
    kind: `ev-kind-${item.id}`,
    people: `ev-people-${item.id}`,
  };
  const save = useMutation({
    mutationFn: (changes: UpdateTimelineEventInput) =>
      apiRequestVersioned<TimelineItem>(`/timeline-events/${encodeURIComponent(item.id)}`, {
        method: 'PATCH',
        body: changes,
        ifMatch: etag,
      }),
    onSuccess: ({ data }) => {
      client.setQueryData(timelineKeys.one(data.id), data);
      setOpen(false);
      return client.invalidateQueries({ queryKey: timelineKeys.lists(groupId) });
    },
  });

  const begin = async () => {
    setValues(valuesOf(item));
    setBase(valuesOf(item));
    setClientErrors([]);
    save.reset();
    setOpen(true);
    try {
      const current = await apiRequestVersioned<TimelineItem>(
        `/timeline-events/${encodeURIComponent(item.id)}`,
      );
      setEtag(current.etag);
      setValues(valuesOf(current.data));
      setBase(valuesOf(current.data));
    } catch {
      setEtag(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!values.title.trim()) found.push({ fieldId: ids.title, message: t('correct.titleRequired') });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
      found.push({ fieldId: ids.date, message: t('correct.dateRequired') });
    setClientErrors(found);
    if (found.length > 0) return;
    const changes = changesOf(base, values);
    if (Object.keys(changes).length === 0) {
      setOpen(false);
      return;
    }
    save.mutate(changes);
  };

  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  if (!item.abilities.edit) return null;
  if (!open) {
    return (
      <button
        type="button"
        className="usa-button usa-button--unstyled margin-top-1"
        aria-expanded="false"
        onClick={() => void begin()}
      >
        {t('correct.open', { title: item.title })}
      </button>
    );
  }
  const serverErrors = serverFieldErrors(
    save.error,
    {
      'body.title': ids.title,
      'body.date': ids.date,
      'body.place': ids.place,
      'body.kind': ids.kind,
      'body.people': ids.people,
    },
    ids.title,
  );
  const errors = clientErrors.length > 0 ? clientErrors : serverErrors;
  const message =
    save.error && clientErrors.length === 0 && serverErrors.length === 0
      ? isApiError(save.error, 412)
        ? t('correct.stale')
        : t('common:errors.generic')
      : undefined;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <form
      className="usa-form margin-top-1"
      onSubmit={submit}
      aria-labelledby={`correct-${item.id}`}
      noValidate
    >
      <Heading className="margin-y-1" id={`correct-${item.id}`}>
        {t('correct.heading')}
      </Heading>
      <ErrorSummary errors={errors} {...(message ? { message } : {})} />
      <FormField id={ids.title} label={t('correct.title')} error={errorOf(ids.title)}>
        {({ errorClass, ...control }) => (
          <input
            {...control}
            className={`usa-input${errorClass}`}
            value={values.title}
            maxLength={200}
            onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
          />
        )}
      </FormField>
      <FormField id={ids.date} label={t('correct.date')} error={errorOf(ids.date)}>
        {({ errorClass, ...control }) => (
          <input
            {...control}
            className={`usa-input${errorClass}`}
            type="date"
            value={values.date}
            onChange={(e) => setValues((v) => ({ ...v, date: e.target.value }))}
          />
        )}
      </FormField>
      <FormField id={ids.kind} label={t('correct.kind')} error={errorOf(ids.kind)}>
        {({ errorClass, ...control }) => (
          <select
            {...control}
            className={`usa-select${errorClass}`}
            value={values.kind}
            onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value }))}
          >
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={ids.place}
        label={t('correct.place')}
        hint={t('correct.placeHint')}
        error={errorOf(ids.place)}
      >
        {({ errorClass, ...control }) => (
          <input
            {...control}
            className={`usa-input${errorClass}`}
            value={values.place}
            maxLength={120}
            onChange={(e) => setValues((v) => ({ ...v, place: e.target.value }))}
          />
        )}
      </FormField>
      <FormField
        id={ids.people}
        label={t('correct.people')}
        hint={t('correct.peopleHint')}
        error={errorOf(ids.people)}
      >
        {({ errorClass, ...control }) => (
          <input
            {...control}
            className={`usa-input${errorClass}`}
            value={values.people}
            onChange={(e) => setValues((v) => ({ ...v, people: e.target.value }))}
          />
        )}
      </FormField>
      <div className="margin-top-2">
        <button type="submit" className="usa-button usa-button--small" disabled={save.isPending}>
          {save.isPending ? t('correct.saving') : t('correct.save')}
        </button>
        <button
          type="button"
          className="usa-button usa-button--outline usa-button--small"
          onClick={() => setOpen(false)}
        >
          {t('correct.cancel')}
        </button>
      </div>
    </form>
  );
}
