import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ApiToken, Me, createdTokenSchema } from '../../../core/contract/auth.js';
import { apiRequest, isApiError } from '../../api/client.js';

export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const meKey = ['me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async () => {
      try {
        return await apiRequest<Me>('/me');
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      apiRequest<Me>('/auth/login', { method: 'POST', body: input }),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { locale?: 'en' | 'ko'; timeZone?: string }) =>
      apiRequest<Me>('/me', { method: 'PATCH', body: input }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      apiRequest<void>('/me/password', { method: 'POST', body: input }),
  });
}

export const tokensKey = ['tokens'] as const;

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: () => apiRequest<{ items: ApiToken[] }>('/me/tokens').then((r) => r.items),
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresInDays: number }) =>
      apiRequest<CreatedToken>('/me/tokens', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/me/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}
