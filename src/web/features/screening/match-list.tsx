import { useTranslation } from 'react-i18next';
import type { ScreeningMatchView } from '../../../core/contract/screening.js';

/** A score of 0.87 as "87 %" in the reader's locale. */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}

/** The matches of one name: stacked, so that they read at 320 px without a wide table. */
export function MatchList({ matches, headingLevel }: { matches: ScreeningMatchView[]; headingLevel: 3 | 4 }) {
  const { t, i18n } = useTranslation('screening');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="usa-list usa-list--unstyled">
      {matches.map((m) => (
        <li
          key={`${m.referenceNumber}-${m.matchedName}`}
          className="border-1px border-base-lighter padding-2 margin-bottom-2"
        >
          <Heading className="margin-top-0">
            {m.name} <span className="usa-tag">{formatScore(m.score, i18n.language)}</span>
          </Heading>
          <dl className="lockstep-meta">
            <div>
              <dt>{t('match.matchedName')}</dt>
              <dd>{m.matchedName}</dd>
            </div>
            <div>
              <dt>{t('match.referenceNumber')}</dt>
              <dd>{m.referenceNumber}</dd>
            </div>
            <div>
              <dt>{t('match.regime')}</dt>
              <dd>{m.regime}</dd>
            </div>
            <div>
              <dt>{t('match.kind')}</dt>
              <dd>{t(`kind.${m.kind}`)}</dd>
            </div>
          </dl>
          <p className="margin-bottom-0">
            <span className="text-bold">{t('match.why')}</span> {m.explanation}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The caution every result carries: a similar name is a lead, not a finding. */
export function IdentityNote() {
  const { t } = useTranslation('screening');
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim" data-testid="identity-note">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t('identityNote')}</p>
      </div>
    </div>
  );
}
