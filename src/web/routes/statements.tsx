import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useGroup } from '../features/groups/group-queries.js';
import { ReleaseCountdown } from '../features/statements/release-countdown.js';
import {
  STATEMENT_KINDS,
  useStatements,
  type StatementKind,
} from '../features/statements/statement-queries.js';
import { StatementStatusTag } from '../features/statements/statement-status-tag.js';
import { DateTime } from '../ui/date-time.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function parseKind(value: string | null): StatementKind | undefined {
  return STATEMENT_KINDS.find((k) => k === value);
}

export function StatementsPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('statements');
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get('kind'));
  const statements = useStatements(groupId, kind);
  const group = useGroup(groupId);
  const canCreate = group.data?.abilities.createDocument === true;
  return (
    <>
      <PageTitle title={t('list.title')} />
      <div className="lockstep-toolbar margin-bottom-3">
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="statement-kind-filter">
            {t('list.filter')}
          </label>
          <select
            className="usa-select"
            id="statement-kind-filter"
            value={kind ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('kind', e.target.value);
              else next.delete('kind');
              setParams(next, { replace: true });
            }}
          >
            <option value="">{t('list.allKinds')}</option>
            {STATEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Link className="usa-link margin-top-2 margin-right-2" to={`/groups/${groupId}/statements/record`}>
          {t('list.record')}
        </Link>
        {canCreate ? (
          <Link className="usa-button margin-top-2" to={`/groups/${groupId}/statements/new`}>
            {t('list.new')}
          </Link>
        ) : null}
      </div>
      <QueryBoundary query={statements}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('list.empty')} />
          ) : (
            <table className="usa-table usa-table--borderless usa-table--stacked width-full">
              <caption className="usa-sr-only">{t('list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.title')}</th>
                  <th scope="col">{t('field.kind')}</th>
                  <th scope="col">{t('field.party')}</th>
                  <th scope="col">{t('field.status')}</th>
                  <th scope="col">{t('field.releaseAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" data-label={t('field.title')}>
                      <Link className="usa-link" to={`/statements/${s.id}`}>
                        {s.title || t('read.untitled')}
                      </Link>
                    </th>
                    <td data-label={t('field.kind')}>{t(`kind.${s.kind}`)}</td>
                    <td data-label={t('field.party')}>{s.party}</td>
                    <td data-label={t('field.status')}>
                      <StatementStatusTag status={s.status} />
                    </td>
                    <td data-label={t('field.releaseAt')}>
                      {s.publishedAt ? (
                        <DateTime value={s.publishedAt} />
                      ) : s.releaseAt ? (
                        <>
                          <DateTime value={s.releaseAt} />{' '}
                          <ReleaseCountdown releaseAt={s.releaseAt} published={false} />
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryBoundary>
    </>
  );
}
