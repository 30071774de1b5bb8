import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Meeting,
  MeetingDetail,
  MeetingOutcomeView,
  AgendaItem,
  MeetingAttendee,
  createAgendaItemInputSchema,
  createMeetingInputSchema,
  createOutcomeInputSchema,
  updateOutcomeInputSchema,
} from '../../../core/contract/meetings.js';
import type { Statement } from '../../../core/contract/statements.js';
import { apiRequest } from '../../api/client.js';

export type CreateMeetingInput = z.input<typeof createMeetingInputSchema>;
export type CreateAgendaItemInput = z.input<typeof createAgendaItemInputSchema>;
export type CreateOutcomeInput = z.input<typeof createOutcomeInputSchema>;
export type UpdateOutcomeInput = z.input<typeof updateOutcomeInputSchema>;
export type MeetingAction = 'approve_agenda' | 'mark_held' | 'close';
export interface AttendeeInput {
  userId: string;
  roleAtMeeting: string;
  present: boolean;
}
export interface ReadoutComparison {
  a: { party: string; statementId: string; status: Statement['status'] };
  b: { party: string; statementId: string; status: Statement['status'] };
  both: { a: string; b: string; similarity: number }[];
  onlyA: string[];
  onlyB: string[];
  different: { a: string; b: string; similarity: number; note: string }[];
}

// Keys start with the record kind that live events name ('meeting'), so an event refreshes what hangs below.
export const meetingKeys = {
  list: (groupId: string) => ['meetings', groupId] as const,
  actionItems: (groupId: string, overdue: boolean) =>
    ['meetings', groupId, 'action-items', overdue ? 'overdue' : 'all'] as const,
  one: (id: string) => ['meeting', id] as const,
  outcomes: (id: string) => ['meeting', id, 'outcomes'] as const,
  readouts: (id: string) => ['meeting', id, 'readouts'] as const,
  compare: (id: string, a: string, b: string) => ['meeting', id, 'compare', a, b] as const,
};

const enc = encodeURIComponent;

export function useMeetings(groupId: string) {
  return useQuery({
    queryKey: meetingKeys.list(groupId),
    queryFn: () => apiRequest<{ items: Meeting[] }>(`/groups/${enc(groupId)}/meetings`).then((r) => r.items),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.one(id),
    queryFn: () => apiRequest<MeetingDetail>(`/meetings/${enc(id)}`),
  });
}

export function useOutcomes(id: string) {
  return useQuery({
    queryKey: meetingKeys.outcomes(id),
    queryFn: () =>
      apiRequest<{ items: MeetingOutcomeView[] }>(`/meetings/${enc(id)}/outcomes`).then((r) => r.items),
  });
}

export function useMeetingReadouts(id: string) {
  return useQuery({
    queryKey: meetingKeys.readouts(id),
    queryFn: () => apiRequest<{ items: Statement[] }>(`/meetings/${enc(id)}/readouts`).then((r) => r.items),
  });
}

export function useReadoutComparison(id: string, a: string, b: string) {
  return useQuery({
    queryKey: meetingKeys.compare(id, a, b),
    queryFn: () =>
      apiRequest<ReadoutComparison>(`/meetings/${enc(id)}/readouts/compare`, { query: { a, b } }),
    retry: false,
  });
}

export function useActionItems(groupId: string, overdue: boolean) {
  return useQuery({
    queryKey: meetingKeys.actionItems(groupId, overdue),
    queryFn: () =>
      apiRequest<{ items: MeetingOutcomeView[] }>(`/groups/${enc(groupId)}/action-items`, {
        query: { overdue: overdue ? '1' : undefined },
      }).then((r) => r.items),
  });
}

export function useCreateMeeting(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) =>
      apiRequest<MeetingDetail>(`/groups/${enc(groupId)}/meetings`, { method: 'POST', body: input }),
    onSuccess: (meeting) => {
      client.setQueryData(meetingKeys.one(meeting.id), meeting);
      return client.invalidateQueries({ queryKey: meetingKeys.list(groupId) });
    },
  });
}

/** Writes that change one meeting: the detail is replaced or refetched, and the group's list follows. */
function useMeetingWrite<I, O>(meetingId: string, write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (result) => {
      if (result && typeof result === 'object' && 'agenda' in result) {
        client.setQueryData(meetingKeys.one(meetingId), result);
      }
      await client.invalidateQueries({ queryKey: meetingKeys.one(meetingId) });
      await client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}

export function useMeetingTransition(meetingId: string) {
  return useMeetingWrite(meetingId, (action: MeetingAction) =>
    apiRequest<MeetingDetail>(`/meetings/${enc(meetingId)}/transitions`, {
      method: 'POST',
      body: { action },
    }),
  );
}

export function useAddAgendaItem(meetingId: string) {
  return useMeetingWrite(meetingId, (input: CreateAgendaItemInput) =>
    apiRequest<AgendaItem>(`/meetings/${enc(meetingId)}/agenda-items`, { method: 'POST', body: input }),
  );
}

export function useSetAttendees(meetingId: string) {
  return useMeetingWrite(meetingId, (input: AttendeeInput[]) =>
    apiRequest<{ items: MeetingAttendee[] }>(`/meetings/${enc(meetingId)}/attendees`, {
      method: 'PUT',
      body: input,
    }),
  );
}

export function useAddOutcome(meetingId: string) {
  return useMeetingWrite(meetingId, (input: CreateOutcomeInput) =>
    apiRequest<MeetingOutcomeView>(`/meetings/${enc(meetingId)}/outcomes`, { method: 'POST', body: input }),
  );
}

/** Edits an outcome (e.g. marks an action item done) from the meeting page or the action items list. */
export function useUpdateOutcome() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateOutcomeInput & { id: string }) =>
      apiRequest<MeetingOutcomeView>(`/outcomes/${enc(id)}`, { method: 'PATCH', body: input }),
    onSuccess: async (outcome) => {
      await client.invalidateQueries({ queryKey: meetingKeys.one(outcome.meetingId) });
      await client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}

export const meetingCalendarUrl = (groupId: string) => `/api/v1/groups/${enc(groupId)}/calendar.ics`;
export const meetingIcsUrl = (id: string) => `/api/v1/meetings/${enc(id)}/calendar.ics`;
export const minutesPdfUrl = (id: string) => `/api/v1/meetings/${enc(id)}/minutes.pdf`;
