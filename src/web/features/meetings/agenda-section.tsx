import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../core/contract/meetings.js';
import { isApiError } from '../../api/client.js';
import { ErrorSummary, type FormError } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { useLocalized } from '../../ui/localized-text.js';
import { useTracks } from '../groups/group-queries.js';
import { useAddAgendaItem, useMeetingTransition } from './meeting-queries.js';

/** The ordered agenda, with the form to add an item while the agenda may still change. */
export function AgendaSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const tracks = useTracks(meeting.groupId);
  const localized = useLocalized();
  const trackName = (id: string | null) => {
    const track = tracks.data?.find((tr) => tr.id === id);
    return track ? localized(track.name) : null;
  };
  const items = [...meeting.agenda].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="agenda-heading" className="margin-top-4">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      {items.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <ol className="usa-list" data-testid="agenda">
          {items.map((item) => (
            <li key={item.id}>
              <span className="text-bold">{item.title}</span>
              {trackName(item.trackId) ? <> — {trackName(item.trackId)}</> : null}
              {item.presenterParty ? <> ({t('agenda.presenter', { party: item.presenterParty })})</> : null}
              {item.notes ? <p className="margin-y-05 text-base-dark">{item.notes}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {meeting.abilities.addAgendaItem ? <AgendaItemForm meeting={meeting} /> : null}
    </section>
  );
}

function AgendaItemForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const tracks = useTracks(meeting.groupId);
  const localized = useLocalized();
  const add = useAddAgendaItem(meeting.id);
  const [title, setTitle] = useState('');
  const [trackId, setTrackId] = useState('');
  const [presenter, setPresenter] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setErrors([{ fieldId: 'agenda-title', message: t('agenda.titleRequired') }]);
      return;
    }
    setErrors([]);
    add.mutate(
      { title: title.trim(), trackId: trackId || null, presenterParty: presenter || null },
      { onSuccess: () => setTitle('') },
    );
  };
  const serverMessage = isApiError(add.error)
    ? add.error.message
    : add.error
      ? t('common:errors.generic')
      : undefined;
  return (
    <form className="usa-form margin-top-2" onSubmit={submit} noValidate aria-labelledby="agenda-add-heading">
      <h3 id="agenda-add-heading">{t('agenda.add')}</h3>
      {meeting.status === 'agenda_agreed' ? <p className="usa-hint">{t('agenda.reopenHint')}</p> : null}
      <ErrorSummary errors={errors} message={serverMessage} />
      <FormField id="agenda-title" label={t('agenda.itemTitle')} error={errors[0]?.message}>
        {({ errorClass, ...control }) => (
          <input
            {...control}
            className={`usa-input usa-input${errorClass}`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="agenda-track" label={t('agenda.track')}>
        {({ errorClass, ...control }) => (
          <select
            {...control}
            className={`usa-select usa-input${errorClass}`}
            value={trackId}
            onChange={(e) => setTrackId(e.target.value)}
          >
            <option value="">{t('agenda.noTrack')}</option>
            {(tracks.data ?? []).map((tr) => (
              <option key={tr.id} value={tr.id}>
                {localized(tr.name)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="agenda-presenter" label={t('agenda.presenterParty')}>
        {({ errorClass, ...control }) => (
          <select
            {...control}
            className={`usa-select usa-input${errorClass}`}
            value={presenter}
            onChange={(e) => setPresenter(e.target.value)}
          >
            <option value="">{t('agenda.noPresenter')}</option>
            {Object.keys(meeting.localTimes)
              .filter((k) => k !== 'venue')
              .map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="usa-button margin-top-2" disabled={add.isPending}>
        {t('agenda.addButton')}
      </button>
    </form>
  );
}

/** Which co-chairs agreed the agenda, who is still awaited, and the Approve button for a co-chair. */
export function AgreementSection({ meeting, reopened }: { meeting: MeetingDetail; reopened: boolean }) {
  const { t } = useTranslation('meetings');
  const transition = useMeetingTransition(meeting.id);
  const parties = Object.keys(meeting.localTimes).filter((k) => k !== 'venue');
  const approvedCount = Object.keys(meeting.agendaApprovals).length;
  return (
    <section aria-labelledby="agreement-heading" className="margin-top-4">
      <h2 id="agreement-heading">{t('agreement.title')}</h2>
      {meeting.status === 'planned' && reopened ? (
        <div className="usa-alert usa-alert--warning usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('agreement.reopened')}</p>
          </div>
        </div>
      ) : null}
      {meeting.status === 'planned' ? (
        <p data-testid="agreement-state">
          {approvedCount === 0 ? t('agreement.none') : t('agreement.partial')}
        </p>
      ) : (
        <p data-testid="agreement-state">{t('agreement.agreed')}</p>
      )}
      <ul className="usa-list">
        {parties.map((party) => {
          const at = meeting.agendaApprovals[party];
          return (
            <li key={party}>
              {at ? t('agreement.approvedBy', { party }) : t('agreement.awaiting', { party })}
            </li>
          );
        })}
      </ul>
      {transition.error ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {isApiError(transition.error) ? transition.error.message : t('common:errors.generic')}
            </p>
          </div>
        </div>
      ) : null}
      <div className="usa-button-group margin-top-1">
        {meeting.abilities.approveAgenda ? (
          <button
            type="button"
            className="usa-button"
            disabled={transition.isPending}
            onClick={() => transition.mutate('approve_agenda')}
          >
            {t('agreement.approve')}
          </button>
        ) : null}
        {meeting.abilities.markHeld ? (
          <button
            type="button"
            className="usa-button usa-button--outline"
            disabled={transition.isPending}
            onClick={() => transition.mutate('mark_held')}
          >
            {t('actions.markHeld')}
          </button>
        ) : null}
        {meeting.abilities.close ? (
          <button
            type="button"
            className="usa-button usa-button--outline"
            disabled={transition.isPending}
            onClick={() => transition.mutate('close')}
          >
            {t('actions.close')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
