import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Group, Track, memberSchema } from '../../../core/contract/groups.js';
import { apiRequest } from '../../api/client.js';

export type GroupMember = z.infer<typeof memberSchema> & { nameVariants: string[] };

// Query keys start with the record kind that live events name, so that an event invalidates them.
export const groupKeys = {
  all: ['groups'] as const,
  one: (groupId: string) => ['group', groupId] as const,
  members: (groupId: string) => ['members', groupId] as const,
  tracks: (groupId: string) => ['tracks', groupId] as const,
};

export function useGroups() {
  return useQuery({
    queryKey: groupKeys.all,
    queryFn: () => apiRequest<{ items: Group[] }>('/groups').then((r) => r.items),
  });
}

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: groupKeys.one(groupId),
    queryFn: () => apiRequest<Group>(`/groups/${encodeURIComponent(groupId)}`),
  });
}

export function useMembers(groupId: string) {
  return useQuery({
    queryKey: groupKeys.members(groupId),
    queryFn: () =>
      apiRequest<{ items: GroupMember[] }>(`/groups/${encodeURIComponent(groupId)}/members`).then(
        (r) => r.items,
      ),
  });
}

export function useTracks(groupId: string) {
  return useQuery({
    queryKey: groupKeys.tracks(groupId),
    queryFn: () =>
      apiRequest<{ items: Track[] }>(`/groups/${encodeURIComponent(groupId)}/tracks`).then((r) => r.items),
  });
}
