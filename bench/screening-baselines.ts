/** Baselines for the screening bench: Fuse.js over every name, and a brute-force Jaro–Winkler scan. */
import Fuse from 'fuse.js';
import type { SanctionsEntry } from '../src/core/sanctions/types.js';

export type Baseline = { name: string; search: (query: string) => string[] };

type NameRow = { ref: string; name: string };

function allNames(entries: SanctionsEntry[]): NameRow[] {
  return entries.flatMap((entry) => [
    { ref: entry.referenceNumber, name: entry.name },
    ...entry.aliases.map((alias) => ({ ref: entry.referenceNumber, name: alias.name })),
  ]);
}

function uniqueRefs(refs: string[]): string[] {
  return [...new Set(refs)];
}

export function createFuseBaseline(entries: SanctionsEntry[]): Baseline {
  const fuse = new Fuse(allNames(entries), {
    keys: ['name'],
    includeScore: true,
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
  });
  return {
    name: 'Fuse.js',
    search: (query) => uniqueRefs(fuse.search(query, { limit: 10 }).map((result) => result.item.ref)),
  };
}

/** Jaro–Winkler similarity of two strings. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const normalize = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function createJaroWinklerBaseline(entries: SanctionsEntry[], threshold = 0.9): Baseline {
  const rows = allNames(entries).map((row) => ({ ref: row.ref, name: normalize(row.name) }));
  return {
    name: 'Brute-force Jaro–Winkler',
    search: (query) => {
      const probe = normalize(query);
      const hits: { ref: string; score: number }[] = [];
      for (const row of rows) {
        const score = jaroWinkler(probe, row.name);
        if (score >= threshold) hits.push({ ref: row.ref, score });
      }
      hits.sort((a, b) => b.score - a.score);
      return uniqueRefs(hits.map((hit) => hit.ref)).slice(0, 10);
    },
  };
}
