import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../core/contract/common.js';

export interface Marking {
  classification: string;
  visibility: Visibility;
  party: string;
}

/** The marking line a classified paper carries, e.g. "SBU // KR ONLY". */
export function useMarkingText(): (marking: Marking) => string {
  const { t } = useTranslation();
  return ({ classification, visibility, party }) =>
    visibility === 'party'
      ? `${classification} // ${t('marking.partyOnly', { party })}`
      : `${classification} // ${t('marking.shared')}`;
}

function toneOf(classification: string): string {
  if (classification === 'UNCLASSIFIED') return 'lockstep-marking--unclassified';
  if (classification === 'CONFIDENTIAL') return 'lockstep-marking--confidential';
  return 'lockstep-marking--controlled';
}

/** Shown at the top and at the bottom of a paper, as classified documents carry their marking. */
export function ClassificationBanner({
  marking,
  position,
}: {
  marking: Marking;
  position: 'top' | 'bottom';
}) {
  const { t } = useTranslation();
  const text = useMarkingText()(marking);
  return (
    <p
      className={`lockstep-marking ${toneOf(marking.classification)}`}
      data-testid={`marking-${position}`}
      aria-label={`${t('marking.label')}: ${text}`}
    >
      {text}
    </p>
  );
}
