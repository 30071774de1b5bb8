import { DateTime as Luxon } from 'luxon';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../features/auth/auth-queries.js';
import { useGroup } from '../features/groups/group-queries.js';
import { useParties } from '../features/groups/party-queries.js';
import { useMeetings } from '../features/meetings/meeting-queries.js';
import { StatementForm } from '../features/statements/statement-form.js';
import { STATEMENT_KINDS, useCreateStatement } from '../features/statements/statement-queries.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';

export function NewStatementPage() {
  const { groupId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('statements');
  const { data: me } = useMe();
  const group = useGroup(groupId);
  const parties = useParties();
  const meetings = useMeetings(groupId);
  const create = useCreateStatement(groupId);
  const navigate = useNavigate();
  const kind = STATEMENT_KINDS.find((k) => k === params.get('kind')) ?? 'joint';
  return (
    <>
      <PageTitle title={t('new.title')} />
      <QueryBoundary query={meetings}>
        {(list) => {
          if (!group.data || !parties.data) return null;
          const g = group.data;
          const userZone = me?.timeZone ?? 'UTC';
          const zones = [
            ...new Set([
              userZone,
              ...parties.data.filter((p) => g.parties.includes(p.code)).map((p) => p.timeZone),
              'UTC',
            ]),
          ];
          // An hour from now, on the minute, as a sensible default embargo.
          const release = Luxon.now()
            .setZone(userZone)
            .plus({ hours: 1 })
            .startOf('minute')
            .toFormat("yyyy-MM-dd'T'HH:mm");
          return (
            <StatementForm
              mode="create"
              meetings={[...list]
                .sort((a, b) => a.round - b.round)
                .map((m) => ({
                  id: m.id,
                  label: `${t('meetings:list.round', { round: m.round })}: ${m.title}`,
                }))}
              zones={zones}
              initial={{
                kind,
                meetingId: params.get('meetingId') ?? '',
                title: '',
                body: '',
                matter: '',
                release,
                releaseZone: userZone,
              }}
              submitting={create.isPending}
              error={create.error}
              onCancel={() => void navigate(`/groups/${groupId}/statements`)}
              onSubmit={(values) =>
                create.mutate(
                  {
                    kind: values.kind,
                    meetingId: values.meetingId,
                    matter: values.matter,
                    title: values.title || undefined,
                    body: values.body,
                    releaseAt: values.releaseAt,
                  },
                  { onSuccess: (s) => void navigate(`/statements/${s.id}`) },
                )
              }
            />
          );
        }}
      </QueryBoundary>
    </>
  );
}
