import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../core/contract/meetings.js';

const TONES: Record<Meeting['status'], string> = {
  planned: 'bg-base-dark',
  agenda_agreed: 'bg-primary-dark',
  held: 'bg-accent-cool-darker',
  closed: 'bg-ink',
};

export function MeetingStatusTag({ status }: { status: Meeting['status'] }) {
  const { t } = useTranslation('meetings');
  return (
    <span className={`usa-tag ${TONES[status]}`} data-testid="meeting-status">
      {t(`status.${status}`)}
    </span>
  );
}
