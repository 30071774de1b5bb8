import { useQuery } from '@tanstack/react-query';
import type { Party } from '../../../core/contract/groups.js';
import { apiRequest } from '../../api/client.js';

export function useParties() {
  return useQuery({
    queryKey: ['parties'],
    queryFn: () => apiRequest<{ items: Party[] }>('/parties').then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}
