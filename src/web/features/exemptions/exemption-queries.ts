import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExemptionRequest, UpdateExemptionRequestInput } from '../../../core/contract/exemptions.js';
import { apiRequest, apiRequestVersioned } from '../../api/client.js';

// Under ['proposal', id]: live changes of the proposal refetch its requests too.
export const exemptionKeys = {
  forProposal: (proposalId: string) => ['proposal', proposalId, 'exemption-requests'] as const,
};

export interface ExemptionWithEtag {
  request: ExemptionRequest;
  etag: string | null;
}

/** Writes a request and keeps the ETag of the answer, so that the next edit can send If-Match. */
async function writeExemption(
  path: string,
  method: 'POST' | 'PATCH',
  body: unknown,
  ifMatch: string | null,
): Promise<ExemptionWithEtag> {
  const { data, etag } = await apiRequestVersioned<ExemptionRequest>(path, { method, body, ifMatch });
  return { request: data, etag };
}

export function useExemptionRequests(proposalId: string) {
  return useQuery({
    queryKey: exemptionKeys.forProposal(proposalId),
    queryFn: () =>
      apiRequest<{ items: ExemptionRequest[] }>(
        `/proposals/${encodeURIComponent(proposalId)}/exemption-requests`,
      ).then((r) => r.items),
  });
}

/** A decision changes what the goods findings are covered by: the screening and the proposal refetch. */
function refreshAfterWrite(client: ReturnType<typeof useQueryClient>, proposalId: string) {
  return client.invalidateQueries({ queryKey: ['proposal', proposalId] });
}

export function useCreateExemptionRequest(proposalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      writeExemption(`/proposals/${encodeURIComponent(proposalId)}/exemption-requests`, 'POST', {}, null),
    onSuccess: () => refreshAfterWrite(client, proposalId),
  });
}

export function useUpdateExemptionRequest(proposalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      input,
      etag,
    }: {
      id: string;
      input: UpdateExemptionRequestInput;
      etag: string | null;
    }) => writeExemption(`/exemption-requests/${encodeURIComponent(id)}`, 'PATCH', input, etag),
    onSuccess: () => refreshAfterWrite(client, proposalId),
  });
}

export function exemptionDocumentUrl(id: string): string {
  return `/api/v1/exemption-requests/${encodeURIComponent(id)}/document.pdf`;
}
