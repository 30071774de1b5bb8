import { useQuery } from '@tanstack/react-query';
import type { SearchResult } from '../../../core/contract/documents.js';
import { apiRequest } from '../../api/client.js';

export function useSearch(q: string) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: () => apiRequest<{ items: SearchResult[] }>('/search', { query: { q } }).then((r) => r.items),
    enabled: q.trim().length > 0,
  });
}
