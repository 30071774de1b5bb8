import type { ScreeningIndex } from '../../../core/matching/index.js';
import type { AppDeps } from '../../context.js';
import { loadLatestIndex } from '../sanctions/sanctions.index-cache.js';

/** The latest UN list as a screening index, or null when no list has been imported. */
export type SanctionsIndexProvider = (deps: AppDeps) => Promise<ScreeningIndex | null>;

/** The sanctions module's cached index of the latest imported list version. */
const latestImportedList: SanctionsIndexProvider = async (deps) =>
  (await loadLatestIndex(deps.db))?.index ?? null;

let provider: SanctionsIndexProvider = latestImportedList;

/** Where sources get the sanctions list from (the sanctions module, or a test's own import). */
export function useSanctionsIndexProvider(next: SanctionsIndexProvider): void {
  provider = next;
}

/** A missing or broken list must not stop a news report from being read: it is screened against nothing. */
export async function loadSanctionsIndex(deps: AppDeps): Promise<ScreeningIndex | null> {
  try {
    return await provider(deps);
  } catch (error) {
    deps.log.warn({ err: error }, 'sanctions list unavailable for source screening');
    return null;
  }
}
