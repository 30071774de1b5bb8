import { sql } from 'kysely';
import type {
  SanctionsImportResult,
  SanctionsListDiff,
  SanctionsListVersion,
} from '../../../core/contract/screening.js';
import { DEFAULT_THRESHOLD, screenName } from '../../../core/matching/index.js';
import { diffLists, hashEntry } from '../../../core/sanctions/diff-lists.js';
import { SanctionsListError } from '../../../core/sanctions/parse-un-list.js';
import type { SanctionsEntry } from '../../../core/sanctions/types.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId, sha256Hex } from '../../ids.js';
import { rescreenOpenProposals } from '../screening/screening.service.js';
import { entriesOf, indexFor, loadLatestIndex, parseListCached } from './sanctions.index-cache.js';
import { MAX_LIST_BYTES } from './sanctions.list-file.js';
import {
  findEntryRefs,
  findLatestListVersion,
  findListVersion,
  findListVersionBySha,
  insertEntries,
  listListVersions,
  type ListVersionRow,
} from './sanctions.repository.js';

const EMPTY_DIFF: SanctionsListDiff = { previousVersionId: null, added: [], removed: [], changed: [] };

function parseDiff(text: string): SanctionsListDiff {
  try {
    return { ...EMPTY_DIFF, ...(JSON.parse(text) as Partial<SanctionsListDiff>) };
  } catch {
    return EMPTY_DIFF;
  }
}

export function presentListVersion(row: ListVersionRow, latestId: string | null): SanctionsListVersion {
  const diff = parseDiff(row.diff);
  return {
    id: row.id,
    dateGenerated: row.dateGenerated,
    sha256: row.sha256,
    individualCount: row.individualCount,
    entityCount: row.entityCount,
    importedAt: row.importedAt,
    isLatest: row.id === latestId,
    diffSummary: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
  };
}

function presentDetail(row: ListVersionRow, latestId: string | null) {
  return { ...presentListVersion(row, latestId), diff: parseDiff(row.diff) };
}

// Any number will do, as long as every import takes the same one (the audit chain uses another).
const IMPORT_LOCK_KEY = 17_182_006;

function refOf(e: Pick<SanctionsEntry, 'referenceNumber' | 'name' | 'kind'>) {
  return { referenceNumber: e.referenceNumber, name: e.name, kind: e.kind };
}

function tooLarge(): AppError {
  return new AppError('payload_too_large', `The list is larger than ${MAX_LIST_BYTES / 1024 / 1024} MB`, {
    status: 413,
  });
}

/**
 * Imports a UN consolidated list as a new version, all or nothing: the entries, the diff against the previous
 * version, and a re-screening of every open proposal. The same file again changes nothing (`created: false`).
 * Administrators only; the command line runs it as the system (no actor).
 */
export async function importSanctionsList(ctx: ServiceContext, xml: string): Promise<SanctionsImportResult> {
  if (ctx.actor && !ctx.actor.isAdmin) {
    throw forbidden('not_admin', 'Only an administrator imports sanctions lists');
  }
  if (Buffer.byteLength(xml, 'utf8') > MAX_LIST_BYTES) throw tooLarge();
  const sha256 = sha256Hex(xml);
  const existing = await findListVersionBySha(ctx.db, sha256);
  if (existing)
    return { ...presentDetail(existing, (await findLatestListVersion(ctx.db))?.id ?? null), created: false };

  let entries: SanctionsEntry[];
  let dateGenerated: string | null;
  try {
    const parsed = parseListCached(sha256, xml);
    entries = entriesOf(parsed);
    dateGenerated = parsed.dateGenerated;
  } catch (error) {
    if (error instanceof SanctionsListError) throw new AppError(error.code, error.message, { status: 400 });
    throw error;
  }
  if (entries.length === 0) {
    throw new AppError('list_empty', 'The list holds no individuals or entities; refused', { status: 400 });
  }
  const individualCount = entries.filter((e) => e.kind === 'individual').length;

  const id = newId();
  let importedMeanwhile: Awaited<ReturnType<typeof findListVersionBySha>> = undefined;
  await inTransaction(ctx, async (tx) => {
    // Imports take turns (on SQLite the single writer already does): the second of two simultaneous imports
    // then sees the first, and the same file again is a no-op as it is one after the other.
    if (ctx.dbKind === 'postgres')
      await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`.execute(tx.trx);
    importedMeanwhile = await findListVersionBySha(tx.trx, sha256);
    if (importedMeanwhile) return;
    const previous = await findLatestListVersion(tx.trx);
    const oldRefs = previous ? await findEntryRefs(tx.trx, previous.id) : [];
    const delta = diffLists(oldRefs, entries);
    const removedRefs = new Set(delta.removed);
    const diff: SanctionsListDiff = {
      previousVersionId: previous?.id ?? null,
      added: delta.added.map(refOf),
      removed: oldRefs
        .filter((r) => removedRefs.has(r.referenceNumber))
        .map((r) => refOf({ ...r, kind: r.kind === 'entity' ? 'entity' : 'individual' })),
      changed: delta.changed.map(refOf),
    };
    await tx.trx
      .insertInto('sanctionsListVersions')
      .values({
        id,
        seq: (previous?.seq ?? 0) + 1,
        dateGenerated,
        sha256,
        individualCount,
        entityCount: entries.length - individualCount,
        importedAt: tx.nowIso,
        importedBy: ctx.actor?.userId ?? null,
        diff: JSON.stringify(diff),
      })
      .execute();
    await insertEntries(tx.trx, id, entries, entries.map(hashEntry));
    await tx.audit({
      action: 'sanctions_list.import',
      recordKind: 'sanctions_list',
      recordId: id,
      details: {
        sha256,
        dateGenerated,
        entries: entries.length,
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
      },
    });
    const version = await findListVersion(tx.trx, id);
    if (!version) throw new Error('list version vanished inside its own transaction');
    const index = await indexFor(sha256, () => Promise.resolve(entries));
    await rescreenOpenProposals(tx, { version, index });
  });
  if (importedMeanwhile) {
    const latest = await findLatestListVersion(ctx.db);
    return { ...presentDetail(importedMeanwhile, latest?.id ?? null), created: false };
  }
  const row = await findListVersion(ctx.db, id);
  if (!row) throw notFound('sanctions list version');
  return { ...presentDetail(row, id), created: true };
}

function requireSignedIn(ctx: ServiceContext): void {
  if (!ctx.actor) throw unauthenticated();
}

export async function findListVersions(ctx: ServiceContext): Promise<SanctionsListVersion[]> {
  requireSignedIn(ctx);
  const rows = await listListVersions(ctx.db);
  const latestId = rows[0]?.id ?? null;
  return rows.map((r) => presentListVersion(r, latestId));
}

export async function readListVersion(ctx: ServiceContext, id: string) {
  requireSignedIn(ctx);
  const row = await findListVersion(ctx.db, id);
  if (!row) throw notFound('sanctions list version');
  return presentDetail(row, (await findLatestListVersion(ctx.db))?.id ?? null);
}

/** Screens free names against the latest list, for any signed-in member of a group. */
export async function screenNames(
  ctx: ServiceContext,
  input: { names: string[]; threshold?: number | undefined },
) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.memberships.size === 0) {
    throw forbidden('not_member', 'Screening is for members of a working group');
  }
  const latest = await loadLatestIndex(ctx.db);
  if (!latest)
    throw new AppError('no_sanctions_list', 'No sanctions list has been imported yet', { status: 409 });
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  return {
    listVersionId: latest.version.id,
    threshold,
    results: input.names.map((query) => ({
      query,
      matches: screenName(latest.index, query, { threshold }).map((m) => ({
        referenceNumber: m.referenceNumber,
        name: m.name,
        matchedName: m.matchedName,
        score: m.score,
        explanation: m.explanation,
        regime: m.regime,
        kind: m.kind,
      })),
    })),
  };
}
