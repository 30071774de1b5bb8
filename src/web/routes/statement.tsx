import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Statement } from '../../core/contract/statements.js';
import { useMe } from '../features/auth/auth-queries.js';
import { useGroup } from '../features/groups/group-queries.js';
import { toLocalInput } from '../features/meetings/meeting-time.js';
import { CommentsSection } from '../features/statements/comments-section.js';
import { ReleaseCountdown } from '../features/statements/release-countdown.js';
import { StatementActions } from '../features/statements/statement-actions.js';
import { StatementForm } from '../features/statements/statement-form.js';
import { statementKeys, useStatement, useUpdateStatement } from '../features/statements/statement-queries.js';
import { StatementStatusTag } from '../features/statements/statement-status-tag.js';
import { GroupFrame } from '../layout/group-frame.js';
import { ClassificationBanner } from '../ui/classification-banner.js';
import { DateTime } from '../ui/date-time.js';
import { Markdown } from '../ui/markdown.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

/** Refetches the statement when its embargo lifts, so that Publish appears without a reload. */
function useRefetchAtRelease(statement: Statement | undefined): void {
  const client = useQueryClient();
  const releaseAt = statement?.releaseAt ?? null;
  const id = statement?.id;
  useEffect(() => {
    if (!releaseAt || !id) return;
    const wait = new Date(releaseAt).getTime() - Date.now();
    if (wait <= 0 || wait > 24 * 3_600_000) return;
    const timer = window.setTimeout(
      () => void client.invalidateQueries({ queryKey: statementKeys.one(id) }),
      wait + 500,
    );
    return () => window.clearTimeout(timer);
  }, [client, id, releaseAt]);
}

function StatementEditor({ statement, onDone }: { statement: Statement; onDone: () => void }) {
  const { data: me } = useMe();
  const update = useUpdateStatement(statement.id);
  const zone = me?.timeZone ?? 'UTC';
  return (
    <StatementForm
      mode="edit"
      meetings={[]}
      zones={[...new Set([zone, 'Asia/Seoul', 'America/New_York', 'UTC'])]}
      initial={{
        kind: statement.kind,
        meetingId: statement.meetingId ?? '',
        title: statement.title,
        body: statement.body,
        matter: statement.matter ?? '',
        release: statement.releaseAt ? toLocalInput(statement.releaseAt, zone) : '',
        releaseZone: zone,
      }}
      submitting={update.isPending}
      error={update.error}
      onCancel={onDone}
      onSubmit={(values) =>
        update.mutate(
          { title: values.title, body: values.body, matter: values.matter, releaseAt: values.releaseAt },
          { onSuccess: onDone },
        )
      }
    />
  );
}

export function StatementPage() {
  const { statementId = '' } = useParams();
  const { t } = useTranslation('statements');
  const statement = useStatement(statementId);
  const group = useGroup(statement.data?.groupId ?? '');
  const [editing, setEditing] = useState(false);
  useRefetchAtRelease(statement.data);
  return (
    <QueryBoundary query={statement}>
      {(s) => {
        const title = s.title || t('read.untitled');
        const parties = group.data?.parties ?? Object.keys(s.approvals);
        return (
          <GroupFrame groupId={s.groupId}>
            <article aria-labelledby="statement-title">
              <ClassificationBanner marking={s} position="top" />
              <p className="margin-bottom-05">
                <Link className="usa-link" to={`/groups/${s.groupId}/statements`}>
                  {t('read.back')}
                </Link>
              </p>
              <PageTitle title={title}>
                <span id="statement-title">{title}</span>
              </PageTitle>
              <dl className="lockstep-meta">
                <div>
                  <dt>{t('field.kind')}</dt>
                  <dd>{t(`kind.${s.kind}`)}</dd>
                </div>
                <div>
                  <dt>{t('field.status')}</dt>
                  <dd data-testid="statement-status">
                    <StatementStatusTag status={s.status} />
                  </dd>
                </div>
                <div>
                  <dt>{t('field.author')}</dt>
                  <dd>
                    {s.author.displayName} ({s.party})
                  </dd>
                </div>
                {s.meetingId ? (
                  <div>
                    <dt>{t('field.meeting')}</dt>
                    <dd>
                      <Link className="usa-link" to={`/meetings/${s.meetingId}`}>
                        {t('read.openMeeting')}
                      </Link>
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{s.publishedAt ? t('field.publishedAt') : t('field.releaseAt')}</dt>
                  <dd>
                    {s.publishedAt ? (
                      <DateTime value={s.publishedAt} />
                    ) : s.releaseAt ? (
                      <>
                        <DateTime value={s.releaseAt} />{' '}
                        <ReleaseCountdown releaseAt={s.releaseAt} published={false} />
                      </>
                    ) : (
                      '—'
                    )}
                  </dd>
                </div>
              </dl>
              {editing ? (
                <StatementEditor statement={s} onDone={() => setEditing(false)} />
              ) : (
                <>
                  {s.abilities.edit && s.status !== 'published' ? (
                    <p>
                      <button
                        type="button"
                        className="usa-button usa-button--outline"
                        onClick={() => setEditing(true)}
                      >
                        {t('read.edit')}
                      </button>
                      {s.kind === 'joint' ? (
                        <span className="usa-hint display-block">{t('read.editHint')}</span>
                      ) : null}
                    </p>
                  ) : null}
                  <Markdown source={s.body} />
                </>
              )}
              <StatementActions statement={s} parties={parties} />
              <CommentsSection statement={s} />
              <ClassificationBanner marking={s} position="bottom" />
            </article>
          </GroupFrame>
        );
      }}
    </QueryBoundary>
  );
}
