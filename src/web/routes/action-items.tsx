import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActionItemLine } from '../features/meetings/outcomes-section.js';
import { useActionItems, useMeetings } from '../features/meetings/meeting-queries.js';
import { EmptyState } from '../ui/empty-state.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function ActionItemsPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('meetings');
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdue') === '1';
  const items = useActionItems(groupId, overdue);
  const meetings = useMeetings(groupId);
  return (
    <>
      <PageTitle title={t('actionItems.title')} />
      <div className="usa-checkbox margin-bottom-3">
        <input
          className="usa-checkbox__input"
          id="overdue-only"
          type="checkbox"
          checked={overdue}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.checked) next.set('overdue', '1');
            else next.delete('overdue');
            setParams(next, { replace: true });
          }}
        />
        <label className="usa-checkbox__label" htmlFor="overdue-only">
          {t('actionItems.overdueOnly')}
        </label>
      </div>
      <QueryBoundary query={items}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={overdue ? t('actionItems.noneOverdue') : t('actionItems.empty')} />
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {list.map((item) => {
                const meeting = meetings.data?.find((m) => m.id === item.meetingId);
                return (
                  <li
                    key={item.id}
                    className="margin-bottom-2 border-bottom border-base-lighter padding-bottom-1"
                  >
                    <ActionItemLine item={item} />
                    <span className="display-block">
                      <Link className="usa-link" to={`/meetings/${item.meetingId}`}>
                        {meeting ? t('list.round', { round: meeting.round }) : t('actionItems.meeting')}
                      </Link>
                    </span>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryBoundary>
    </>
  );
}
