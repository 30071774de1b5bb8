import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateSourceInput,
  Source,
  SourceKind,
  sourceSummarySchema,
} from '../../../core/contract/sources.js';
import type { TimelineItem } from '../../../core/contract/timeline.js';
import { apiRequest, apiRequestVersioned } from '../../api/client.js';

export type SourceSummary = z.infer<typeof sourceSummarySchema>;
export type { CreateSourceInput, Source, SourceKind };

export const SOURCE_KINDS: SourceKind[] = ['news', 'statement', 'transcript'];

// Keys start with the record kinds the live events name (source, timeline_event), so that changes refresh them.
export const sourceKeys = {
  lists: (groupId: string) => ['sources', groupId] as const,
  one: (id: string) => ['source', id] as const,
  event: (id: string) => ['timeline_event', id] as const,
};

export interface VersionedSource {
  source: Source;
  etag: string | null;
}

/** A source with its ETag, which the publication-date form sends back as If-Match. */
async function requestSource(
  path: string,
  init: { method: 'GET' | 'PATCH'; body?: unknown; ifMatch?: string | null },
): Promise<VersionedSource> {
  const { data, etag } = await apiRequestVersioned<Source>(path, init);
  return { source: data, etag };
}

export function useSources(groupId: string) {
  return useQuery({
    queryKey: sourceKeys.lists(groupId),
    queryFn: () =>
      apiRequest<{ items: SourceSummary[] }>(`/groups/${encodeURIComponent(groupId)}/sources`).then(
        (r) => r.items,
      ),
  });
}

/** One source with the ETag that the publication-date form sends back as If-Match. */
export function useSource(id: string) {
  return useQuery({
    queryKey: sourceKeys.one(id),
    queryFn: () => requestSource(`/sources/${encodeURIComponent(id)}`, { method: 'GET' }),
  });
}

export function useCreateSource(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSourceInput) =>
      apiRequest<Source>(`/groups/${encodeURIComponent(groupId)}/sources`, { method: 'POST', body: input }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: sourceKeys.lists(groupId) }),
        client.invalidateQueries({ queryKey: ['timeline_events', groupId] }),
      ]),
  });
}

export function useSetPublishedAt(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, publishedAt }: { etag: string | null; publishedAt: string }) =>
      requestSource(`/sources/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { publishedAt },
        ifMatch: etag,
      }),
    onSuccess: (result) => {
      client.setQueryData(sourceKeys.one(id), result);
      return Promise.all([
        client.invalidateQueries({ queryKey: sourceKeys.lists(result.source.groupId) }),
        client.invalidateQueries({ queryKey: ['timeline_events', result.source.groupId] }),
      ]);
    },
  });
}

/** A timeline event a source reports, for the reader's "events" list. */
export function useTimelineEvent(id: string) {
  return useQuery({
    queryKey: sourceKeys.event(id),
    queryFn: () => apiRequest<TimelineItem>(`/timeline-events/${encodeURIComponent(id)}`),
  });
}
