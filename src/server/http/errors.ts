export interface AppErrorOptions {
  status?: number;
  details?: unknown;
  headers?: Record<string, string>;
}

/** An error a client may see: a stable snake_case code, a human message, an HTTP status. */
export class AppError extends Error {
  readonly status: number;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: string,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = options.status ?? 400;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** Absent and invisible records answer the same way, so that nobody learns what exists. */
export function notFound(what = 'record'): AppError {
  return new AppError('not_found', `No such ${what}`, { status: 404 });
}

export function forbidden(code: string, message: string): AppError {
  return new AppError(code, message, { status: 403 });
}

export function conflict(code: string, message: string, details?: unknown): AppError {
  return new AppError(code, message, { status: 409, details });
}

export function unauthenticated(): AppError {
  return new AppError('unauthenticated', 'Sign in first', { status: 401 });
}

/** A 400 naming the one field at fault (for what only the service can judge: a referenced record, a rule). */
export function invalidField(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field}: ${message}`, {
    details: { fields: [{ field, message }] },
  });
}
