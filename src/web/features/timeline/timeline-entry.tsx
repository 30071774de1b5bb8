import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/datetime.js';
import { EventCorrection } from './event-correction.js';
import { EventMerge, SplitSource } from './event-merge.js';
import { PreciseDate } from './precise-date.js';
import { useDecideEvent, type TimelineItem } from './timeline-queries.js';

function recordLinkOf(item: TimelineItem, groupId: string): { to: string; key: string } | null {
  const { link } = item;
  if (link.meetingId) return { to: `/meetings/${link.meetingId}`, key: 'meeting' };
  if (link.proposalId) return { to: `/proposals/${link.proposalId}`, key: 'proposal' };
  if (link.statementId) return { to: `/statements/${link.statementId}`, key: 'statement' };
  if (link.milestoneId) return { to: `/groups/${groupId}/tracks`, key: 'milestone' };
  return null;
}

/** "Sources disagree on the date: Nov 20, 2018 (Yonhap) / Nov 22, 2018 (AP)". */
function Disagreements({ item }: { item: TimelineItem }) {
  const { t, i18n } = useTranslation('timeline');
  if (item.disagreements.length === 0) return null;
  const outletOf = (sourceId: string) => item.sources.find((s) => s.sourceId === sourceId)?.outlet ?? '?';
  return (
    <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-1">
      <div className="usa-alert__body">
        {item.disagreements.map((d) => (
          <p className="usa-alert__text" key={d.field}>
            {t(`disagree.${d.field}`, {
              values: d.values
                .map(
                  (v) =>
                    `${d.field === 'date' ? formatDate(v.value, i18n.language) : v.value} (${outletOf(v.sourceId)})`,
                )
                .join(' / '),
            })}
          </p>
        ))}
      </div>
    </div>
  );
}

function Decision({ item, groupId }: { item: TimelineItem; groupId: string }) {
  const { t } = useTranslation('timeline');
  const decide = useDecideEvent(groupId);
  return (
    <div className="margin-top-1">
      {item.abilities.accept ? (
        <button
          type="button"
          className="usa-button usa-button--small"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: item.id, action: 'accept' })}
        >
          {t('candidates.accept', { title: item.title })}
        </button>
      ) : null}
      {item.abilities.reject ? (
        <button
          type="button"
          className="usa-button usa-button--outline usa-button--small"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ id: item.id, action: 'reject' })}
        >
          {t('candidates.reject', { title: item.title })}
        </button>
      ) : null}
      {decide.isError ? (
        <p className="usa-error-message" role="alert">
          {t('common:errors.generic')}
        </p>
      ) : null}
    </div>
  );
}

/** One item of the timeline: what happened, when, where, who, and which sources and records say so. */
export function TimelineEntry({
  item,
  groupId,
  headingLevel,
  mayDecide,
  events = [],
}: {
  item: TimelineItem;
  groupId: string;
  headingLevel: 3 | 4;
  mayDecide: boolean;
  /** the events on the page, which this one may be merged with */
  events?: readonly TimelineItem[];
}) {
  const { t } = useTranslation('timeline');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const record = recordLinkOf(item, groupId);
  const candidate = item.status === 'candidate';
  return (
    <article
      className="border-left-05 border-primary-light padding-left-2 margin-bottom-3"
      id={candidate ? `candidate-${item.id}` : `item-${item.id}`}
      data-testid={candidate ? 'timeline-candidate' : 'timeline-item'}
      aria-labelledby={`heading-${item.id}`}
    >
      <Heading className="margin-bottom-05" id={`heading-${item.id}`}>
        {item.title}
      </Heading>
      <p className="margin-y-05">
        <span className="usa-tag margin-right-1">{t(`kind.${item.kind}`, { defaultValue: item.kind })}</span>
        {item.recordKind === 'event' ? (
          <span className="usa-tag bg-base-lighter text-ink margin-right-1">
            {t(`status.${item.status}`)}
          </span>
        ) : null}
        <PreciseDate date={item.date} precision={item.precision} />
        {item.place ? <span> · {item.place}</span> : null}
      </p>
      {item.people.length > 0 ? (
        <p className="margin-y-05">{t('entry.people', { people: item.people.join(', ') })}</p>
      ) : null}
      <Disagreements item={item} />
      {item.sources.length > 0 ? (
        <div>
          <p className="margin-y-05 text-bold">{t('entry.sources')}</p>
          <ul className="usa-list margin-top-0">
            {item.sources.map((s, i) => (
              // A source may report the event in two sentences.
              <li key={`${s.sourceId}-${i}`}>
                {s.outlet}:{' '}
                <Link className="usa-link" to={`/sources/${s.sourceId}`}>
                  {s.title}
                </Link>
                {item.recordKind === 'event' && mayDecide ? (
                  <SplitSource item={item} source={s} groupId={groupId} />
                ) : null}
                {s.sentence ? (
                  <blockquote className="margin-y-05 margin-x-0 text-italic">{s.sentence}</blockquote>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {record ? (
        <p className="margin-y-05">
          <Link className="usa-link" to={record.to}>
            {t(`entry.open.${record.key}`, { title: item.title })}
          </Link>
        </p>
      ) : null}
      {candidate && mayDecide ? <Decision item={item} groupId={groupId} /> : null}
      {item.recordKind === 'event' && mayDecide ? (
        <EventCorrection item={item} groupId={groupId} headingLevel={headingLevel === 3 ? 4 : 5} />
      ) : null}
      {item.recordKind === 'event' && mayDecide ? (
        <EventMerge item={item} events={events} groupId={groupId} headingLevel={headingLevel === 3 ? 4 : 5} />
      ) : null}
    </article>
  );
}
