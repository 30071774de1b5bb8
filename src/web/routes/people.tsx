import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMembers, type GroupMember } from '../features/groups/group-queries.js';
import { useParties } from '../features/groups/party-queries.js';
import { useLocalized } from '../ui/localized-text.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    out.set(key, [...(out.get(key) ?? []), item]);
  }
  return out;
}

function AgencyTable({ caption, members }: { caption: string; members: GroupMember[] }) {
  const { t } = useTranslation('groups');
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.title')}</th>
            <th scope="col">{t('people.role')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId}>
              <th scope="row" data-label={t('people.name')}>
                {m.displayName}
              </th>
              <td data-label={t('people.title')}>{m.title ?? '—'}</td>
              <td data-label={t('people.role')}>{t(`roles.${m.role}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PeoplePage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('groups');
  const members = useMembers(groupId);
  const parties = useParties();
  const localized = useLocalized();
  return (
    <>
      <PageTitle title={t('people.heading')} />
      <QueryBoundary query={members}>
        {(list) =>
          [...groupBy(list, (m) => m.party ?? '—')].map(([party, ofParty]) => (
            <section key={party} aria-labelledby={`party-${party}`} className="margin-bottom-4">
              <h2 id={`party-${party}`}>
                {localized(parties.data?.find((p) => p.code === party)?.name) || party}
              </h2>
              {[...groupBy(ofParty, (m) => m.agency ?? '—')].map(([agency, ofAgency]) => (
                <AgencyTable
                  key={agency}
                  caption={localized(ofAgency[0]?.agencyName) || agency}
                  members={ofAgency}
                />
              ))}
            </section>
          ))
        }
      </QueryBoundary>
    </>
  );
}
