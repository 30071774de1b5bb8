import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TrackPair } from '../../../core/contract/tempo.js';
import { apiRequest, apiRequestVersioned } from '../../api/client.js';
import { tempoKeys } from './tempo-queries.js';

export interface CreateTrackPairInput {
  trackA: string;
  trackB: string;
  tolerance: number;
}

export const trackPairKeys = {
  list: (groupId: string) => ['track_pairs', groupId] as const,
};

// A pair decides which gaps are breaches, so the chart (under ['milestones', groupId]) refreshes with it.
function invalidatePairs(client: QueryClient, groupId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: trackPairKeys.list(groupId) }),
    client.invalidateQueries({ queryKey: tempoKeys.milestones(groupId) }),
  ]);
}

export function useTrackPairs(groupId: string) {
  return useQuery({
    queryKey: trackPairKeys.list(groupId),
    queryFn: () =>
      apiRequest<{ items: TrackPair[] }>(`/groups/${encodeURIComponent(groupId)}/track-pairs`).then(
        (r) => r.items,
      ),
  });
}

export function useCreateTrackPair(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTrackPairInput) =>
      apiRequestVersioned<TrackPair>(`/groups/${encodeURIComponent(groupId)}/track-pairs`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => invalidatePairs(client, groupId),
  });
}

export function useUpdateTrackPair(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, tolerance, etag }: { id: string; tolerance: number; etag: string | null }) =>
      apiRequestVersioned<TrackPair>(`/track-pairs/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { tolerance },
        ifMatch: etag,
      }),
    onSuccess: () => invalidatePairs(client, groupId),
  });
}

export function useDeleteTrackPair(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/track-pairs/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => invalidatePairs(client, groupId),
  });
}
