import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DocumentKind } from '../../core/contract/documents.js';
import { DOCUMENT_KINDS, useDocuments } from '../features/documents/document-queries.js';
import { useGroup } from '../features/groups/group-queries.js';
import { useMarkingText } from '../ui/classification-banner.js';
import { DateTime } from '../ui/date-time.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function parseKind(value: string | null): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k === value);
}

export function PapersPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('papers');
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get('kind'));
  const documents = useDocuments(groupId, kind);
  const group = useGroup(groupId);
  const canCreate = group.data?.abilities.createDocument === true;
  const marking = useMarkingText();
  return (
    <>
      <PageTitle title={t('list.title')} />
      <div className="lockstep-toolbar margin-bottom-3">
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="kind-filter">
            {t('list.filter')}
          </label>
          <select
            className="usa-select"
            id="kind-filter"
            value={kind ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('kind', e.target.value);
              else next.delete('kind');
              setParams(next, { replace: true });
            }}
          >
            <option value="">{t('list.allKinds')}</option>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {canCreate ? (
          <Link className="usa-button margin-top-2" to={`/groups/${groupId}/papers/new`}>
            {t('list.new')}
          </Link>
        ) : null}
      </div>
      <QueryBoundary query={documents}>
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
                  <th scope="col">{t('field.marking')}</th>
                  <th scope="col">{t('field.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((doc) => (
                  <tr key={doc.id}>
                    <th scope="row" data-label={t('field.title')}>
                      <Link className="usa-link" to={`/papers/${doc.id}`}>
                        {doc.title}
                      </Link>
                    </th>
                    <td data-label={t('field.kind')}>{t(`kind.${doc.kind}`)}</td>
                    <td data-label={t('field.marking')}>
                      <span className="text-bold">{marking(doc)}</span>
                    </td>
                    <td data-label={t('field.updated')}>
                      <DateTime value={doc.updatedAt} />
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
