import { z } from 'zod';
import { idSchema, listOf } from '../../../core/contract/common.js';
import {
  addMemberInputSchema,
  createGroupInputSchema,
  groupSchema,
  memberSchema,
  updateGroupInputSchema,
  type Group,
  type Member,
} from '../../../core/contract/groups.js';
import type { Actor } from '../access/actor.js';
import { canContribute } from '../access/access.policy.js';
import { checkIfMatch, etagOf, setEtag } from '../../http/etag.js';
import type { RouteModule } from '../../http/types.js';
import { canAddMember, canEditGroup } from './groups.policy.js';
import { parseJsonArray } from './groups.repository.js';
import {
  addGroupMember,
  createGroup,
  findGroupMembers,
  findGroupsForActor,
  getGroup,
  updateGroup,
  type GroupView,
} from './groups.service.js';
import { parseNameVariants } from '../users/users.repository.js';

const groupParams = z.object({ groupId: idSchema });

export function presentGroup(view: GroupView, actor: Actor | null): Group {
  const { row } = view;
  return {
    id: row.id,
    name: { en: row.nameEn, ...(row.nameKo ? { ko: row.nameKo } : {}) },
    mandate: row.mandate,
    parties: parseJsonArray(row.parties),
    coChairs: view.coChairs,
    noticePeriodDays: row.noticePeriodDays,
    clearanceRule: row.clearanceRule === 'notice' ? 'notice' : 'concurrence',
    classificationLevels: parseJsonArray(row.classificationLevels),
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: {
      edit: canEditGroup(actor, row.id),
      addMember: canAddMember(actor, row.id, actor?.party ?? null),
      createDocument: canContribute(actor, row.id),
    },
  };
}

export function presentMember(
  row: Awaited<ReturnType<typeof findGroupMembers>>[number],
): Member & { nameVariants: string[] } {
  return {
    userId: row.userId,
    displayName: row.displayName,
    email: row.email,
    party: row.party,
    agency: row.agencyCode,
    agencyName: row.agencyNameEn
      ? { en: row.agencyNameEn, ...(row.agencyNameKo ? { ko: row.agencyNameKo } : {}) }
      : null,
    title: row.title,
    role: row.role as Member['role'],
    nameVariants: parseNameVariants(row.nameVariants),
  };
}

const memberViewSchema = memberSchema.extend({ nameVariants: z.array(z.string()) });

export const groupRoutes: RouteModule = (app) => {
  app.get(
    '/groups',
    {
      schema: {
        tags: ['groups'],
        summary: 'Groups the user belongs to',
        response: { 200: listOf(groupSchema) },
      },
    },
    async (request) => {
      const views = await findGroupsForActor(request.ctx);
      return { items: views.map((v) => presentGroup(v, request.ctx.actor)) };
    },
  );

  app.post(
    '/groups',
    {
      schema: {
        tags: ['groups'],
        summary: 'Create a working group (administrators)',
        body: createGroupInputSchema,
        response: { 201: groupSchema },
      },
    },
    async (request, reply) => {
      const view = await createGroup(request.ctx, request.body);
      setEtag(reply, etagOf('group', view.row.id, view.row.version));
      return reply.code(201).send(presentGroup(view, request.ctx.actor));
    },
  );

  app.get(
    '/groups/:groupId',
    { schema: { tags: ['groups'], params: groupParams, response: { 200: groupSchema } } },
    async (request, reply) => {
      const view = await getGroup(request.ctx, request.params.groupId);
      setEtag(reply, etagOf('group', view.row.id, view.row.version));
      return presentGroup(view, request.ctx.actor);
    },
  );

  app.patch(
    '/groups/:groupId',
    {
      schema: {
        tags: ['groups'],
        params: groupParams,
        body: updateGroupInputSchema,
        response: { 200: groupSchema },
      },
    },
    async (request, reply) => {
      const view = await updateGroup(request.ctx, request.params.groupId, request.body, (current) =>
        checkIfMatch(request, etagOf('group', current.id, current.version)),
      );
      setEtag(reply, etagOf('group', view.row.id, view.row.version));
      return presentGroup(view, request.ctx.actor);
    },
  );

  app.get(
    '/groups/:groupId/members',
    { schema: { tags: ['groups'], params: groupParams, response: { 200: listOf(memberViewSchema) } } },
    async (request) => {
      const rows = await findGroupMembers(request.ctx, request.params.groupId);
      return { items: rows.map(presentMember) };
    },
  );

  app.post(
    '/groups/:groupId/members',
    {
      schema: {
        tags: ['groups'],
        params: groupParams,
        body: addMemberInputSchema,
        response: { 201: listOf(memberViewSchema) },
      },
    },
    async (request, reply) => {
      const rows = await addGroupMember(request.ctx, request.params.groupId, request.body);
      return reply.code(201).send({ items: rows.map(presentMember) });
    },
  );
};
