import type { Role } from '../../../core/contract/common.js';
import type { AppDeps, ServiceContext } from '../../context.js';
import { classificationRank } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, unauthenticated } from '../../http/errors.js';
import { newId, newSecret, sha256Hex } from '../../ids.js';
import type { Actor } from '../access/actor.js';
import {
  findMemberships,
  findUserByEmail,
  findUserById,
  normalizeEmail,
  type UserRow,
} from '../users/users.repository.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';

export const SESSION_COOKIE = 'lockstep_session';
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
const LAST_SEEN_GRANULARITY_MS = 60 * 1000;

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export const TOKEN_PREFIX = 'lst_';

export async function buildActor(deps: AppDeps, user: UserRow, auth: Actor['auth']): Promise<Actor> {
  const memberships = await findMemberships(deps.db, user.id);
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    party: user.party,
    agencyId: user.agencyId,
    clearance: user.clearance,
    clearanceRank: classificationRank(deps.config, user.clearance),
    isAdmin: user.isAdmin === 1,
    isAuditor: user.isAuditor === 1,
    locale: user.locale === 'ko' ? 'ko' : 'en',
    timeZone: user.timeZone,
    memberships: new Map(memberships.map((m) => [m.groupId, m.role as Role])),
    auth,
  };
}

async function recentFailures(deps: AppDeps, column: 'accountKey' | 'ip', value: string, since: string) {
  return deps.db
    .selectFrom('loginAttempts')
    .select('at')
    .where(column, '=', value)
    .where('succeeded', '=', 0)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .execute();
}

function tooManyAttempts(oldestRelevant: string, now: Date): AppError {
  const retryMs = new Date(oldestRelevant).getTime() + LOGIN_WINDOW_MS - now.getTime();
  const retryAfter = Math.max(1, Math.ceil(retryMs / 1000));
  return new AppError('too_many_attempts', 'Too many failed sign-in attempts. Try again later.', {
    status: 429,
    headers: { 'retry-after': String(retryAfter) },
    details: { retryAfterSeconds: retryAfter },
  });
}

/** Checks the password and opens a session. The same 401 whether the account is unknown or the password wrong. */
export async function login(
  ctx: ServiceContext,
  input: { email: string; password: string },
): Promise<{ sessionSecret: string; user: UserRow }> {
  const now = ctx.clock.now();
  const accountKey = normalizeEmail(input.email);
  const ip = ctx.ip ?? 'unknown';
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();

  const byAccount = await recentFailures(ctx, 'accountKey', accountKey, since);
  if (byAccount.length >= MAX_FAILURES_PER_ACCOUNT) {
    throw tooManyAttempts(byAccount[MAX_FAILURES_PER_ACCOUNT - 1]!.at, now);
  }
  const byIp = await recentFailures(ctx, 'ip', ip, since);
  if (byIp.length >= MAX_FAILURES_PER_IP) throw tooManyAttempts(byIp[MAX_FAILURES_PER_IP - 1]!.at, now);

  const user = await findUserByEmail(ctx.db, accountKey);
  const usable = user && user.passwordHash && !user.disabledAt ? user : null;
  const valid = await verifyPassword(input.password, usable?.passwordHash ?? DUMMY_HASH);

  if (!usable || !valid) {
    await inTransaction(ctx, async (tx) => {
      await tx.trx
        .insertInto('loginAttempts')
        .values({ accountKey, ip, succeeded: 0, at: tx.nowIso })
        .execute();
      await tx.audit({ action: 'auth.login_failed', details: { account: accountKey } });
    });
    throw new AppError('invalid_credentials', 'The e-mail address or password is not right', { status: 401 });
  }

  const sessionSecret = newSecret();
  await inTransaction({ ...ctx, actor: await buildActor(ctx, usable, { method: 'system' }) }, async (tx) => {
    await tx.trx
      .insertInto('loginAttempts')
      .values({ accountKey, ip, succeeded: 1, at: tx.nowIso })
      .execute();
    await tx.trx
      .insertInto('sessions')
      .values({
        id: sha256Hex(sessionSecret),
        userId: usable.id,
        createdAt: tx.nowIso,
        lastSeenAt: tx.nowIso,
        absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
        revokedAt: null,
        ip,
      })
      .execute();
    await tx.audit({ action: 'auth.login', recordKind: 'user', recordId: usable.id });
  });
  return { sessionSecret, user: usable };
}

export async function logout(ctx: ServiceContext): Promise<void> {
  const auth = ctx.actor?.auth;
  if (!auth || auth.method !== 'session') return;
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .updateTable('sessions')
      .set({ revokedAt: tx.nowIso })
      .where('id', '=', auth.sessionId)
      .execute();
    await tx.audit({ action: 'auth.logout', recordKind: 'user', recordId: ctx.actor?.userId ?? null });
  });
}

/** The signed-in user cached at this stamp, unless the session has ended or its last-seen minute is due. */
function cachedActor(deps: AppDeps, key: string, stamp: string | undefined, nowMs: number): Actor | null {
  if (stamp === undefined || deps.config.readCacheMs === 0) return null;
  const hit = deps.caches.credentials.get(key, stamp, nowMs);
  if (!hit || hit.endsMs <= nowMs || nowMs - hit.lastSeenMs > LAST_SEEN_GRANULARITY_MS) return null;
  return hit.actor;
}

function remember(
  deps: AppDeps,
  key: string,
  stamp: string | undefined,
  nowMs: number,
  entry: { actor: Actor; lastSeenMs: number; endsMs: number },
): Actor {
  if (stamp !== undefined && deps.config.readCacheMs > 0) {
    deps.caches.credentials.set(key, stamp, nowMs + deps.config.readCacheMs, {
      ...entry,
      actor: Object.freeze(entry.actor),
    });
  }
  return entry.actor;
}

/**
 * The signed-in user behind a session cookie or API token, or null. With a change stamp (read before, see
 * `changeStamp`) the answer is reused while the database is unchanged: revoking, signing out, disabling the user or
 * changing a membership are writes, so they take effect on the next request all the same.
 */
export async function authenticate(
  deps: AppDeps,
  credentials: { sessionSecret?: string | undefined; bearer?: string | undefined },
  stamp?: string,
): Promise<Actor | null> {
  const now = deps.clock.now();
  const nowMs = now.getTime();
  if (credentials.bearer) {
    const tokenHash = sha256Hex(credentials.bearer);
    const key = `token:${tokenHash}`;
    const cached = cachedActor(deps, key, stamp, nowMs);
    if (cached) return cached;
    const token = await deps.db
      .selectFrom('apiTokens')
      .selectAll()
      .where('tokenHash', '=', tokenHash)
      .executeTakeFirst();
    if (!token || token.revokedAt || token.expiresAt <= now.toISOString()) return null;
    const user = await findUserById(deps.db, token.userId);
    if (!user || user.disabledAt) return null;
    let lastUsedMs = token.lastUsedAt ? Date.parse(token.lastUsedAt) : Number.NEGATIVE_INFINITY;
    // Like a session's last-seen, recorded to the minute: not a write on every request.
    if (nowMs - lastUsedMs > LAST_SEEN_GRANULARITY_MS) {
      await deps.db
        .updateTable('apiTokens')
        .set({ lastUsedAt: now.toISOString() })
        .where('id', '=', token.id)
        .execute();
      lastUsedMs = nowMs;
    }
    const actor = await buildActor(deps, user, { method: 'token', tokenId: token.id });
    return remember(deps, key, stamp, nowMs, {
      actor,
      lastSeenMs: lastUsedMs,
      endsMs: Date.parse(token.expiresAt),
    });
  }
  if (credentials.sessionSecret) {
    const id = sha256Hex(credentials.sessionSecret);
    const key = `session:${id}`;
    const cached = cachedActor(deps, key, stamp, nowMs);
    if (cached) return cached;
    const session = await deps.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!session || session.revokedAt) return null;
    const idleEnds = new Date(session.lastSeenAt).getTime() + SESSION_IDLE_MS;
    if (idleEnds <= nowMs || session.absoluteExpiresAt <= now.toISOString()) return null;
    const user = await findUserById(deps.db, session.userId);
    if (!user || user.disabledAt) return null;
    let lastSeenMs = new Date(session.lastSeenAt).getTime();
    if (nowMs - lastSeenMs > LAST_SEEN_GRANULARITY_MS) {
      await deps.db
        .updateTable('sessions')
        .set({ lastSeenAt: now.toISOString() })
        .where('id', '=', id)
        .execute();
      lastSeenMs = nowMs;
    }
    const actor = await buildActor(deps, user, { method: 'session', sessionId: id });
    return remember(deps, key, stamp, nowMs, {
      actor,
      lastSeenMs,
      endsMs: Math.min(lastSeenMs + SESSION_IDLE_MS, Date.parse(session.absoluteExpiresAt)),
    });
  }
  return null;
}

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

export async function createApiToken(
  ctx: ServiceContext,
  input: { name: string; expiresInDays: number },
): Promise<{
  id: string;
  token: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: null;
}> {
  const actor = requireActor(ctx);
  const token = newSecret(TOKEN_PREFIX);
  const id = newId();
  return inTransaction(ctx, async (tx) => {
    const expiresAt = new Date(tx.now.getTime() + input.expiresInDays * 86_400_000).toISOString();
    await tx.trx
      .insertInto('apiTokens')
      .values({
        id,
        userId: actor.userId,
        name: input.name,
        tokenHash: sha256Hex(token),
        createdAt: tx.nowIso,
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      })
      .execute();
    await tx.audit({
      action: 'token.create',
      recordKind: 'api_token',
      recordId: id,
      details: { name: input.name },
    });
    return { id, token, name: input.name, createdAt: tx.nowIso, expiresAt, lastUsedAt: null };
  });
}

export async function listApiTokens(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  return ctx.db
    .selectFrom('apiTokens')
    .select(['id', 'name', 'createdAt', 'expiresAt', 'lastUsedAt'])
    .where('userId', '=', actor.userId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function revokeApiToken(ctx: ServiceContext, tokenId: string): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx, async (tx) => {
    const result = await tx.trx
      .updateTable('apiTokens')
      .set({ revokedAt: tx.nowIso })
      .where('id', '=', tokenId)
      .where('userId', '=', actor.userId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new AppError('not_found', 'No such token', { status: 404 });
    await tx.audit({ action: 'token.revoke', recordKind: 'api_token', recordId: tokenId });
  });
}

/** Changes the password and ends every session of the account; returns a fresh session for this browser. */
export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionSecret: string }> {
  const actor = requireActor(ctx);
  const user = await findUserById(ctx.db, actor.userId);
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('invalid_credentials', 'The current password is not right', {
      status: 400,
      details: { fields: { currentPassword: 'is not right' } },
    });
  }
  const hash = await hashPassword(input.newPassword);
  const sessionSecret = newSecret();
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .updateTable('users')
      .set({ passwordHash: hash, passwordChangedAt: tx.nowIso, updatedAt: tx.nowIso })
      .where('id', '=', actor.userId)
      .execute();
    await tx.trx
      .updateTable('sessions')
      .set({ revokedAt: tx.nowIso })
      .where('userId', '=', actor.userId)
      .where('revokedAt', 'is', null)
      .execute();
    await tx.trx
      .insertInto('sessions')
      .values({
        id: sha256Hex(sessionSecret),
        userId: actor.userId,
        createdAt: tx.nowIso,
        lastSeenAt: tx.nowIso,
        absoluteExpiresAt: new Date(tx.now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
        revokedAt: null,
        ip: ctx.ip,
      })
      .execute();
    await tx.audit({ action: 'auth.password_change', recordKind: 'user', recordId: actor.userId });
  });
  return { sessionSecret };
}
