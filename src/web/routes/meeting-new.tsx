import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useGroup } from '../features/groups/group-queries.js';
import { useParties } from '../features/groups/party-queries.js';
import { MeetingForm } from '../features/meetings/meeting-form.js';
import { useCreateMeeting, useMeetings } from '../features/meetings/meeting-queries.js';
import { PageTitle } from '../ui/page-title.js';
import { QueryBoundary } from '../ui/query-boundary.js';
import { useMe } from '../features/auth/auth-queries.js';
import { listTimeZones } from '../lib/datetime.js';

export function NewMeetingPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('meetings');
  const group = useGroup(groupId);
  const parties = useParties();
  const meetings = useMeetings(groupId);
  const { data: me } = useMe();
  const create = useCreateMeeting(groupId);
  const navigate = useNavigate();
  const ready = group.data && parties.data && meetings.data;
  return (
    <>
      <PageTitle title={t('new.title')} />
      <QueryBoundary query={group}>
        {(g) => {
          if (!ready) return null;
          const groupParties = (parties.data ?? []).filter((p) => g.parties.includes(p.code));
          const host = groupParties.find((p) => p.code === me?.party) ?? groupParties[0];
          const zones = [...new Set([...groupParties.map((p) => p.timeZone), ...listTimeZones()])];
          const nextRound = Math.max(0, ...(meetings.data ?? []).map((m) => m.round)) + 1;
          return (
            <MeetingForm
              initial={{
                round: String(nextRound),
                title: '',
                start: '',
                end: '',
                timeZone: host?.timeZone ?? 'UTC',
                city: '',
                place: '',
                format: 'in_person',
                hostParty: host?.code ?? '',
              }}
              parties={groupParties}
              zones={zones}
              submitting={create.isPending}
              error={create.error}
              onCancel={() => void navigate(`/groups/${groupId}/meetings`)}
              onSubmit={(input) =>
                create.mutate(input, { onSuccess: (m) => void navigate(`/meetings/${m.id}`) })
              }
            />
          );
        }}
      </QueryBoundary>
    </>
  );
}
