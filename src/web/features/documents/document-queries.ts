import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DocumentKind,
  LockstepDocument,
  createDocumentInputSchema,
  documentSummarySchema,
  updateDocumentInputSchema,
} from '../../../core/contract/documents.js';
import { apiRequest } from '../../api/client.js';

export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type CreateDocumentInput = z.infer<typeof createDocumentInputSchema>;
export type UpdateDocumentInput = z.infer<typeof updateDocumentInputSchema>;

export const DOCUMENT_KINDS: DocumentKind[] = ['non_paper', 'talking_points', 'briefing', 'other'];

export const documentKeys = {
  list: (groupId: string, kind?: DocumentKind) => ['documents', groupId, kind ?? 'all'] as const,
  lists: (groupId: string) => ['documents', groupId] as const,
  one: (id: string) => ['document', id] as const,
};

export function useDocuments(groupId: string, kind?: DocumentKind) {
  return useQuery({
    queryKey: documentKeys.list(groupId, kind),
    queryFn: () =>
      apiRequest<{ items: DocumentSummary[] }>(`/groups/${encodeURIComponent(groupId)}/documents`, {
        query: { kind },
      }).then((r) => r.items),
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: documentKeys.one(id),
    queryFn: () => apiRequest<LockstepDocument>(`/documents/${encodeURIComponent(id)}`),
  });
}

export function useCreateDocument(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDocumentInput) =>
      apiRequest<LockstepDocument>(`/groups/${encodeURIComponent(groupId)}/documents`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (doc) => {
      client.setQueryData(documentKeys.one(doc.id), doc);
      return client.invalidateQueries({ queryKey: documentKeys.lists(groupId) });
    },
  });
}

export function useUpdateDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateDocumentInput) =>
      apiRequest<LockstepDocument>(`/documents/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: (doc) => {
      client.setQueryData(documentKeys.one(doc.id), doc);
      return client.invalidateQueries({ queryKey: documentKeys.lists(doc.groupId) });
    },
  });
}
