/** Differences between a stored list version and a newly parsed one, by reference number. */
import type { SanctionsEntry } from './types.js';

export type StoredEntryRef = { referenceNumber: string; hash: string };

export type ListDiff = {
  added: SanctionsEntry[];
  removed: string[];
  changed: SanctionsEntry[];
};

// Keys sorted at every level so that the hash depends on content only, never on property order.
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A stable 64-bit content hash of an entry (hex), independent of property order. */
export function hashEntry(entry: SanctionsEntry): string {
  const text = stableStringify(entry);
  const high = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0');
  return high + low;
}

/** Entries added, removed (their reference numbers) and changed (same reference, other content hash). */
export function diffLists(
  oldRefs: readonly StoredEntryRef[],
  newEntries: readonly SanctionsEntry[],
): ListDiff {
  const previous = new Map(oldRefs.map((ref) => [ref.referenceNumber, ref.hash]));
  const seen = new Set<string>();
  const added: SanctionsEntry[] = [];
  const changed: SanctionsEntry[] = [];
  for (const entry of newEntries) {
    seen.add(entry.referenceNumber);
    const hash = previous.get(entry.referenceNumber);
    if (hash === undefined) added.push(entry);
    else if (hash !== hashEntry(entry)) changed.push(entry);
  }
  const removed = oldRefs.map((ref) => ref.referenceNumber).filter((ref) => !seen.has(ref));
  return { added, removed, changed };
}
