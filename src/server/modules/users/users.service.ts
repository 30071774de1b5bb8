import type { ServiceContext } from '../../context.js';
import { classificationRank } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, conflict } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { findUserByEmail, normalizeEmail, type UserRow } from './users.repository.js';

export interface CreateUserInput {
  email: string;
  displayName: string;
  password: string | null;
  party: string | null;
  agency: string | null;
  title?: string | null;
  clearance?: string;
  nameVariants?: string[];
  locale?: 'en' | 'ko';
  timeZone?: string;
  isAdmin?: boolean;
  isAuditor?: boolean;
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, {
    details: { fields: [{ field, message }] },
  });
}

/** Creates an account (CLI, demo, administrators). The password is hashed here and nowhere kept in clear. */
export async function createUser(ctx: ServiceContext, input: CreateUserInput): Promise<UserRow> {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalid('email', 'must be an e-mail address');
  if (input.password !== null && input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const clearance = input.clearance ?? ctx.config.classificationLevels[0]!;
  if (classificationRank(ctx.config, clearance) < 0) {
    throw invalid('clearance', `must be one of ${ctx.config.classificationLevels.join(', ')}`);
  }
  let agencyId: string | null = null;
  if (input.party) {
    const party = await ctx.db
      .selectFrom('parties')
      .select(['code', 'timeZone'])
      .where('code', '=', input.party)
      .executeTakeFirst();
    if (!party) throw invalid('party', `unknown party ${input.party}`);
    if (input.agency) {
      const agency = await ctx.db
        .selectFrom('agencies')
        .select('id')
        .where('party', '=', input.party)
        .where((eb) => eb.or([eb('code', '=', input.agency!), eb('id', '=', input.agency!)]))
        .executeTakeFirst();
      if (!agency) throw invalid('agency', `unknown agency ${input.agency} of ${input.party}`);
      agencyId = agency.id;
    }
  } else if (input.agency) {
    throw invalid('agency', 'needs a party');
  }
  if (await findUserByEmail(ctx.db, email))
    throw conflict('email_taken', 'An account with this e-mail address exists');
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const id = newId();
  const partyZone = input.party
    ? (
        await ctx.db
          .selectFrom('parties')
          .select('timeZone')
          .where('code', '=', input.party)
          .executeTakeFirst()
      )?.timeZone
    : undefined;
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('users')
      .values({
        id,
        email,
        displayName: input.displayName.trim(),
        nameVariants: JSON.stringify(input.nameVariants ?? []),
        party: input.party,
        agencyId,
        title: input.title ?? null,
        clearance,
        locale: input.locale ?? 'en',
        timeZone: input.timeZone ?? partyZone ?? 'UTC',
        isAdmin: input.isAdmin ? 1 : 0,
        isAuditor: input.isAuditor ? 1 : 0,
        passwordHash,
        passwordChangedAt: passwordHash ? tx.nowIso : null,
        disabledAt: null,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await tx.audit({
      action: 'user.create',
      recordKind: 'user',
      recordId: id,
      details: {
        email,
        party: input.party,
        clearance,
        isAdmin: !!input.isAdmin,
        isAuditor: !!input.isAuditor,
      },
    });
  });
  return (await findUserByEmail(ctx.db, email))!;
}
