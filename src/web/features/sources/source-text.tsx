import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../core/contract/sources.js';
import { mentionsOf, segmentText, type MentionType } from './highlight.js';
import { textLanguage } from './text-language.js';

// Each type differs in its underline as well as its colour, so that colour is not the only cue.
const MARK_STYLES: Record<MentionType, CSSProperties> = {
  person: { background: '#fff3c2', color: '#1b1b1b', borderBottom: '2px solid #8a6a00' },
  place: { background: '#e1f3f8', color: '#1b1b1b', borderBottom: '2px dashed #00687d' },
  organization: { background: '#ecf3ec', color: '#1b1b1b', borderBottom: '2px dotted #2e6a35' },
  date: { background: '#f8dfe2', color: '#1b1b1b', borderBottom: '3px double #8b1a2b' },
};

const TYPES: MentionType[] = ['person', 'place', 'organization', 'date'];

function Mark({ type, children }: { type: MentionType; children: string }) {
  return (
    <mark className={`lockstep-mention lockstep-mention--${type}`} data-type={type} style={MARK_STYLES[type]}>
      {children}
    </mark>
  );
}

/** What the marks mean; the lists below the text say the same in words. */
export function MentionLegend() {
  const { t } = useTranslation('sources');
  return (
    <div className="margin-y-2">
      <h3 className="margin-bottom-1" id="legend-heading">
        {t('read.legend')}
      </h3>
      <ul className="usa-list usa-list--unstyled" aria-labelledby="legend-heading">
        {TYPES.map((type) => (
          <li key={type} className="display-inline-block margin-right-2">
            <Mark type={type}>{t(`mention.${type}`)}</Mark>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The article text as stored, with the people, places and dates that were found in it marked. */
export function SourceText({ source }: { source: Pick<Source, 'text' | 'people' | 'places' | 'dates'> }) {
  const paragraphs = source.text.split(/\n{2,}/).filter((p) => p.trim() !== '');
  const mentions = mentionsOf(source);
  return (
    <div
      className="usa-prose lockstep-source-text"
      data-testid="source-text"
      lang={textLanguage(source.text)}
    >
      {paragraphs.map((paragraph, i) => (
        <p key={i} style={{ whiteSpace: 'pre-line' }}>
          {segmentText(paragraph, mentions).map((segment, j) =>
            segment.kind === 'plain' ? (
              segment.text
            ) : (
              <Mark key={j} type={segment.type}>
                {segment.text}
              </Mark>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
