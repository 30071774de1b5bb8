import type { z } from 'zod';
import type {
  createDocumentInputSchema,
  updateDocumentInputSchema,
} from '../../../core/contract/documents.js';
import { classificationRank, type ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { requireMembership } from '../groups/groups.service.js';
import { parseJsonArray } from '../groups/groups.repository.js';
import { indexForSearch } from '../search/search-index.js';
import { canCreateDocument, canEditDocument, canSeeDocument } from './documents.policy.js';
import { findDocument, listVisibleDocuments, type DocumentRow } from './documents.repository.js';

function accessOf(doc: DocumentRow) {
  return {
    groupId: doc.groupId,
    visibility: doc.visibility,
    party: doc.party,
    classificationRank: doc.classificationRank,
  };
}

export async function findDocuments(
  ctx: ServiceContext,
  groupId: string,
  filter: { kind?: string | undefined },
) {
  const { actor } = await requireMembership(ctx, groupId);
  return listVisibleDocuments(ctx.db, actor, groupId, filter);
}

/** Reads a paper; reads of classified papers go into the audit log. */
export async function readDocument(ctx: ServiceContext, id: string): Promise<DocumentRow> {
  if (!ctx.actor) throw unauthenticated();
  const doc = await findDocument(ctx.db, id);
  if (!doc || !canSeeDocument(ctx.actor, accessOf(doc))) throw notFound('document');
  if (doc.classificationRank > 0) {
    await inTransaction(ctx, (tx) =>
      tx.audit({
        action: 'document.read',
        recordKind: 'document',
        recordId: doc.id,
        groupId: doc.groupId,
        details: { classification: doc.classification },
      }),
    );
  }
  return doc;
}

export async function createDocument(
  ctx: ServiceContext,
  groupId: string,
  input: z.infer<typeof createDocumentInputSchema>,
): Promise<DocumentRow> {
  const { actor, group } = await requireMembership(ctx, groupId);
  const levels = parseJsonArray(group.classificationLevels);
  const rank = classificationRank(ctx.config, input.classification);
  if (!levels.includes(input.classification) || rank < 0) {
    throw new AppError('validation_failed', `Unknown classification ${input.classification}`, {
      details: { fields: [{ field: 'body.classification', message: `must be one of ${levels.join(', ')}` }] },
    });
  }
  if (!canCreateDocument(actor, groupId, rank)) {
    throw forbidden('not_allowed', 'You may not write papers at this classification in this group');
  }
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const access = { groupId, visibility: input.visibility, party: actor.party!, classificationRank: rank };
    await tx.trx
      .insertInto('documents')
      .values({
        id,
        ...access,
        classification: input.classification,
        title: input.title,
        body: input.body,
        kind: input.kind,
        authorId: actor.userId,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await indexForSearch(tx.trx, ctx.dbKind, {
      recordKind: 'document',
      recordId: id,
      ...access,
      title: input.title,
      body: input.body,
    });
    await tx.audit({
      action: 'document.create',
      recordKind: 'document',
      recordId: id,
      groupId,
      details: { title: input.title, visibility: input.visibility, classification: input.classification },
    });
    tx.publish({ type: 'document.created', groupId, recordKind: 'document', recordId: id, access });
  });
  return (await findDocument(ctx.db, id))!;
}

export async function updateDocument(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateDocumentInputSchema>,
  checkVersion: (current: DocumentRow) => void,
): Promise<DocumentRow> {
  if (!ctx.actor) throw unauthenticated();
  const current = await findDocument(ctx.db, id);
  if (!current || !canSeeDocument(ctx.actor, accessOf(current))) throw notFound('document');
  if (!canEditDocument(ctx.actor, accessOf(current)))
    throw forbidden('not_allowed', 'Only the writing party edits this paper');
  checkVersion(current);
  await inTransaction(ctx, async (tx) => {
    const result = await tx.trx
      .updateTable('documents')
      .set({ ...input, version: current.version + 1, updatedAt: tx.nowIso })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new AppError('precondition_failed', 'The paper changed meanwhile; reload and try again', {
        status: 412,
      });
    }
    await indexForSearch(tx.trx, ctx.dbKind, {
      recordKind: 'document',
      recordId: id,
      ...accessOf(current),
      title: input.title ?? current.title,
      body: input.body ?? current.body,
    });
    await tx.audit({
      action: 'document.update',
      recordKind: 'document',
      recordId: id,
      groupId: current.groupId,
      details: { fields: Object.keys(input) },
    });
    tx.publish({
      type: 'document.updated',
      groupId: current.groupId,
      recordKind: 'document',
      recordId: id,
      access: accessOf(current),
    });
  });
  return (await findDocument(ctx.db, id))!;
}
