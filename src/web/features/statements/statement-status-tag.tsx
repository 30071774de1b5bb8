import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../core/contract/statements.js';

const TONES: Record<Statement['status'], string> = {
  draft: 'bg-base-dark',
  shared_for_comment: 'bg-accent-cool-darker',
  cleared: 'bg-primary-dark',
  published: 'bg-primary-darker',
};

export function StatementStatusTag({ status }: { status: Statement['status'] }) {
  const { t } = useTranslation('statements');
  return <span className={`usa-tag ${TONES[status]}`}>{t(`status.${status}`)}</span>;
}
