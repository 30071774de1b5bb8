import { createHash, randomBytes } from 'node:crypto';

/** Opaque, unguessable record id (16 url-safe characters). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Request ids, for correlating logs, audit entries and error answers: unique (a random prefix per process, then a
 * counter), not secret. A random id per request cost a getrandom system call on every request (~6% of a cached
 * list answer's time under load).
 */
export function requestIds(): () => string {
  const prefix = randomBytes(6).toString('base64url');
  let next = 0;
  return () => `${prefix}-${(next++).toString(36)}`;
}

/** A secret for a cookie or token: 32 random bytes, url-safe. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
