import type { ErrorBody } from '../../core/contract/common.js';

export interface FieldError {
  field: string;
  message: string;
}

/** An error answer of the API, with the field errors of a failed validation. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly fields: FieldError[] = [],
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function readFields(details: unknown): FieldError[] {
  if (!details || typeof details !== 'object' || !('fields' in details)) return [];
  const fields = (details as { fields: unknown }).fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldError =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as FieldError).field === 'string' &&
      typeof (f as FieldError).message === 'string',
  );
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** The ETag the record had when it was read: the server answers 412 if it changed since. */
  ifMatch?: string | null;
  /** A body sent as is with this content type (the XML of a sanctions list), instead of JSON. */
  raw?: { contentType: string; text: string };
}

/** The answer with the record's ETag, which an edit form sends back as If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

/** Calls /api/v1 with the session cookie; answers the parsed JSON and the ETag, or throws an ApiError. */
export async function apiRequestVersioned<T>(
  path: string,
  options: RequestOptions = {},
): Promise<Versioned<T>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {}))
    if (value !== undefined) params.set(key, value);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.raw) headers['content-type'] = options.raw.contentType;
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}${search}`, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.raw
        ? options.raw.text
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network_error', 'The server could not be reached', 0);
  }
  const etag = response.headers.get('etag');
  if (response.status === 204) return { data: undefined as T, etag };
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const error = (parsed as Partial<ErrorBody> | undefined)?.error;
    throw new ApiError(
      error?.code ?? 'http_error',
      error?.message ?? response.statusText,
      response.status,
      readFields(error?.details),
      error?.details,
    );
  }
  return { data: parsed as T, etag };
}

/** Calls /api/v1 with the session cookie; answers the parsed JSON or throws an ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequestVersioned<T>(path, options)).data;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
