import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Milestone,
  MilestoneStatus,
  createMilestoneInputSchema,
  updateMilestoneInputSchema,
} from '../../../core/contract/milestones.js';
import type { Tempo } from '../../../core/contract/tempo.js';
import { apiRequest, apiRequestVersioned } from '../../api/client.js';

export type CreateMilestoneInput = z.input<typeof createMilestoneInputSchema>;
export type UpdateMilestoneInput = z.input<typeof updateMilestoneInputSchema>;

export const MILESTONE_STATUSES: MilestoneStatus[] = ['planned', 'in_progress', 'achieved', 'reversed'];

export interface TempoWindow {
  from?: string | undefined;
  to?: string | undefined;
}

// The tempo lives under the 'milestones' key: a live 'milestone' event invalidates ['milestones', groupId],
// and the indices are computed from those milestones, so the chart refreshes with the list.
export const tempoKeys = {
  milestones: (groupId: string) => ['milestones', groupId] as const,
  list: (groupId: string) => ['milestones', groupId, 'list'] as const,
  tempo: (groupId: string, window: TempoWindow = {}) =>
    ['milestones', groupId, 'tempo', window.from ?? '', window.to ?? ''] as const,
  one: (id: string) => ['milestone', id] as const,
};

export function useTempo(groupId: string, window: TempoWindow = {}) {
  return useQuery({
    queryKey: tempoKeys.tempo(groupId, window),
    queryFn: () =>
      apiRequest<Tempo>(`/groups/${encodeURIComponent(groupId)}/tempo`, {
        query: { from: window.from, to: window.to },
      }),
  });
}

export function useGroupMilestones(groupId: string) {
  return useQuery({
    queryKey: tempoKeys.list(groupId),
    queryFn: () =>
      apiRequest<{ items: Milestone[] }>(`/groups/${encodeURIComponent(groupId)}/milestones`, {
        query: { limit: '500' },
      }).then((r) => r.items),
  });
}

export interface VersionedMilestone {
  milestone: Milestone;
  etag: string | null;
}

/** A milestone with its ETag, which the status form sends back as If-Match. */
async function requestVersioned(
  path: string,
  init: { method: 'GET' | 'PATCH'; body?: unknown; ifMatch?: string | null },
): Promise<VersionedMilestone> {
  const { data, etag } = await apiRequestVersioned<Milestone>(path, init);
  return { milestone: data, etag };
}

/** One milestone with the ETag that its edit form sends back as If-Match. */
export function useMilestone(id: string) {
  return useQuery({
    queryKey: tempoKeys.one(id),
    queryFn: () => requestVersioned(`/milestones/${encodeURIComponent(id)}`, { method: 'GET' }),
    enabled: id !== '',
  });
}

export function useCreateMilestone(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ trackId, input }: { trackId: string; input: CreateMilestoneInput }) =>
      apiRequest<Milestone>(`/tracks/${encodeURIComponent(trackId)}/milestones`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: tempoKeys.milestones(groupId) }),
  });
}

export function useUpdateMilestone(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string | null; input: UpdateMilestoneInput }) =>
      requestVersioned(`/milestones/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: input,
        ifMatch: etag,
      }),
    onSuccess: (result) => {
      client.setQueryData(tempoKeys.one(result.milestone.id), result);
      return client.invalidateQueries({ queryKey: tempoKeys.milestones(groupId) });
    },
  });
}
