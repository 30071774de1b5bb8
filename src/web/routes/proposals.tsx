import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ProposalStatusValue } from '../../core/contract/proposals.js';
import { useGroup, useTracks } from '../features/groups/group-queries.js';
import {
  PROPOSAL_STATUSES,
  useProposals,
  type ProposalFilters,
} from '../features/proposals/proposal-queries.js';
import { ProposalTable } from '../features/proposals/proposal-table.js';
import { EmptyState } from '../ui/empty-state.js';
import { useLocalized } from '../ui/localized-text.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function parseStatus(value: string | null): ProposalStatusValue | undefined {
  return PROPOSAL_STATUSES.find((s) => s === value);
}

/** The filters live in the address, so that a filtered list can be bookmarked and shared. */
function readFilters(params: URLSearchParams): ProposalFilters {
  const filters: ProposalFilters = {};
  const status = parseStatus(params.get('status'));
  if (status) filters.status = status;
  const trackId = params.get('track');
  if (trackId) filters.trackId = trackId;
  const party = params.get('party');
  if (party && /^[A-Z]{2,8}$/.test(party)) filters.party = party;
  if (params.get('waitingOnMe') === '1') filters.waitingOnMe = true;
  return filters;
}

export function ProposalsPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('proposals');
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const proposals = useProposals(groupId, filters);
  const group = useGroup(groupId);
  const tracks = useTracks(groupId);
  const abilities = group.data?.abilities;
  const canCreate = (abilities?.createProposal ?? abilities?.createDocument) === true;
  const filtered = Object.keys(filters).length > 0;

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle title={t('list.title')} />
      <p className="usa-intro">{t('list.intro')}</p>
      <div className="lockstep-toolbar margin-bottom-3">
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="status-filter">
            {t('filter.status')}
          </label>
          <select
            className="usa-select"
            id="status-filter"
            value={filters.status ?? ''}
            onChange={(e) => setParam('status', e.target.value)}
          >
            <option value="">{t('filter.allStatuses')}</option>
            {PROPOSAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="track-filter">
            {t('filter.track')}
          </label>
          <select
            className="usa-select"
            id="track-filter"
            value={filters.trackId ?? ''}
            onChange={(e) => setParam('track', e.target.value)}
          >
            <option value="">{t('filter.allTracks')}</option>
            {(tracks.data ?? []).map((tr) => (
              <option key={tr.id} value={tr.id}>
                {localized(tr.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="party-filter">
            {t('filter.party')}
          </label>
          <select
            className="usa-select"
            id="party-filter"
            value={filters.party ?? ''}
            onChange={(e) => setParam('party', e.target.value)}
          >
            <option value="">{t('filter.allParties')}</option>
            {(group.data?.parties ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-checkbox margin-top-4">
          <input
            className="usa-checkbox__input"
            id="waiting-filter"
            type="checkbox"
            checked={filters.waitingOnMe === true}
            onChange={(e) => setParam('waitingOnMe', e.target.checked ? '1' : '')}
          />
          <label className="usa-checkbox__label" htmlFor="waiting-filter">
            {t('filter.waitingOnMe')}
          </label>
        </div>
      </div>
      <p>
        {canCreate ? (
          <Link className="usa-button" to={`/groups/${groupId}/proposals/new`}>
            {t('list.new')}
          </Link>
        ) : null}
        <Link className="usa-link margin-left-1" to={`/groups/${groupId}/surprises`}>
          {t('surprise.link')}
        </Link>
      </p>
      <QueryBoundary query={proposals}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={filtered ? t('list.emptyFiltered') : t('list.empty')} />
          ) : (
            <ProposalTable proposals={list} tracks={tracks.data ?? []} caption={t('list.title')} />
          )
        }
      </QueryBoundary>
    </>
  );
}
