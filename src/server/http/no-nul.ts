import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

const LIMIT = 20;

/** Where a value holds U+0000, as field paths in the error shape ("body.name", "querystring.q"). */
function nulPaths(value: unknown, path: string, out: string[], depth = 0): void {
  if (out.length >= LIMIT || depth > 64) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulPaths(item, `${path}.${i}`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulPaths(item, `${path}.${key}`, out, depth + 1);
  }
}

/**
 * PostgreSQL cannot store U+0000 in text (SQLite can), so a NUL anywhere in a request would pass validation and
 * fail at the database with a 500 on one engine only. Every request is refused with a 400 naming the field
 * before validation; no text the group writes needs the character.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const paths: string[] = [];
    nulPaths(request.params, 'params', paths);
    nulPaths(request.query, 'querystring', paths);
    nulPaths(request.body, 'body', paths);
    if (paths.length === 0) return;
    throw new AppError('validation_failed', `Some fields are not valid: ${paths.join(', ')}`, {
      status: 400,
      details: {
        fields: paths.map((field) => ({ field, message: 'must not contain the NUL character (U+0000)' })),
      },
    });
  });
}
