import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ErrorBody } from '../../../core/contract/common.js';
import type { ExemptionRequest, UpdateExemptionRequestInput } from '../../../core/contract/exemptions.js';
import { ApiError, apiRequest, type FieldError } from '../../api/client.js';

// Under ['proposal', id]: live changes of the proposal refetch its requests too.
export const exemptionKeys = {
  forProposal: (proposalId: string) => ['proposal', proposalId, 'exemption-requests'] as const,
};

export interface ExemptionWithEtag {
  request: ExemptionRequest;
  etag: string | null;
}

function readFields(details: unknown): FieldError[] {
  if (!details || typeof details !== 'object' || !('fields' in details)) return [];
  const fields = (details as { fields: unknown }).fields;
  return Array.isArray(fields)
    ? fields.filter(
        (f): f is FieldError =>
          typeof f === 'object' &&
          f !== null &&
          typeof (f as FieldError).field === 'string' &&
          typeof (f as FieldError).message === 'string',
      )
    : [];
}

/** Writes a request and keeps the ETag of the answer, so that the next edit can send If-Match. */
async function writeExemption(
  path: string,
  method: 'POST' | 'PATCH',
  body: unknown,
  ifMatch: string | null,
): Promise<ExemptionWithEtag> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (ifMatch) headers['if-match'] = ifMatch;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers,
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network_error', 'The server could not be reached', 0);
  }
  const parsed = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const error = (parsed as Partial<ErrorBody> | undefined)?.error;
    throw new ApiError(
      error?.code ?? 'http_error',
      error?.message ?? response.statusText,
      response.status,
      readFields(error?.details),
      error?.details,
    );
  }
  return { request: parsed as ExemptionRequest, etag: response.headers.get('etag') };
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
