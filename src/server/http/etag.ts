import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

export function etagOf(kind: string, id: string, version: number): string {
  return `W/"${kind}-${id}-${version}"`;
}

/** 412 when the client sent an If-Match that no longer names the current version. */
export function checkIfMatch(request: FastifyRequest, current: string): void {
  const header = request.headers['if-match'];
  if (!header) return;
  const tags = header.split(',').map((t) => t.trim());
  if (tags.includes('*') || tags.includes(current)) return;
  throw new AppError('precondition_failed', 'The record changed since you loaded it; reload and try again', {
    status: 412,
    details: { currentEtag: current },
  });
}

export function setEtag(reply: FastifyReply, etag: string): void {
  void reply.header('etag', etag);
}
