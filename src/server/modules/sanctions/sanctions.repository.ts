import type { SanctionsEntry } from '../../../core/sanctions/types.js';
import type { Queryable, Trx } from '../../db/database.js';
import type { SanctionsEntriesTable } from './sanctions.tables.js';

export function findLatestListVersion(db: Queryable | Trx) {
  return db
    .selectFrom('sanctionsListVersions')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type ListVersionRow = Awaited<ReturnType<typeof findLatestListVersion>> & object;

export function findListVersion(db: Queryable | Trx, id: string) {
  return db.selectFrom('sanctionsListVersions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findListVersionBySha(db: Queryable | Trx, sha256: string) {
  return db.selectFrom('sanctionsListVersions').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

export function listListVersions(db: Queryable) {
  return db.selectFrom('sanctionsListVersions').selectAll().orderBy('seq', 'desc').execute();
}

/** What a diff needs of the previous version's entries. */
export function findEntryRefs(db: Queryable | Trx, versionId: string) {
  return db
    .selectFrom('sanctionsEntries')
    .select(['referenceNumber', 'hash', 'name', 'kind'])
    .where('versionId', '=', versionId)
    .orderBy('position')
    .execute();
}

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function strings(text: string): string[] {
  const value = json(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function aliasesOf(text: string): SanctionsEntry['aliases'] {
  const value = json(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((a: unknown) => {
    if (!a || typeof a !== 'object') return [];
    const { name, quality } = a as { name?: unknown; quality?: unknown };
    return typeof name === 'string' ? [{ name, quality: typeof quality === 'string' ? quality : '' }] : [];
  });
}

export function toSanctionsEntry(row: SanctionsEntriesTable): SanctionsEntry {
  return {
    referenceNumber: row.referenceNumber,
    dataId: row.dataId,
    kind: row.kind === 'entity' ? 'entity' : 'individual',
    regime: row.regime,
    name: row.name,
    nameParts: strings(row.nameParts),
    aliases: aliasesOf(row.aliases),
    originalScriptName: row.originalScriptName,
    datesOfBirth: strings(row.datesOfBirth),
    nationalities: strings(row.nationalities),
    designations: strings(row.designations),
    titles: strings(row.titles),
    comments: row.comments,
    listedOn: row.listedOn,
  };
}

export async function findEntries(db: Queryable | Trx, versionId: string): Promise<SanctionsEntry[]> {
  const rows = await db
    .selectFrom('sanctionsEntries')
    .selectAll()
    .where('versionId', '=', versionId)
    .orderBy('position')
    .execute();
  return rows.map(toSanctionsEntry);
}

export function findEntry(db: Queryable, versionId: string, referenceNumber: string) {
  return db
    .selectFrom('sanctionsEntries')
    .selectAll()
    .where('versionId', '=', versionId)
    .where('referenceNumber', '=', referenceNumber)
    .executeTakeFirst();
}

// 17 columns a row: 200 rows stay far below both engines' limits on bound parameters.
const BATCH = 200;

export async function insertEntries(
  trx: Trx,
  versionId: string,
  entries: readonly SanctionsEntry[],
  hashes: readonly string[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += BATCH) {
    const rows = entries.slice(start, start + BATCH).map((e, i) => ({
      versionId,
      position: start + i,
      referenceNumber: e.referenceNumber,
      dataId: e.dataId,
      kind: e.kind,
      regime: e.regime,
      name: e.name,
      nameParts: JSON.stringify(e.nameParts),
      aliases: JSON.stringify(e.aliases),
      originalScriptName: e.originalScriptName,
      datesOfBirth: JSON.stringify(e.datesOfBirth),
      nationalities: JSON.stringify(e.nationalities),
      designations: JSON.stringify(e.designations),
      titles: JSON.stringify(e.titles),
      comments: e.comments,
      listedOn: e.listedOn,
      hash: hashes[start + i] ?? '',
    }));
    await trx.insertInto('sanctionsEntries').values(rows).execute();
  }
}
