import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

export interface ChangeEvent {
  type: string;
  groupId: string | null;
  recordKind: string | null;
  recordId: string | null;
}

/** Invalidates the queries a change touches: keys start with the record kind (singular for one, plural for lists). */
export function invalidateForChange(client: QueryClient, change: ChangeEvent): void {
  if (change.type === 'notification') void client.invalidateQueries({ queryKey: ['notifications'] });
  if (!change.recordKind) return;
  const kind = change.recordKind;
  if (change.recordId) void client.invalidateQueries({ queryKey: [kind, change.recordId] });
  if (change.groupId) void client.invalidateQueries({ queryKey: [`${kind}s`, change.groupId] });
  else void client.invalidateQueries({ queryKey: [`${kind}s`] });
  // The tempo index is drawn from milestones and the pairs' tolerances; both changes redraw it.
  if (kind === 'track_pair' && change.groupId)
    void client.invalidateQueries({ queryKey: ['milestones', change.groupId] });
  void client.invalidateQueries({ queryKey: ['search'] });
}

/** Opens one EventSource while signed in and keeps the cache fresh with what others change. */
export function useLiveUpdates(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/events');
    const onChange = (event: MessageEvent<string>) => {
      try {
        invalidateForChange(client, JSON.parse(event.data) as ChangeEvent);
      } catch {
        // A malformed event is dropped; the next refetch catches up.
      }
    };
    source.addEventListener('change', onChange);
    return () => {
      source.removeEventListener('change', onChange);
      source.close();
    };
  }, [client, enabled]);
}
