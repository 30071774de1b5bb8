import { KOREAN_SURNAME_SET } from '../../../core/context/name-patterns.js';
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
  const surnames = uniqueSurnames([
    ...members.map((m) => ({ kind: 'member' as const, ...m })),
    ...known.map((k) => ({ kind: 'known' as const, ...k })),
  ]);
  const bySurname = (word: string): NameResolution | null => surnames.get(word.trim().toLowerCase()) ?? null;
  const exact = exactNames([
    ...members.map((m) => ({ kind: 'member' as const, ...m })),
    ...known.map((k) => ({ kind: 'known' as const, ...k })),
  ]);
  const resolve: NameResolver = (name) => {
    // A name exactly as a person's recorded variant (a foreign name in Hangul, "스티븐 비건", is not romanised
    // back to Biegun by the matcher, which reads Hangul as a Korean name).
    const same = exact.get(normalisedName(name));
    if (same) return same;
    const lone = /\s/.test(name.trim()) ? null : bySurname(name);
    if (lone) return lone;
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
  resolve.bySurname = bySurname;
  resolve.byExactName = (name) => exact.get(normalisedName(name)) ?? null;
  return { resolve, screen };
}

function normalisedName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.-]+/g, ' ')
    .trim();
}

function exactNames(people: { kind: 'member' | 'known'; id: string; names: string[] }[]) {
  const byName = new Map<string, NameResolution>();
  for (const person of people) {
    for (const full of person.names) {
      const key = normalisedName(full);
      if (key.length < 2 || byName.has(key)) continue;
      byName.set(key, {
        kind: person.kind,
        id: person.id,
        score: 1,
        matchedName: person.names[0] ?? full,
        explanation: `written as recorded for ${person.names[0] ?? full}`,
      });
    }
  }
  return byName;
}

/**
 * Wire copy names a person in full once and by surname after, and sometimes by surname only ("met Biegun in
 * Seoul"). A surname alone is taken for a member or a known person only when exactly one of them bears it, and
 * never a Korean surname (a few of them are borne by most Koreans).
 */
function uniqueSurnames(
  people: { kind: 'member' | 'known'; id: string; names: string[] }[],
): Map<string, NameResolution> {
  const bearers = new Map<string, { resolution: NameResolution; ids: Set<string> }>();
  for (const person of people) {
    for (const full of person.names) {
      const words = full.trim().split(/\s+/);
      const surname = words[words.length - 1];
      if (
        words.length < 2 ||
        !surname ||
        KOREAN_SURNAME_SET.has(words[0]!) ||
        !/^[A-Z][a-z]{2,}$/.test(surname)
      )
        continue;
      const key = surname.toLowerCase();
      const entry = bearers.get(key) ?? {
        resolution: {
          kind: person.kind,
          id: person.id,
          score: 0.85,
          matchedName: full,
          explanation: `"${surname}" alone: the surname of ${full}, the only one of that name here`,
        },
        ids: new Set<string>(),
      };
      entry.ids.add(person.id);
      bearers.set(key, entry);
    }
  }
  return new Map([...bearers].filter(([, e]) => e.ids.size === 1).map(([key, e]) => [key, e.resolution]));
}

function scoreOf(match: { score: number; matchedName: string; explanation: string }) {
  return { score: match.score, matchedName: match.matchedName, explanation: match.explanation };
}
