import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContextPerson } from '../../../core/contract/sources.js';
import { apiRequest } from '../../api/client.js';

// The live events name these records 'person': lists are ['persons', groupId].
export const contextPeopleKeys = {
  list: (groupId: string) => ['persons', groupId] as const,
};

/** People named in the group's sources who are not members, with what the user may decide about them. */
export function useContextPeople(groupId: string) {
  return useQuery({
    queryKey: contextPeopleKeys.list(groupId),
    queryFn: () =>
      apiRequest<{ items: ContextPerson[] }>(`/groups/${encodeURIComponent(groupId)}/people`).then(
        (r) => r.items,
      ),
  });
}

export function useDecidePerson(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'confirm' | 'reject' }) =>
      apiRequest<ContextPerson>(`/people/${encodeURIComponent(id)}/transitions`, {
        method: 'POST',
        body: { action },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: contextPeopleKeys.list(groupId) }),
  });
}
