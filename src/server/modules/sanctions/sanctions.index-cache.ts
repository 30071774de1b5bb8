import { buildScreeningIndex, type ScreeningIndex } from '../../../core/matching/index.js';
import { parseUnList } from '../../../core/sanctions/parse-un-list.js';
import type { ParsedUnList, SanctionsEntry } from '../../../core/sanctions/types.js';
import type { Queryable, Trx } from '../../db/database.js';
import { findEntries, findLatestListVersion, type ListVersionRow } from './sanctions.repository.js';

/**
 * Indexes and parsed files by the list's sha256: the same content gives the same index, so every instance (and
 * every test app of a process) builds it once. A few versions at most are kept.
 */
const MAX_CACHED = 3;
const indexes = new Map<string, Promise<ScreeningIndex>>();
const parsed = new Map<string, ParsedUnList>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return value;
}

/** Parses a list file once per content; throws SanctionsListError like parseUnList. */
export function parseListCached(sha256: string, xml: string): ParsedUnList {
  const hit = parsed.get(sha256);
  if (hit) return remember(parsed, sha256, hit);
  return remember(parsed, sha256, parseUnList(xml));
}

export function entriesOf(list: ParsedUnList): SanctionsEntry[] {
  return [...list.individuals, ...list.entities];
}

/** The index over these entries, cached under the list's sha256. */
export function indexFor(sha256: string, load: () => Promise<SanctionsEntry[]>): Promise<ScreeningIndex> {
  const hit = indexes.get(sha256);
  if (hit) return remember(indexes, sha256, hit);
  const building = load().then((entries) => buildScreeningIndex(entries));
  // A failed build must not stay cached.
  building.catch(() => indexes.delete(sha256));
  return remember(indexes, sha256, building);
}

export interface LatestIndex {
  version: ListVersionRow;
  index: ScreeningIndex;
}

/** The latest imported version and its index, or null when no list was ever imported. */
export async function loadLatestIndex(db: Queryable | Trx): Promise<LatestIndex | null> {
  const version = await findLatestListVersion(db);
  if (!version) return null;
  const index = await indexFor(version.sha256, () => findEntries(db, version.id));
  return { version, index };
}
