import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Proposal } from '../../core/contract/proposals.js';
import { useMe } from '../features/auth/auth-queries.js';
import { useMembers, useTracks } from '../features/groups/group-queries.js';
import { useParties } from '../features/groups/party-queries.js';
import { ProposalActions } from '../features/proposals/proposal-actions.js';
import { NoticeClock } from '../features/proposals/proposal-clock.js';
import { ProposalComments } from '../features/proposals/proposal-comments.js';
import { ProposalHistory } from '../features/proposals/proposal-history.js';
import { proposalPanels } from '../features/proposals/proposal-panels.js';
import { useProposal } from '../features/proposals/proposal-queries.js';
import { StanceTag, StatusTag, SurpriseTag } from '../features/proposals/proposal-tags.js';
import { GroupFrame } from '../layout/group-frame.js';
import { formatDate } from '../lib/datetime.js';
import { ClassificationBanner } from '../ui/classification-banner.js';
import { DateTime } from '../ui/date-time.js';
import { useLocalized } from '../ui/localized-text.js';
import { Markdown } from '../ui/markdown.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

// The two capitals of the reference group, when the parties' own zones are not loaded yet.
const CAPITAL_ZONES = ['Asia/Seoul', 'America/New_York'];

const money = (n: number, currency: string, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);

function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

function ProposalDetails({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation('proposals');
  const locale = i18n.language;
  const num = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat(locale).format(n));
  return (
    <>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">{t('items.title')}</h2>
        {proposal.items.length === 0 ? (
          <p>{t('items.none')}</p>
        ) : (
          <ScrollTable label={t('items.title')}>
            <table className="usa-table usa-table--borderless">
              <caption className="usa-sr-only">{t('items.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.description')}</th>
                  <th scope="col">{t('field.hsCode')}</th>
                  <th scope="col">{t('field.quantity')}</th>
                  <th scope="col">{t('field.unit')}</th>
                  <th scope="col">{t('field.valueUsd')}</th>
                  <th scope="col">{t('field.endUser')}</th>
                </tr>
              </thead>
              <tbody>
                {proposal.items.map((item, i) => (
                  <tr key={i}>
                    <th scope="row">{item.description}</th>
                    <td>{item.hsCode ?? '—'}</td>
                    <td>{num(item.quantity)}</td>
                    <td>{item.unit ?? '—'}</td>
                    <td>{item.valueUsd === null ? '—' : money(item.valueUsd, 'USD', locale)}</td>
                    <td>{item.endUser ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="counterparties-heading">
        <h2 id="counterparties-heading">{t('counterparties.title')}</h2>
        {proposal.counterparties.length === 0 ? (
          <p>{t('counterparties.none')}</p>
        ) : (
          <ul className="usa-list">
            {proposal.counterparties.map((c, i) => (
              <li key={i}>
                {c.name} — {t(`kind.${c.kind}`)}
                {c.country ? ` (${c.country})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="transfers-heading">
        <h2 id="transfers-heading">{t('transfers.title')}</h2>
        {proposal.fundsTransfers.length === 0 ? (
          <p>{t('transfers.none')}</p>
        ) : (
          <ScrollTable label={t('transfers.title')}>
            <table className="usa-table usa-table--borderless">
              <caption className="usa-sr-only">{t('transfers.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.channel')}</th>
                  <th scope="col">{t('field.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {proposal.fundsTransfers.map((f, i) => (
                  <tr key={i}>
                    <th scope="row">{f.channel}</th>
                    <td>{money(f.amount, f.currency, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </>
  );
}

function Positions({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation('proposals');
  const entries = Object.entries(proposal.positions);
  return (
    <section aria-labelledby="positions-heading" className="margin-y-3">
      <h2 id="positions-heading">{t('positions.title')}</h2>
      {entries.length === 0 ? (
        <p>{t('positions.none')}</p>
      ) : (
        <table
          className="usa-table usa-table--borderless usa-table--stacked width-full"
          data-testid="positions"
        >
          <caption className="usa-sr-only">{t('positions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('positions.party')}</th>
              <th scope="col">{t('positions.acknowledgedAt')}</th>
              <th scope="col">{t('positions.stance')}</th>
              <th scope="col">{t('positions.note')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([party, position]) => (
              <tr key={party}>
                <th scope="row" data-label={t('positions.party')}>
                  {party}
                </th>
                <td data-label={t('positions.acknowledgedAt')}>
                  {position.acknowledgedAt ? (
                    <DateTime value={position.acknowledgedAt} />
                  ) : (
                    t('positions.notYet')
                  )}
                </td>
                <td data-label={t('positions.stance')}>
                  <StanceTag stance={position.stance} />
                </td>
                <td data-label={t('positions.note')}>{position.note ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Clearance({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation('proposals');
  const { canClear, reasons } = proposal.clearance;
  return (
    <section
      className="usa-summary-box margin-y-3"
      aria-labelledby="clearance-heading"
      data-testid="clearance"
    >
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="clearance-heading">
          {t('clearance.title')}
        </h2>
        <p className="margin-y-1 text-bold">{canClear ? t('clearance.can') : t('clearance.cannot')}</p>
        {reasons.length > 0 ? (
          <ul className="usa-list">
            {reasons.map((r) => (
              <li key={r.code}>{r.message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}

function ProposalView({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation('proposals');
  const { data: me } = useMe();
  const members = useMembers(proposal.groupId);
  const tracks = useTracks(proposal.groupId);
  const parties = useParties();
  const localized = useLocalized();
  const track = tracks.data?.find((tr) => tr.id === proposal.trackId);
  const myRole = members.data?.find((m) => m.userId === me?.id)?.role;
  const mayTryClear = me?.party === proposal.proposingParty && myRole === 'co_chair';
  const zones = (() => {
    const known = Object.keys(proposal.positions)
      .concat(proposal.proposingParty)
      .map((code) => parties.data?.find((p) => p.code === code)?.timeZone)
      .filter((z): z is string => Boolean(z));
    return known.length > 0 ? known : CAPITAL_ZONES;
  })();
  return (
    <article aria-labelledby="proposal-title">
      <ClassificationBanner marking={proposal} position="top" />
      <PageTitle title={proposal.title}>
        <span id="proposal-title">{proposal.title}</span>
      </PageTitle>
      <p data-testid="proposal-status">
        <StatusTag status={proposal.status} /> {proposal.surprise ? <SurpriseTag /> : null}
      </p>
      <dl className="lockstep-meta">
        <div>
          <dt>{t('field.proposingParty')}</dt>
          <dd>{proposal.proposingParty}</dd>
        </div>
        <div>
          <dt>{t('field.trackId')}</dt>
          <dd>{track ? localized(track.name) : '—'}</dd>
        </div>
        <div>
          <dt>{t('field.author')}</dt>
          <dd>{proposal.author.displayName}</dd>
        </div>
        <div>
          <dt>{t('field.plannedFor')}</dt>
          <dd>{proposal.plannedFor ? formatDate(proposal.plannedFor, i18n.language) : '—'}</dd>
        </div>
        <div>
          <dt>{t('field.location')}</dt>
          <dd>{proposal.location ?? '—'}</dd>
        </div>
        {proposal.notifiedAt ? (
          <div>
            <dt>{t('field.notifiedAt')}</dt>
            <dd>
              <DateTime value={proposal.notifiedAt} />
            </dd>
          </div>
        ) : null}
      </dl>
      {proposal.abilities.edit ? (
        <p>
          <Link className="usa-button usa-button--outline" to={`/proposals/${proposal.id}/edit`}>
            {t('read.edit')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('field.summary')}</h2>
        {proposal.summary ? <Markdown source={proposal.summary} /> : <p>—</p>}
      </section>
      <ProposalDetails proposal={proposal} />
      {proposal.status === 'notified' && proposal.noticeEndsAt ? (
        <NoticeClock noticeEndsAt={proposal.noticeEndsAt} zones={zones} />
      ) : null}
      <Positions proposal={proposal} />
      {proposal.status === 'notified' ? <Clearance proposal={proposal} /> : null}
      <ProposalActions proposal={proposal} mayTryClear={mayTryClear} />
      {/* Extension slot: screening, exemptions … (features/proposals/proposal-panels.ts). */}
      {proposalPanels.map((Panel, i) => (
        <Panel key={i} proposal={proposal} />
      ))}
      <ProposalComments proposal={proposal} myParty={me?.party ?? ''} />
      <ProposalHistory history={proposal.history ?? []} />
      <ClassificationBanner marking={proposal} position="bottom" />
    </article>
  );
}

export function ProposalPage() {
  const { proposalId = '' } = useParams();
  const proposal = useProposal(proposalId);
  return (
    <QueryBoundary query={proposal}>
      {({ proposal: p }) => (
        <GroupFrame groupId={p.groupId}>
          <ProposalView proposal={p} />
        </GroupFrame>
      )}
    </QueryBoundary>
  );
}
