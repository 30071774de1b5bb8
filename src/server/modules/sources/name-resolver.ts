import type { NameResolution, NameResolver } from '../../../core/context/index.js';
import type { SanctionsScreening } from '../../../core/contract/sources.js';
import { createNameMatcher, screenName, type ScreeningIndex } from '../../../core/matching/index.js';
import type { AppDeps } from '../../context.js';
import type { Queryable } from '../../db/database.js';
import type { RecordAccess } from '../access/actor.js';
import { parseJsonArray } from '../groups/groups.repository.js';
import { coveredBy } from './context-access.js';
import { loadSanctionsIndex } from './sanctions-index.js';

export const IDENTITY_NOTE = 'A name match is not an identity.';

export interface SourceNameResolver {
  resolve: NameResolver;
  /** the best sanctions-list match for a name, with the reminder that it proves nothing */
  screen(name: string): SanctionsScreening | null;
}

async function loadMembers(db: Queryable, groupId: string) {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id', 'users.displayName', 'users.nameVariants'])
    .where('memberships.groupId', '=', groupId)
    .execute();
  return rows.map((r) => ({ id: r.id, names: [r.displayName, ...parseJsonArray(r.nameVariants)] }));
}

/** People already on the group's timeline that a source with `access` may refer to. */
async function loadKnownPeople(db: Queryable, access: RecordAccess) {
  const rows = await db
    .selectFrom('contextPeople')
    .select(['id', 'name', 'names'])
    .where(coveredBy(access, 'contextPeople'))
    .where('status', '!=', 'rejected')
    .execute();
  return rows.map((r) => ({ id: r.id, names: [r.name, ...parseJsonArray(r.names)] }));
}

function bestOf(a: NameResolution | null, b: NameResolution | null): NameResolution | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/**
 * Resolves names in a source: the group's members first, then people already named on the timeline, then
 * the UN list. The resolver reads only people that anyone seeing the source may see.
 */
export async function buildNameResolver(deps: AppDeps, access: RecordAccess): Promise<SourceNameResolver> {
  const [members, known, index] = await Promise.all([
    loadMembers(deps.db, access.groupId),
    loadKnownPeople(deps.db, access),
    loadSanctionsIndex(deps),
  ]);
  return createResolver(members, known, index);
}

export function createResolver(
  members: { id: string; names: string[] }[],
  known: { id: string; names: string[] }[],
  index: ScreeningIndex | null,
): SourceNameResolver {
  const memberMatcher = createNameMatcher(members);
  const knownMatcher = createNameMatcher(known);
  const screen = (name: string): SanctionsScreening | null => {
    const hit = index ? screenName(index, name, { limit: 1 })[0] : undefined;
    return hit
      ? {
          referenceNumber: hit.referenceNumber,
          name: hit.name,
          score: hit.score,
          explanation: hit.explanation,
          note: IDENTITY_NOTE,
        }
      : null;
  };
  const resolve: NameResolver = (name) => {
    const member = memberMatcher.match(name, { limit: 1 })[0];
    const person = knownMatcher.match(name, { limit: 1 })[0];
    const best = bestOf(
      member ? { kind: 'member', id: member.record.id, ...scoreOf(member) } : null,
      person ? { kind: 'known', id: person.record.id, ...scoreOf(person) } : null,
    );
    if (best) return best;
    const listed = screen(name);
    return listed
      ? {
          kind: 'sanctions',
          id: listed.referenceNumber,
          score: listed.score,
          matchedName: listed.name,
          explanation: listed.explanation,
        }
      : null;
  };
  return { resolve, screen };
}

function scoreOf(match: { score: number; matchedName: string; explanation: string }) {
  return { score: match.score, matchedName: match.matchedName, explanation: match.explanation };
}
