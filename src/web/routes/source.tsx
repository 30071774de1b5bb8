import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  PublicationDateForm,
  SourceDates,
  SourceEvents,
  SourcePeople,
  SourcePlaces,
} from '../features/sources/source-details.js';
import { useSource } from '../features/sources/source-queries.js';
import { MentionLegend, SourceText } from '../features/sources/source-text.js';
import { textLanguage } from '../features/sources/text-language.js';
import { PreciseDate } from '../features/timeline/precise-date.js';
import { GroupFrame } from '../layout/group-frame.js';
import { ClassificationBanner } from '../ui/classification-banner.js';
import { DateTime } from '../ui/date-time.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function SourcePage() {
  const { sourceId = '' } = useParams();
  const { t } = useTranslation('sources');
  const loaded = useSource(sourceId);
  return (
    <QueryBoundary query={loaded}>
      {({ source, etag }) => (
        <GroupFrame groupId={source.groupId}>
          <article aria-labelledby="source-title">
            <ClassificationBanner marking={source} position="top" />
            <PageTitle title={source.title}>
              <span id="source-title" lang={textLanguage(source.title)}>
                {source.title}
              </span>
            </PageTitle>
            <dl className="lockstep-meta">
              <div>
                <dt>{t('field.outlet')}</dt>
                <dd>{source.outlet}</dd>
              </div>
              <div>
                <dt>{t('field.kind')}</dt>
                <dd>{t(`kind.${source.kind}`)}</dd>
              </div>
              <div>
                <dt>{t('field.published')}</dt>
                <dd data-testid="source-published">
                  {source.publishedOn ? (
                    <PreciseDate date={source.publishedOn} precision="day" />
                  ) : (
                    t('list.noDate')
                  )}
                </dd>
              </div>
              {source.url ? (
                <div>
                  <dt>{t('field.url')}</dt>
                  <dd>
                    <a
                      className="usa-link"
                      href={source.url}
                      rel="noopener noreferrer nofollow"
                      target="_blank"
                    >
                      {source.url}
                    </a>{' '}
                    <span className="text-base">{t('read.urlNotFetched')}</span>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('field.addedBy')}</dt>
                <dd>
                  {source.author.displayName} ({source.party}), <DateTime value={source.createdAt} />
                </dd>
              </div>
            </dl>
            {source.needsPublicationDate ? (
              source.abilities.setPublishedAt ? (
                <PublicationDateForm source={source} etag={etag} />
              ) : (
                <div className="usa-alert usa-alert--info usa-alert--slim">
                  <div className="usa-alert__body">
                    <p className="usa-alert__text">{t('publication.waiting')}</p>
                  </div>
                </div>
              )
            ) : null}
            <section aria-labelledby="text-heading">
              <h2 id="text-heading">{t('read.text')}</h2>
              <MentionLegend />
              <SourceText source={source} />
            </section>
            <SourcePeople source={source} />
            <SourcePlaces source={source} />
            <SourceDates source={source} />
            <SourceEvents source={source} />
            <p className="margin-top-3">
              <Link className="usa-link" to={`/groups/${source.groupId}/sources`}>
                {t('read.back')}
              </Link>
            </p>
            <ClassificationBanner marking={source} position="bottom" />
          </article>
        </GroupFrame>
      )}
    </QueryBoundary>
  );
}
