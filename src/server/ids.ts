import { createHash, randomBytes } from 'node:crypto';

/** Opaque, unguessable record id (16 url-safe characters). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** A secret for a cookie or token: 32 random bytes, url-safe. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
