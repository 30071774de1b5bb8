import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client.js';

// The contract has no notification schema yet; this mirrors the server's answer.
export interface AppNotification {
  id: string;
  groupId: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  recordKind: string | null;
  recordId: string | null;
  createdAt: string;
  readAt: string | null;
}

export const notificationsKey = ['notifications'] as const;

export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => apiRequest<{ items: AppNotification[]; unreadCount: number }>('/notifications'),
    enabled,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}
