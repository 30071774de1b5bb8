import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateSourceInput,
  Source,
  SourceKind,
  sourceSummarySchema,
} from '../../../core/contract/sources.js';
import type { TimelineItem } from '../../../core/contract/timeline.js';
import { ApiError, apiRequest } from '../../api/client.js';

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

function fieldsOf(details: unknown): ApiError['fields'] {
  const fields = (details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is ApiError['fields'][number] =>
      typeof (f as { field?: unknown } | null)?.field === 'string' &&
      typeof (f as { message?: unknown } | null)?.message === 'string',
  );
}

/** Like apiRequest, but keeps the ETag and sends If-Match: apiRequest answers the body only. */
async function requestSource(
  path: string,
  init: { method: 'GET' | 'PATCH'; body?: unknown; ifMatch?: string | null },
): Promise<VersionedSource> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.ifMatch) headers['if-match'] = init.ifMatch;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: init.method,
      credentials: 'same-origin',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError('network_error', 'The server could not be reached', 0);
  }
  const parsed: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error;
    throw new ApiError(
      error?.code ?? 'http_error',
      error?.message ?? response.statusText,
      response.status,
      fieldsOf(error?.details),
      error?.details,
    );
  }
  return { source: parsed as Source, etag: response.headers.get('etag') };
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
