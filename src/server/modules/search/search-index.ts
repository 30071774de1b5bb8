import { sql } from 'kysely';
import type { DatabaseKind, Queryable, Trx } from '../../db/database.js';
import type { SearchIndexTable } from '../../db/tables.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';

/** Puts a record into full-text search with its access columns, replacing what was there. */
export async function indexForSearch(trx: Trx, kind: DatabaseKind, entry: SearchIndexTable): Promise<void> {
  if (kind === 'postgres') {
    await trx
      .insertInto('searchIndex')
      .values(entry)
      .onConflict((oc) =>
        oc.columns(['recordKind', 'recordId']).doUpdateSet({
          groupId: entry.groupId,
          visibility: entry.visibility,
          party: entry.party,
          classificationRank: entry.classificationRank,
          title: entry.title,
          body: entry.body,
        }),
      )
      .execute();
    return;
  }
  await removeFromSearch(trx, entry.recordKind, entry.recordId);
  await trx.insertInto('searchIndex').values(entry).execute();
}

export async function removeFromSearch(trx: Trx, recordKind: string, recordId: string): Promise<void> {
  await trx
    .deleteFrom('searchIndex')
    .where('recordKind', '=', recordKind)
    .where('recordId', '=', recordId)
    .execute();
}

/** Words of the query, letters and digits only, so no query syntax of either engine gets through. */
export function searchTerms(q: string): string[] {
  return (q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((t) => t.toLowerCase());
}

export interface SearchHit {
  recordKind: string;
  recordId: string;
  groupId: string;
  visibility: string;
  party: string;
  classificationRank: number;
  title: string;
  body: string;
}

export async function searchVisible(
  db: Queryable,
  kind: DatabaseKind,
  actor: Actor,
  q: string,
  limit: number,
): Promise<SearchHit[]> {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  const base = db
    .selectFrom('searchIndex')
    .select([
      'recordKind',
      'recordId',
      'groupId',
      'visibility',
      'party',
      'classificationRank',
      'title',
      'body',
    ])
    .where(visibleTo(actor, 'searchIndex'))
    .limit(limit);
  if (kind === 'sqlite') {
    const match = terms.map((t) => `"${t}"*`).join(' AND ');
    return base
      .where(sql<boolean>`search_index MATCH ${match}`)
      .orderBy(sql`rank`)
      .execute();
  }
  const tsquery = terms.map((t) => `${t}:*`).join(' & ');
  return base
    .where(sql<boolean>`tsv @@ to_tsquery('simple', ${tsquery})`)
    .orderBy(sql`ts_rank(tsv, to_tsquery('simple', ${tsquery}))`, 'desc')
    .execute();
}

/** A short excerpt of the body around the first term, plain text. */
export function snippetOf(body: string, terms: string[], width = 160): string {
  const plain = body
    .replace(/[#*_`>[\]()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = plain.toLowerCase();
  const at =
    terms
      .map((t) => lower.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - width / 3);
  const text = plain.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${text}${start + width < plain.length ? '…' : ''}`;
}
