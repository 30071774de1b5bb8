import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Statement,
  StatementRecord,
  createStatementInputSchema,
  statementCommentSchema,
  updateStatementInputSchema,
} from '../../../core/contract/statements.js';
import { apiRequest } from '../../api/client.js';

export type CreateStatementInput = z.input<typeof createStatementInputSchema>;
export type UpdateStatementInput = z.input<typeof updateStatementInputSchema>;
export type StatementComment = z.infer<typeof statementCommentSchema>;
export type StatementAction = 'share_for_comment' | 'approve' | 'clear' | 'publish';
export type StatementKind = Statement['kind'];

export const STATEMENT_KINDS: StatementKind[] = ['joint', 'readout', 'announcement'];

// Keys start with the record kind of live events ('statement'), so a change elsewhere refreshes them.
export const statementKeys = {
  lists: (groupId: string) => ['statements', groupId] as const,
  list: (groupId: string, kind?: StatementKind) => ['statements', groupId, 'list', kind ?? 'all'] as const,
  record: (groupId: string) => ['statements', groupId, 'record'] as const,
  one: (id: string) => ['statement', id] as const,
  comments: (id: string) => ['statement', id, 'comments'] as const,
};

const enc = encodeURIComponent;

export function useStatements(groupId: string, kind?: StatementKind) {
  return useQuery({
    queryKey: statementKeys.list(groupId, kind),
    queryFn: () =>
      apiRequest<{ items: Statement[] }>(`/groups/${enc(groupId)}/statements`, { query: { kind } }).then(
        (r) => r.items,
      ),
  });
}

export function useStatement(id: string) {
  return useQuery({
    queryKey: statementKeys.one(id),
    queryFn: () => apiRequest<Statement>(`/statements/${enc(id)}`),
  });
}

export function useStatementRecord(groupId: string) {
  return useQuery({
    queryKey: statementKeys.record(groupId),
    queryFn: () => apiRequest<StatementRecord>(`/groups/${enc(groupId)}/statements/record`),
  });
}

export function useStatementComments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: statementKeys.comments(id),
    queryFn: () =>
      apiRequest<{ items: StatementComment[] }>(`/statements/${enc(id)}/comments`).then((r) => r.items),
    enabled,
  });
}

function useStatementSaved() {
  const client = useQueryClient();
  return async (statement: Statement) => {
    client.setQueryData(statementKeys.one(statement.id), statement);
    await client.invalidateQueries({ queryKey: statementKeys.lists(statement.groupId) });
    if (statement.meetingId) await client.invalidateQueries({ queryKey: ['meeting', statement.meetingId] });
  };
}

export function useCreateStatement(groupId: string) {
  const saved = useStatementSaved();
  return useMutation({
    mutationFn: (input: CreateStatementInput) =>
      apiRequest<Statement>(`/groups/${enc(groupId)}/statements`, { method: 'POST', body: input }),
    onSuccess: saved,
  });
}

export function useCreateReadout(meetingId: string) {
  const saved = useStatementSaved();
  return useMutation({
    mutationFn: (input: Omit<CreateStatementInput, 'kind' | 'meetingId'>) =>
      apiRequest<Statement>(`/meetings/${enc(meetingId)}/readouts`, { method: 'POST', body: input }),
    onSuccess: saved,
  });
}

export function useUpdateStatement(id: string) {
  const saved = useStatementSaved();
  return useMutation({
    mutationFn: (input: UpdateStatementInput) =>
      apiRequest<Statement>(`/statements/${enc(id)}`, { method: 'PATCH', body: input }),
    onSuccess: saved,
  });
}

export function useStatementTransition(id: string) {
  const saved = useStatementSaved();
  return useMutation({
    mutationFn: (action: StatementAction) =>
      apiRequest<Statement>(`/statements/${enc(id)}/transitions`, { method: 'POST', body: { action } }),
    onSuccess: saved,
  });
}

export function useAddStatementComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiRequest<StatementComment>(`/statements/${enc(id)}/comments`, { method: 'POST', body: { body } }),
    onSuccess: () => client.invalidateQueries({ queryKey: statementKeys.comments(id) }),
  });
}
