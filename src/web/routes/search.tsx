import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSearch } from '../features/search/search-queries.js';
import { useMarkingText } from '../ui/classification-banner.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

/** Where a hit opens; kinds other features add get their own page here. */
function linkOf(kind: string, id: string): string | null {
  if (kind === 'document') return `/papers/${id}`;
  return null;
}

export function SearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const results = useSearch(q);
  const marking = useMarkingText();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };

  return (
    <>
      <PageTitle title={t('title')} />
      <form className="usa-search usa-search--big margin-bottom-4" role="search" onSubmit={submit}>
        <label className="usa-sr-only" htmlFor="search-q">
          {t('label')}
        </label>
        <input
          className="usa-input"
          id="search-q"
          type="search"
          name="q"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button className="usa-button" type="submit">
          <span className="usa-search__submit-text">{t('submit')}</span>
        </button>
      </form>
      {q ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t('results', { q })}</h2>
          <QueryBoundary query={results} inline>
            {(items) =>
              items.length === 0 ? (
                <EmptyState title={t('empty')} />
              ) : (
                <ul className="usa-collection">
                  {items.map((hit) => {
                    const to = linkOf(hit.kind, hit.id);
                    return (
                      <li className="usa-collection__item" key={`${hit.kind}-${hit.id}`}>
                        <div className="usa-collection__body">
                          <h3 className="usa-collection__heading">
                            {to ? (
                              <Link className="usa-link" to={to}>
                                {hit.title}
                              </Link>
                            ) : (
                              hit.title
                            )}
                          </h3>
                          <p className="usa-collection__description">{hit.snippet}</p>
                          <ul className="usa-collection__meta" aria-label={t('meta')}>
                            <li className="usa-collection__meta-item">{marking(hit)}</li>
                            <li className="usa-collection__meta-item">
                              {t(`kind.${hit.kind}`, { defaultValue: hit.kind })}
                            </li>
                          </ul>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )
            }
          </QueryBoundary>
        </section>
      ) : null}
    </>
  );
}
