import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Group } from '../../core/contract/groups.js';
import { useGroup, useMembers, useTracks } from '../features/groups/group-queries.js';
import { NeedsAttention } from '../features/groups/needs-attention.js';
import { useParties } from '../features/groups/party-queries.js';
import { BreachBanner } from '../features/tempo/breach-banner.js';
import { LocalizedText, useLocalized } from '../ui/localized-text.js';
import { Markdown } from '../ui/markdown.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function CoChairsAndParties({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const members = useMembers(group.id);
  const parties = useParties();
  const localized = useLocalized();
  const partyName = (code: string) => localized(parties.data?.find((p) => p.code === code)?.name) || code;
  return (
    <div className="grid-row grid-gap">
      <section className="tablet:grid-col-6" aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t('parties')}</h2>
        <ul className="usa-list">
          {group.parties.map((code) => (
            <li key={code}>
              {partyName(code)} ({code})
            </li>
          ))}
        </ul>
      </section>
      <section className="tablet:grid-col-6" aria-labelledby="cochairs-heading">
        <h2 id="cochairs-heading">{t('coChairs')}</h2>
        <QueryBoundary query={members} inline>
          {(list) => (
            <ul className="usa-list">
              {Object.entries(group.coChairs).map(([party, userId]) => {
                const member = list.find((m) => m.userId === userId);
                return (
                  <li key={party}>
                    <strong>{member?.displayName ?? t('unknownMember')}</strong> — {partyName(party)}
                    {member?.title ? <div className="text-base-dark">{member.title}</div> : null}
                  </li>
                );
              })}
            </ul>
          )}
        </QueryBoundary>
      </section>
    </div>
  );
}

function TrackList({ groupId }: { groupId: string }) {
  const { t } = useTranslation('groups');
  const tracks = useTracks(groupId);
  return (
    <section aria-labelledby="tracks-heading">
      <h2 id="tracks-heading">{t('tracks.title')}</h2>
      <QueryBoundary query={tracks} inline>
        {(list) => (
          <ul className="usa-list">
            {list.map((track) => (
              <li key={track.id}>
                <LocalizedText value={track.name} />
              </li>
            ))}
          </ul>
        )}
      </QueryBoundary>
      <Link className="usa-link" to={`/groups/${groupId}/tracks`}>
        {t('tracks.all')}
      </Link>
    </section>
  );
}

export function GroupHomePage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('groups');
  const group = useGroup(groupId);
  const localized = useLocalized();
  return (
    <QueryBoundary query={group}>
      {(g) => (
        <>
          <PageTitle title={localized(g.name)} />
          {g.note ? (
            <div
              className="usa-alert usa-alert--info usa-alert--slim usa-alert--no-icon margin-bottom-3"
              data-testid="group-note"
            >
              <div className="usa-alert__body">
                <p className="usa-alert__text">
                  <span className="usa-tag margin-right-1">{t('noteTag')}</span>
                  {g.note}
                </p>
              </div>
            </div>
          ) : null}
          <BreachBanner groupId={g.id} />
          <NeedsAttention groupId={g.id} />
          <section aria-labelledby="mandate-heading">
            <h2 id="mandate-heading">{t('mandate')}</h2>
            <Markdown source={g.mandate} />
          </section>
          <CoChairsAndParties group={g} />
          <TrackList groupId={g.id} />
        </>
      )}
    </QueryBoundary>
  );
}
