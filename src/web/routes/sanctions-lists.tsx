import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SanctionsListVersion } from '../../core/contract/screening.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../features/auth/auth-queries.js';
import { useImportList, useListVersion, useListVersions } from '../features/screening/screening-queries.js';
import { DateTime } from '../ui/date-time.js';
import { ErrorSummary, type FormError } from '../ui/error-summary.js';
import { ForbiddenContent } from '../ui/not-found-content.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

function DiffView({ id }: { id: string }) {
  const { t } = useTranslation('screening');
  const detail = useListVersion(id);
  return (
    <section aria-labelledby="diff-heading" className="margin-top-4" data-testid="list-diff">
      <h2 id="diff-heading">{t('lists.diffTitle')}</h2>
      <QueryBoundary query={detail} inline>
        {(version) =>
          version.diff.previousVersionId === null ? (
            <p>{t('lists.firstVersion')}</p>
          ) : (
            (['added', 'removed', 'changed'] as const).map((part) => (
              <div key={part}>
                <h3>{t(`lists.${part}`, { count: version.diff[part].length })}</h3>
                {version.diff[part].length === 0 ? (
                  <p>—</p>
                ) : (
                  <ul className="usa-list">
                    {version.diff[part].map((e) => (
                      <li key={e.referenceNumber}>
                        {e.referenceNumber} — {e.name} ({t(`kind.${e.kind}`)})
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))
          )
        }
      </QueryBoundary>
    </section>
  );
}

function VersionsTable({
  versions,
  selected,
  onSelect,
}: {
  versions: SanctionsListVersion[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('screening');
  const num = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <div
      className="usa-table-container--scrollable"
      tabIndex={0}
      role="region"
      aria-label={t('lists.tableLabel')}
    >
      <table className="usa-table usa-table--borderless">
        <caption>{t('lists.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lists.dateGenerated')}</th>
            <th scope="col">{t('lists.importedAt')}</th>
            <th scope="col">{t('lists.counts')}</th>
            <th scope="col">{t('lists.changes')}</th>
            <th scope="col">SHA-256</th>
            <th scope="col">
              <span className="usa-sr-only">{t('lists.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">
                {v.dateGenerated ? v.dateGenerated.slice(0, 10) : '—'}{' '}
                {v.isLatest ? <span className="usa-tag">{t('lists.latest')}</span> : null}
              </th>
              <td>
                <DateTime value={v.importedAt} />
              </td>
              <td>
                {t('lists.countValue', { individuals: num(v.individualCount), entities: num(v.entityCount) })}
              </td>
              <td>
                {t('lists.diffSummary', {
                  added: v.diffSummary.added,
                  removed: v.diffSummary.removed,
                  changed: v.diffSummary.changed,
                })}
              </td>
              <td>
                <code className="font-mono-3xs" style={{ wordBreak: 'break-all' }}>
                  {v.sha256}
                </code>
              </td>
              <td>
                <button
                  type="button"
                  className="usa-button usa-button--unstyled"
                  aria-pressed={selected === v.id}
                  onClick={() => onSelect(v.id)}
                >
                  {t('lists.showDiff')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UploadForm() {
  const { t } = useTranslation('screening');
  const upload = useImportList();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setErrors([{ fieldId: 'list-file', message: t('lists.fileRequired') }]);
      return;
    }
    setErrors([]);
    upload.mutate(await file.text());
  };
  const message = upload.error
    ? isApiError(upload.error, 413)
      ? t('lists.tooLarge')
      : isApiError(upload.error)
        ? upload.error.message
        : t('common:errors.generic')
    : undefined;
  return (
    <section aria-labelledby="upload-heading" className="margin-top-4">
      <h2 id="upload-heading">{t('lists.uploadTitle')}</h2>
      <ErrorSummary errors={errors} message={errors.length === 0 ? message : undefined} />
      <form className="usa-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className={`usa-form-group${errors.length > 0 ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="list-file">
            {t('lists.file')}
          </label>
          <span className="usa-hint" id="list-file-hint">
            {t('lists.fileHint')}
          </span>
          <input
            className="usa-file-input"
            id="list-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            aria-describedby="list-file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="usa-button margin-top-2" disabled={upload.isPending}>
          {upload.isPending ? t('lists.uploading') : t('lists.upload')}
        </button>
      </form>
      <div role="status">
        {upload.data ? (
          <p data-testid="upload-result">
            {upload.data.created
              ? t('lists.imported', { date: upload.data.dateGenerated?.slice(0, 10) ?? '—' })
              : t('lists.alreadyImported')}
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** Administrators' view of the imported UN consolidated list versions. */
export function SanctionsListsPage() {
  const { t } = useTranslation('screening');
  const { data: me } = useMe();
  const versions = useListVersions();
  const [selected, setSelected] = useState<string | null>(null);
  if (me && !me.isAdmin) return <ForbiddenContent />;
  return (
    <>
      <PageTitle title={t('lists.title')} />
      <p className="usa-intro">{t('lists.intro')}</p>
      <QueryBoundary query={versions} inline>
        {(list) => {
          const shown = selected ?? list.find((v) => v.isLatest)?.id ?? null;
          return list.length === 0 ? (
            <p>{t('lists.none')}</p>
          ) : (
            <>
              <VersionsTable versions={list} selected={shown} onSelect={setSelected} />
              {shown ? <DiffView id={shown} /> : null}
            </>
          );
        }}
      </QueryBoundary>
      <UploadForm />
    </>
  );
}
