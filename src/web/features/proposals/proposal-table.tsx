import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Track } from '../../../core/contract/groups.js';
import type { Proposal } from '../../../core/contract/proposals.js';
import { formatDate } from '../../lib/datetime.js';
import { DateTime } from '../../ui/date-time.js';
import { useLocalized } from '../../ui/localized-text.js';
import { StatusTag, SurpriseTag } from './proposal-tags.js';

/** Proposals as a table that stacks into cards on a narrow screen. */
export function ProposalTable({
  proposals,
  tracks,
  caption,
}: {
  proposals: Proposal[];
  tracks: Track[];
  caption: string;
}) {
  const { t, i18n } = useTranslation('proposals');
  const localized = useLocalized();
  const trackName = (id: string | null) => {
    const track = tracks.find((tr) => tr.id === id);
    return track ? localized(track.name) : '—';
  };
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field.title')}</th>
          <th scope="col">{t('field.proposingParty')}</th>
          <th scope="col">{t('field.trackId')}</th>
          <th scope="col">{t('field.status')}</th>
          <th scope="col">{t('field.plannedFor')}</th>
          <th scope="col">{t('field.noticeEndsAt')}</th>
        </tr>
      </thead>
      <tbody>
        {proposals.map((p) => (
          <tr key={p.id}>
            <th scope="row" data-label={t('field.title')}>
              <Link className="usa-link" to={`/proposals/${p.id}`}>
                {p.title}
              </Link>
            </th>
            <td data-label={t('field.proposingParty')}>{p.proposingParty}</td>
            <td data-label={t('field.trackId')}>{trackName(p.trackId)}</td>
            <td data-label={t('field.status')}>
              <StatusTag status={p.status} /> {p.surprise ? <SurpriseTag /> : null}
            </td>
            <td data-label={t('field.plannedFor')}>
              {p.plannedFor ? formatDate(p.plannedFor, i18n.language) : '—'}
            </td>
            <td data-label={t('field.noticeEndsAt')}>
              {p.noticeEndsAt ? <DateTime value={p.noticeEndsAt} /> : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
