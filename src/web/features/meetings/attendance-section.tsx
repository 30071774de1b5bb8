import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingAttendee, MeetingDetail } from '../../../core/contract/meetings.js';
import { isApiError } from '../../api/client.js';
import { useLocalized } from '../../ui/localized-text.js';
import { useMembers } from '../groups/group-queries.js';
import { useSetAttendees, type AttendeeInput } from './meeting-queries.js';

/** Attendees grouped by party, then agency, in a stable order. */
export function groupAttendees(attendees: MeetingAttendee[]): { party: string; people: MeetingAttendee[] }[] {
  const byParty = new Map<string, MeetingAttendee[]>();
  for (const a of attendees) {
    const key = a.party ?? '—';
    byParty.set(key, [...(byParty.get(key) ?? []), a]);
  }
  return [...byParty.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([party, people]) => ({
      party,
      people: [...people].sort(
        (x, y) =>
          (x.agency?.code ?? '').localeCompare(y.agency?.code ?? '') ||
          x.displayName.localeCompare(y.displayName),
      ),
    }));
}

export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="attendance-heading" className="margin-top-4">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      {editing ? (
        <AttendanceEditor meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <>
          {meeting.attendees.length === 0 ? <p>{t('attendance.empty')}</p> : null}
          {groupAttendees(meeting.attendees).map(({ party, people }) => (
            <div key={party}>
              <table className="usa-table usa-table--borderless usa-table--stacked width-full">
                <caption>{t('attendance.party', { party })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('attendance.name')}</th>
                    <th scope="col">{t('attendance.agency')}</th>
                    <th scope="col">{t('attendance.role')}</th>
                    <th scope="col">{t('attendance.present')}</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((p) => (
                    <tr key={p.userId}>
                      <th scope="row" data-label={t('attendance.name')}>
                        {p.displayName}
                        {p.title ? <div className="text-base-dark text-normal">{p.title}</div> : null}
                      </th>
                      <td data-label={t('attendance.agency')}>{p.agency?.name ?? '—'}</td>
                      <td data-label={t('attendance.role')}>{p.roleAtMeeting}</td>
                      <td data-label={t('attendance.present')}>
                        {p.present ? t('attendance.yes') : t('attendance.no')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          {meeting.abilities.setAttendees ? (
            <button type="button" className="usa-button usa-button--outline" onClick={() => setEditing(true)}>
              {t('attendance.edit')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function AttendanceEditor({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const { t } = useTranslation('meetings');
  const members = useMembers(meeting.groupId);
  const localized = useLocalized();
  const save = useSetAttendees(meeting.id);
  const [rows, setRows] = useState<Record<string, AttendeeInput & { invited: boolean }>>(() =>
    Object.fromEntries(
      meeting.attendees.map((a) => [
        a.userId,
        { userId: a.userId, roleAtMeeting: a.roleAtMeeting, present: a.present, invited: true },
      ]),
    ),
  );
  const update = (userId: string, patch: Partial<AttendeeInput & { invited: boolean }>) =>
    setRows((r) => ({
      ...r,
      [userId]: {
        userId,
        roleAtMeeting: t('attendance.defaultRole'),
        present: false,
        invited: false,
        ...r[userId],
        ...patch,
      },
    }));
  const submit = () => {
    const list = Object.values(rows)
      .filter((r) => r.invited)
      .map(({ userId, roleAtMeeting, present }) => ({
        userId,
        roleAtMeeting: roleAtMeeting.trim() || t('attendance.defaultRole'),
        present,
      }));
    save.mutate(list, { onSuccess: onDone });
  };
  return (
    <form
      className="usa-form usa-form--large"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {save.error ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {isApiError(save.error) ? save.error.message : t('common:errors.generic')}
            </p>
          </div>
        </div>
      ) : null}
      {(members.data ?? []).map((m) => {
        const row = rows[m.userId];
        const id = `att-${m.userId}`;
        return (
          <fieldset
            key={m.userId}
            className="usa-fieldset margin-top-2 border-top border-base-lighter padding-top-1"
          >
            <legend className="usa-legend margin-top-0">
              {m.displayName} — {m.party ?? '—'}
              {m.agencyName ? `, ${localized(m.agencyName)}` : ''}
            </legend>
            <div className="usa-checkbox">
              <input
                className="usa-checkbox__input"
                id={`${id}-invited`}
                type="checkbox"
                checked={row?.invited ?? false}
                onChange={(e) => update(m.userId, { invited: e.target.checked })}
              />
              <label className="usa-checkbox__label" htmlFor={`${id}-invited`}>
                {t('attendance.attends')}
              </label>
            </div>
            <div className="usa-checkbox">
              <input
                className="usa-checkbox__input"
                id={`${id}-present`}
                type="checkbox"
                checked={row?.present ?? false}
                disabled={!row?.invited}
                onChange={(e) => update(m.userId, { present: e.target.checked })}
              />
              <label className="usa-checkbox__label" htmlFor={`${id}-present`}>
                {t('attendance.present')}
              </label>
            </div>
            <label className="usa-label" htmlFor={`${id}-role`}>
              {t('attendance.role')}
            </label>
            <input
              className="usa-input"
              id={`${id}-role`}
              value={row?.roleAtMeeting ?? ''}
              disabled={!row?.invited}
              onChange={(e) => update(m.userId, { roleAtMeeting: e.target.value })}
            />
          </fieldset>
        );
      })}
      <div className="margin-top-3">
        <button type="submit" className="usa-button" disabled={save.isPending}>
          {t('attendance.save')}
        </button>
        <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
