import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateProposalInput,
  Proposal,
  ProposalActionValue,
  ProposalComment,
  ProposalStatusValue,
  UpdateProposalInput,
  createProposalCommentInputSchema,
} from '../../../core/contract/proposals.js';
import { ApiError, apiRequest, apiRequestVersioned } from '../../api/client.js';

export type CreateProposalCommentInput = z.infer<typeof createProposalCommentInputSchema>;
export type ProposalCreateBody = Partial<CreateProposalInput> & Pick<CreateProposalInput, 'title'>;

export const PROPOSAL_STATUSES: ProposalStatusValue[] = [
  'draft',
  'notified',
  'cleared',
  'executed',
  'withdrawn',
];

/** Actions whose note the server requires: a concern or an objection must say why. */
export const NOTE_REQUIRED: ReadonlySet<ProposalActionValue> = new Set(['raise_concerns', 'object']);

export interface ProposalFilters {
  status?: ProposalStatusValue;
  trackId?: string;
  party?: string;
  waitingOnMe?: boolean;
}

// Keys start with the record kind live events name ('proposal'), so that a change refetches them.
export const proposalKeys = {
  lists: (groupId: string) => ['proposals', groupId] as const,
  list: (groupId: string, filters: ProposalFilters) => ['proposals', groupId, 'list', filters] as const,
  surprises: (groupId: string) => ['proposals', groupId, 'surprises'] as const,
  one: (id: string) => ['proposal', id] as const,
  comments: (id: string) => ['proposal', id, 'comments'] as const,
};

export interface ProposalWithEtag {
  proposal: Proposal;
  etag: string | null;
}

/** A proposal with its ETag, which the edit form sends back as If-Match. */
async function requestProposal(
  path: string,
  options: { method?: 'GET' | 'PATCH'; body?: unknown; ifMatch?: string | null } = {},
): Promise<ProposalWithEtag> {
  const { data, etag } = await apiRequestVersioned<Proposal>(path, options);
  return { proposal: data, etag };
}

function proposalPath(id: string): string {
  return `/proposals/${encodeURIComponent(id)}`;
}

export function fetchProposals(groupId: string, query: Record<string, string | undefined>) {
  return apiRequest<{ items: Proposal[] }>(`/groups/${encodeURIComponent(groupId)}/proposals`, {
    query,
  }).then((r) => r.items);
}

export function useProposals(groupId: string, filters: ProposalFilters) {
  return useQuery({
    queryKey: proposalKeys.list(groupId, filters),
    queryFn: () =>
      fetchProposals(groupId, {
        status: filters.status,
        trackId: filters.trackId,
        party: filters.party,
        waitingOnMe: filters.waitingOnMe ? '1' : undefined,
      }),
  });
}

export function useSurprises(groupId: string) {
  return useQuery({
    queryKey: proposalKeys.surprises(groupId),
    queryFn: () =>
      apiRequest<{ items: Proposal[] }>(`/groups/${encodeURIComponent(groupId)}/surprises`).then(
        (r) => r.items,
      ),
  });
}

export function useProposal(id: string) {
  return useQuery({
    queryKey: proposalKeys.one(id),
    queryFn: () => requestProposal(proposalPath(id)),
  });
}

export function useCreateProposal(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposalCreateBody) =>
      apiRequest<Proposal>(`/groups/${encodeURIComponent(groupId)}/proposals`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: proposalKeys.lists(groupId) }),
  });
}

/** Saves with the ETag the form was loaded with; a 412 means someone else changed it meanwhile. */
export function useUpdateProposal(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, etag }: { input: UpdateProposalInput; etag: string | null }) =>
      requestProposal(proposalPath(id), { method: 'PATCH', body: input, ifMatch: etag }),
    onSuccess: (result) => {
      client.setQueryData(proposalKeys.one(id), result);
      return client.invalidateQueries({ queryKey: proposalKeys.lists(result.proposal.groupId) });
    },
  });
}

export function useTransitionProposal(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { action: ProposalActionValue; note?: string | null }) =>
      apiRequest<Proposal>(`${proposalPath(id)}/transitions`, { method: 'POST', body: input }),
    onSettled: (proposal) => {
      void client.invalidateQueries({ queryKey: proposalKeys.one(id) });
      if (proposal) void client.invalidateQueries({ queryKey: proposalKeys.lists(proposal.groupId) });
    },
  });
}

export function useProposalComments(id: string) {
  return useQuery({
    queryKey: proposalKeys.comments(id),
    queryFn: () =>
      apiRequest<{ items: ProposalComment[] }>(`${proposalPath(id)}/comments`).then((r) => r.items),
  });
}

export function useAddProposalComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProposalCommentInput) =>
      apiRequest<ProposalComment>(`${proposalPath(id)}/comments`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: proposalKeys.comments(id) }),
  });
}

/** The refusal reasons the server attaches to a refused transition (details.reasons). */
export function readRefusalReasons(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details;
  if (!details || typeof details !== 'object' || !('reasons' in details)) return [];
  const reasons = (details as { reasons: unknown }).reasons;
  if (!Array.isArray(reasons)) return [];
  return reasons
    .map((r) => (typeof r === 'object' && r !== null && 'message' in r ? String(r.message) : null))
    .filter((m): m is string => m !== null);
}
