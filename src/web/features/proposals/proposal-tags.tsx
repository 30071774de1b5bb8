import { useTranslation } from 'react-i18next';
import type { ProposalStatusValue } from '../../../core/contract/proposals.js';

// Dark theme tokens only: white tag text keeps a 4.5:1 contrast on all of them.
const STATUS_TONE: Record<ProposalStatusValue, string> = {
  draft: 'bg-base-dark',
  notified: 'bg-accent-cool-darker',
  cleared: 'bg-primary-darker',
  executed: 'bg-base-darkest',
  withdrawn: 'bg-base-dark',
};

const STANCE_TONE: Record<string, string> = {
  none: 'bg-base-dark',
  concur: 'bg-primary-darker',
  concerns: 'bg-accent-warm-darker',
  object: 'bg-secondary-darker',
};

export function StatusTag({ status }: { status: ProposalStatusValue }) {
  const { t } = useTranslation('proposals');
  return <span className={`usa-tag ${STATUS_TONE[status]}`}>{t(`status.${status}`)}</span>;
}

export function StanceTag({ stance }: { stance: string }) {
  const { t } = useTranslation('proposals');
  return (
    <span className={`usa-tag ${STANCE_TONE[stance] ?? 'bg-base-dark'}`}>
      {t(`stance.${stance}`, { defaultValue: stance })}
    </span>
  );
}

export function SurpriseTag() {
  const { t } = useTranslation('proposals');
  return <span className="usa-tag bg-secondary-darker">{t('surprise.tag')}</span>;
}
