import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DocumentForm } from '../features/documents/document-form.js';
import { useDocument, useUpdateDocument } from '../features/documents/document-queries.js';
import { GroupFrame } from '../layout/group-frame.js';
import { ClassificationBanner } from '../ui/classification-banner.js';
import { ForbiddenContent } from '../ui/not-found-content.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function EditPaperPage() {
  const { paperId = '' } = useParams();
  const { t } = useTranslation('papers');
  const document = useDocument(paperId);
  const update = useUpdateDocument(paperId);
  const navigate = useNavigate();
  return (
    <QueryBoundary query={document}>
      {(doc) => (
        <GroupFrame groupId={doc.groupId}>
          {doc.abilities.edit ? (
            <>
              <ClassificationBanner marking={doc} position="top" />
              <PageTitle title={t('edit.title', { title: doc.title })} />
              <DocumentForm
                mode="edit"
                levels={[doc.classification]}
                party={doc.party}
                initial={doc}
                submitting={update.isPending}
                error={update.error}
                onCancel={() => void navigate(`/papers/${doc.id}`)}
                onSubmit={({ title, kind, body }) =>
                  update.mutate(
                    { title, kind, body },
                    { onSuccess: () => void navigate(`/papers/${doc.id}`) },
                  )
                }
              />
              <ClassificationBanner marking={doc} position="bottom" />
            </>
          ) : (
            <ForbiddenContent />
          )}
        </GroupFrame>
      )}
    </QueryBoundary>
  );
}
