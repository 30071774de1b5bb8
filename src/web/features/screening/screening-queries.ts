import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  dispositionInputSchema,
  proposalScreeningSchema,
  SanctionsImportResult,
  SanctionsListVersion,
  sanctionsListVersionDetailSchema,
  screenNamesResultSchema,
} from '../../../core/contract/screening.js';
import { apiRequest } from '../../api/client.js';

export type ProposalScreening = z.infer<typeof proposalScreeningSchema>;
export type ScreenNamesResult = z.infer<typeof screenNamesResultSchema>;
export type DispositionInput = z.infer<typeof dispositionInputSchema>;
export type SanctionsListVersionDetail = z.infer<typeof sanctionsListVersionDetailSchema>;

// Under ['proposal', id]: a live change of the proposal (an edit re-screens it) refetches the run too.
export const screeningKeys = {
  proposal: (proposalId: string) => ['proposal', proposalId, 'screening'] as const,
  lists: () => ['sanctions_lists'] as const,
  list: (id: string) => ['sanctions_lists', id] as const,
};

const proposalScreeningPath = (id: string) => `/proposals/${encodeURIComponent(id)}/screening`;

/** Ad-hoc screening of names against the latest list: nothing is stored. */
export function useScreenNames() {
  return useMutation({
    mutationFn: (input: { names: string[]; threshold?: number }) =>
      apiRequest<ScreenNamesResult>('/sanctions/screen', { method: 'POST', body: input }),
  });
}

export function useProposalScreening(proposalId: string) {
  return useQuery({
    queryKey: screeningKeys.proposal(proposalId),
    queryFn: () => apiRequest<ProposalScreening>(proposalScreeningPath(proposalId)),
  });
}

export function useRescreen(proposalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<ProposalScreening>(proposalScreeningPath(proposalId), { method: 'POST' }),
    onSuccess: (data) => {
      client.setQueryData(screeningKeys.proposal(proposalId), data);
      // The clearance conditions of the proposal follow the run.
      return client.invalidateQueries({ queryKey: ['proposal', proposalId], exact: true });
    },
  });
}

export function useDisposition(proposalId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ hitId, input }: { hitId: string; input: DispositionInput }) =>
      apiRequest<ProposalScreening>(`/screening-hits/${encodeURIComponent(hitId)}/disposition`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (data) => {
      client.setQueryData(screeningKeys.proposal(proposalId), data);
      return client.invalidateQueries({ queryKey: ['proposal', proposalId], exact: true });
    },
  });
}

export function useListVersions() {
  return useQuery({
    queryKey: screeningKeys.lists(),
    queryFn: () => apiRequest<{ items: SanctionsListVersion[] }>('/sanctions/lists').then((r) => r.items),
  });
}

export function useListVersion(id: string | null) {
  return useQuery({
    queryKey: screeningKeys.list(id ?? ''),
    queryFn: () => apiRequest<SanctionsListVersionDetail>(`/sanctions/lists/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

/** Posts the list file as XML: the JSON client cannot carry it. */
function postListXml(xml: string): Promise<SanctionsImportResult> {
  return apiRequest<SanctionsImportResult>('/sanctions/lists', {
    method: 'POST',
    raw: { contentType: 'application/xml', text: xml },
  });
}

export function useImportList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postListXml,
    onSuccess: () => client.invalidateQueries({ queryKey: screeningKeys.lists() }),
  });
}
