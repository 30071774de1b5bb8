import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Track } from '../../../core/contract/groups.js';
import type { EvidenceItem, Milestone, MilestoneStatus } from '../../../core/contract/milestones.js';
import { formatDate } from '../../lib/datetime.js';
import { EmptyState } from '../../ui/empty-state.js';
import { LocalizedText, useLocalized } from '../../ui/localized-text.js';
import { MilestoneCreateForm, MilestoneStatusForm } from './milestone-forms.js';

// Dark text on light fills: readable (contrast ≥ 4.5:1) and told apart by the word, not the colour alone.
const STATUS_TAG: Record<MilestoneStatus, string> = {
  planned: 'bg-base-lighter',
  in_progress: 'bg-info-lighter',
  achieved: 'bg-success-lighter',
  reversed: 'bg-error-lighter',
};

export function StatusTag({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation('tempo');
  return <span className={`usa-tag text-ink ${STATUS_TAG[status]}`}>{t(`status.${status}`)}</span>;
}

function DateCell({ date }: { date: string | null }) {
  const { i18n } = useTranslation();
  return date ? <time dateTime={date}>{formatDate(date, i18n.language)}</time> : <>—</>;
}

function Evidence({ items }: { items: EvidenceItem[] }) {
  const { t } = useTranslation('tempo');
  if (items.length === 0) return <>—</>;
  return (
    <ul className="usa-list usa-list--unstyled">
      {items.map((e, i) => (
        <li key={`${e.kind}-${e.id ?? e.url ?? i}`}>
          {e.kind === 'link' && e.url ? (
            <a className="usa-link" href={e.url} rel="noreferrer noopener" target="_blank">
              {e.note || e.url}
            </a>
          ) : (
            <>
              {t(`evidence.${e.kind}`)}: {e.id}
              {e.note ? ` — ${e.note}` : ''}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The day a milestone last moved: when it was reversed or achieved, else when it was recorded. */
export function lastMovedOn(m: Milestone): string {
  return m.reversedOn ?? m.achievedOn ?? m.updatedAt.slice(0, 10);
}

export function RecentMilestones({ milestones, tracks }: { milestones: Milestone[]; tracks: Track[] }) {
  const { t, i18n } = useTranslation('tempo');
  const localized = useLocalized();
  const recent = [...milestones].sort((a, b) => lastMovedOn(b).localeCompare(lastMovedOn(a))).slice(0, 6);
  if (recent.length === 0) return <EmptyState title={t('milestones.empty')} />;
  return (
    <ul className="usa-list usa-list--unstyled" data-testid="recent-milestones">
      {recent.map((m) => (
        <li key={m.id} className="margin-bottom-1">
          <StatusTag status={m.status} />{' '}
          <time dateTime={lastMovedOn(m)}>{formatDate(lastMovedOn(m), i18n.language)}</time> — {m.title}{' '}
          <span className="text-base-dark">
            ({localized(tracks.find((tr) => tr.id === m.trackId)?.name)})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Moves focus to a form's heading when it opens, so that keyboard and screen-reader users land on it. */
function FocusHeading({ text }: { text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h4 ref={ref} tabIndex={-1} className="margin-bottom-1">
      {text}
    </h4>
  );
}

type Editing = { kind: 'status'; id: string; title: string } | { kind: 'create' } | null;

function TrackMilestones({
  groupId,
  track,
  milestones,
  canCreate,
  levels,
}: {
  groupId: string;
  track: Track;
  milestones: Milestone[];
  canCreate: boolean;
  levels: string[];
}) {
  const { t } = useTranslation('tempo');
  const localized = useLocalized();
  const [editing, setEditing] = useState<Editing>(null);
  const name = localized(track.name);
  const headingId = `milestones-${track.key}`;
  return (
    <section aria-labelledby={headingId} className="margin-bottom-4" data-track={track.key}>
      <h3 id={headingId}>
        <LocalizedText value={track.name} />
      </h3>
      {milestones.length === 0 ? (
        <EmptyState title={t('milestones.noneOnTrack')} />
      ) : (
        <div
          className="usa-table-container--scrollable"
          tabIndex={0}
          role="region"
          aria-label={t('milestones.tableLabel', { track: name })}
        >
          <table className="usa-table usa-table--borderless">
            <caption className="usa-sr-only">{t('milestones.tableLabel', { track: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.title')}</th>
                <th scope="col">{t('field.weight')}</th>
                <th scope="col">{t('field.status')}</th>
                <th scope="col">{t('field.targetDate')}</th>
                <th scope="col">{t('field.achievedOn')}</th>
                <th scope="col">{t('field.reversedOn')}</th>
                <th scope="col">{t('field.evidence')}</th>
                <th scope="col">
                  <span className="usa-sr-only">{t('milestones.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.title}</th>
                  <td>{m.weight}</td>
                  <td>
                    <StatusTag status={m.status} />
                  </td>
                  <td>
                    <DateCell date={m.targetDate} />
                  </td>
                  <td>
                    <DateCell date={m.achievedOn} />
                  </td>
                  <td>
                    <DateCell date={m.reversedOn} />
                  </td>
                  <td>
                    <Evidence items={m.evidence} />
                  </td>
                  <td>
                    {m.abilities.edit ? (
                      <button
                        type="button"
                        className="usa-button usa-button--outline usa-button--small margin-0"
                        aria-label={t('milestones.changeStatusOf', { title: m.title })}
                        onClick={() => setEditing({ kind: 'status', id: m.id, title: m.title })}
                      >
                        {t('milestones.changeStatus')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing?.kind === 'status' ? (
        <div className="border-1px border-base-light padding-2 radius-md margin-top-2">
          <FocusHeading text={t('form.statusTitle', { title: editing.title })} />
          <MilestoneStatusForm milestoneId={editing.id} groupId={groupId} onDone={() => setEditing(null)} />
        </div>
      ) : editing?.kind === 'create' ? (
        <div className="border-1px border-base-light padding-2 radius-md margin-top-2">
          <FocusHeading text={t('form.createOn', { track: name })} />
          <MilestoneCreateForm
            groupId={groupId}
            trackId={track.id}
            levels={levels}
            onDone={() => setEditing(null)}
          />
        </div>
      ) : canCreate ? (
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onClick={() => setEditing({ kind: 'create' })}
        >
          {t('milestones.add', { track: name })}
        </button>
      ) : null}
    </section>
  );
}

/** Every track's milestones with their weight, status, dates and evidence, and the forms to change them. */
export function MilestonesByTrack({
  groupId,
  tracks,
  milestones,
  canCreate,
  levels,
}: {
  groupId: string;
  tracks: Track[];
  milestones: Milestone[];
  canCreate: boolean;
  levels: string[];
}) {
  return (
    <>
      {tracks.map((track) => (
        <TrackMilestones
          key={track.id}
          groupId={groupId}
          track={track}
          milestones={milestones.filter((m) => m.trackId === track.id)}
          canCreate={canCreate}
          levels={levels}
        />
      ))}
    </>
  );
}
