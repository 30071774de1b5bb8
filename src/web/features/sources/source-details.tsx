import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContextPerson, Source, SourcePerson } from '../../../core/contract/sources.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { PreciseDate } from '../timeline/precise-date.js';
import { useContextPeople, useDecidePerson } from './context-people-queries.js';
import { useSetPublishedAt, useTimelineEvent } from './source-queries.js';

function PersonDecision({ person, groupId }: { person: ContextPerson; groupId: string }) {
  const { t } = useTranslation('sources');
  const decide = useDecidePerson(groupId);
  return (
    <div className="margin-top-1">
      <span className="usa-tag margin-right-1">{t(`personStatus.${person.status}`)}</span>
      {person.abilities.confirm ? (
        <button
          type="button"
          className="usa-button usa-button--outline usa-button--small"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: person.id, action: 'confirm' })}
        >
          {t('people.confirm', { name: person.name })}
        </button>
      ) : null}
      {person.abilities.reject ? (
        <button
          type="button"
          className="usa-button usa-button--unstyled margin-left-1"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: person.id, action: 'reject' })}
        >
          {t('people.reject', { name: person.name })}
        </button>
      ) : null}
      {decide.isError ? (
        <p className="usa-error-message" role="alert">
          {t('common:errors.generic')}
        </p>
      ) : null}
    </div>
  );
}

function PersonEntry({
  person,
  groupId,
  known,
}: {
  person: SourcePerson;
  groupId: string;
  known: ContextPerson | undefined;
}) {
  const { t } = useTranslation('sources');
  const kind = person.userId ? 'member' : person.resolution.kind;
  return (
    <li className="margin-bottom-2" data-testid="source-person">
      <span className="text-bold">{person.name}</span> — <span>{t(`resolution.${kind}`)}</span>
      {person.userId ? (
        <>
          {' '}
          <Link className="usa-link" to={`/groups/${groupId}/people`}>
            {t('people.memberLink', { name: person.name })}
          </Link>
        </>
      ) : null}
      {person.titles.length > 0 ? (
        <div className="text-base-dark">{t('people.titles', { titles: person.titles.join('; ') })}</div>
      ) : null}
      {person.mentions.some((m) => m !== person.name) ? (
        <div className="text-base-dark">{t('people.mentions', { mentions: person.mentions.join(', ') })}</div>
      ) : null}
      {person.resolution.explanation && kind !== 'sanctions' ? (
        <div className="text-base-dark">{person.resolution.explanation}</div>
      ) : null}
      {person.screening ? (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-top-1">
          <div className="usa-alert__body">
            <p className="usa-alert__text text-bold">{t('screening.notIdentity')}</p>
            <p className="usa-alert__text">
              {t('screening.match', {
                name: person.screening.name,
                reference: person.screening.referenceNumber,
                score: Math.round(person.screening.score * 100),
              })}
            </p>
            <p className="usa-alert__text">{person.screening.explanation}</p>
            {person.screening.note ? <p className="usa-alert__text">{person.screening.note}</p> : null}
          </div>
        </div>
      ) : null}
      {known ? <PersonDecision person={known} groupId={groupId} /> : null}
    </li>
  );
}

export function SourcePeople({ source }: { source: Source }) {
  const { t } = useTranslation('sources');
  const people = useContextPeople(source.groupId);
  const byId = new Map((people.data ?? []).map((p) => [p.id, p]));
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('read.people')}</h2>
      {source.people.length === 0 ? (
        <p>{t('read.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {source.people.map((p) => (
            <PersonEntry
              key={p.name}
              person={p}
              groupId={source.groupId}
              known={p.personId ? byId.get(p.personId) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

export function SourcePlaces({ source }: { source: Source }) {
  const { t } = useTranslation('sources');
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">{t('read.places')}</h2>
      {source.places.length === 0 ? (
        <p>{t('read.none')}</p>
      ) : (
        <ul className="usa-list">
          {source.places.map((p) => (
            <li key={`${p.kind}-${p.name}`}>
              <span className="text-bold">{p.name}</span> ({t(`mention.${p.kind}`)})
              {p.mentions.some((m) => m !== p.name)
                ? ` — ${t('people.mentions', { mentions: p.mentions.join(', ') })}`
                : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SourceDates({ source }: { source: Source }) {
  const { t } = useTranslation('sources');
  return (
    <section aria-labelledby="dates-heading">
      <h2 id="dates-heading">{t('read.dates')}</h2>
      {source.dates.length === 0 ? (
        <p>{t('read.none')}</p>
      ) : (
        <div className="usa-table-container--scrollable" tabIndex={0} aria-label={t('read.dates')}>
          <table className="usa-table usa-table--borderless width-full">
            <caption className="usa-sr-only">{t('read.dates')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dates.text')}</th>
                <th scope="col">{t('dates.resolved')}</th>
                <th scope="col">{t('dates.sentence')}</th>
              </tr>
            </thead>
            <tbody>
              {source.dates.map((d, i) => (
                <tr key={`${d.text}-${i}`} data-testid="source-date">
                  <th scope="row">{d.text}</th>
                  <td>
                    {d.date ? (
                      <>
                        <PreciseDate date={d.date} precision={d.precision} />
                        {d.endDate ? (
                          <>
                            {' – '}
                            <PreciseDate date={d.endDate} precision="day" />
                          </>
                        ) : null}
                        {d.relative ? <span className="text-base"> ({t('dates.relative')})</span> : null}
                      </>
                    ) : (
                      t('dates.unresolved')
                    )}
                  </td>
                  <td>{d.sentence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function EventEntry({ id, groupId }: { id: string; groupId: string }) {
  const { t } = useTranslation('sources');
  const event = useTimelineEvent(id);
  if (!event.data) return null;
  const e = event.data;
  return (
    <li>
      <PreciseDate date={e.date} precision={e.precision} /> — {e.title}{' '}
      <span className="usa-tag">{t(`timeline:status.${e.status}`)}</span>{' '}
      <Link className="usa-link" to={`/groups/${groupId}/timeline`}>
        {t('events.onTimeline')}
      </Link>
    </li>
  );
}

export function SourceEvents({ source }: { source: Source }) {
  const { t } = useTranslation('sources');
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t('read.events')}</h2>
      {source.events.length === 0 ? (
        <p>{source.needsPublicationDate ? t('events.waitingForDate') : t('read.none')}</p>
      ) : (
        <ul className="usa-list">
          {source.events.map((id) => (
            <EventEntry key={id} id={id} groupId={source.groupId} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Supplies the publication date a source lacked, so that its relative dates ("on Friday") resolve. */
export function PublicationDateForm({ source, etag }: { source: Source; etag: string | null }) {
  const { t } = useTranslation('sources');
  const [value, setValue] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const update = useSetPublishedAt(source.id);
  const serverError = update.error
    ? isApiError(update.error, 412)
      ? t('publication.stale')
      : isApiError(update.error) && update.error.fields.length > 0
        ? update.error.fields.map((f) => f.message).join('; ')
        : t('common:errors.generic')
    : null;
  const message = clientError ?? serverError;
  const errors: FormError[] = message ? [{ fieldId: 'publication-date', message }] : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      setClientError(t('form.dateInvalid'));
      return;
    }
    setClientError(null);
    update.mutate({ etag, publishedAt: value });
  };
  return (
    <section aria-labelledby="publication-heading" className="bg-base-lightest padding-2 margin-y-3">
      <h2 id="publication-heading" className="margin-top-0">
        {t('publication.title')}
      </h2>
      <p>{t('publication.intro')}</p>
      <ErrorSummary errors={errors} />
      <form className="usa-form" onSubmit={submit} noValidate>
        <FormField
          id="publication-date"
          label={t('publication.label')}
          hint={t('publication.hint')}
          error={message ?? undefined}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              type="date"
              className={`usa-input usa-input${errorClass}`}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="usa-button margin-top-2" disabled={update.isPending}>
          {t('publication.save')}
        </button>
      </form>
    </section>
  );
}
