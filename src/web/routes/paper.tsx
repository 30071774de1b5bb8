import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocument } from '../features/documents/document-queries.js';
import { GroupFrame } from '../layout/group-frame.js';
import { ClassificationBanner } from '../ui/classification-banner.js';
import { DateTime } from '../ui/date-time.js';
import { Markdown } from '../ui/markdown.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function PaperPage() {
  const { paperId = '' } = useParams();
  const { t } = useTranslation('papers');
  const document = useDocument(paperId);
  return (
    <QueryBoundary query={document}>
      {(doc) => (
        <GroupFrame groupId={doc.groupId}>
          <article aria-labelledby="paper-title">
            <ClassificationBanner marking={doc} position="top" />
            <PageTitle title={doc.title}>
              <span id="paper-title">{doc.title}</span>
            </PageTitle>
            <dl className="lockstep-meta">
              <div>
                <dt>{t('field.kind')}</dt>
                <dd>{t(`kind.${doc.kind}`)}</dd>
              </div>
              <div>
                <dt>{t('field.author')}</dt>
                <dd>
                  {doc.author.displayName} ({doc.party})
                </dd>
              </div>
              <div>
                <dt>{t('field.updated')}</dt>
                <dd>
                  <DateTime value={doc.updatedAt} />
                </dd>
              </div>
            </dl>
            {doc.abilities.edit ? (
              <p>
                <Link className="usa-button usa-button--outline" to={`/papers/${doc.id}/edit`}>
                  {t('read.edit')}
                </Link>
              </p>
            ) : null}
            <Markdown source={doc.body} />
            <ClassificationBanner marking={doc} position="bottom" />
          </article>
        </GroupFrame>
      )}
    </QueryBoundary>
  );
}
