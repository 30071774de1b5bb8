import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TimelineItem, TimelineQuery, timelineSchema } from '../../../core/contract/timeline.js';
import { EVENT_KINDS } from '../../../core/context/types.js';
import { apiRequest } from '../../api/client.js';

export type Timeline = z.infer<typeof timelineSchema>;
export type { TimelineItem, TimelineQuery };

/** What the kind filter offers: source events, then the group's own records. */
export const TIMELINE_KINDS = [
  ...EVENT_KINDS,
  'proposal_notified',
  'proposal_cleared',
  'proposal_executed',
  'proposal_surprise',
  'statement',
  'milestone_achieved',
  'milestone_reversed',
] as const;

// The live events name these records 'timeline_event': lists are ['timeline_events', groupId, …].
export const timelineKeys = {
  lists: (groupId: string) => ['timeline_events', groupId] as const,
  list: (groupId: string, query: TimelineQuery) => ['timeline_events', groupId, query] as const,
  one: (id: string) => ['timeline_event', id] as const,
};

export function fetchTimeline(groupId: string, query: TimelineQuery = {}): Promise<Timeline> {
  return apiRequest<Timeline>(`/groups/${encodeURIComponent(groupId)}/timeline`, { query: { ...query } });
}

export function useTimeline(groupId: string, query: TimelineQuery) {
  return useQuery({
    queryKey: timelineKeys.list(groupId, query),
    queryFn: () => fetchTimeline(groupId, query),
  });
}

export function useDecideEvent(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'accept' | 'reject' }) =>
      apiRequest<TimelineItem>(`/timeline-events/${encodeURIComponent(id)}/transitions`, {
        method: 'POST',
        body: { action },
      }),
    onSuccess: (item) => {
      client.setQueryData(timelineKeys.one(item.id), item);
      return Promise.all([
        client.invalidateQueries({ queryKey: timelineKeys.lists(groupId) }),
        client.invalidateQueries({ queryKey: ['source'] }),
      ]);
    },
  });
}
