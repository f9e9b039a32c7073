/**
 * Named errors with an HTTP status, raised anywhere and rendered by the one error middleware
 * (server/src/error-handler.ts). `details` is safe to show to the caller; `cause` is not sent.
 */
export class AppError extends Error {
  override readonly name: string;
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(
    code: string,
    status: number,
    message: string,
    options: { details?: unknown; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = code;
    this.code = code;
    this.status = status;
    this.details = options.details;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super('VALIDATION_ERROR', 400, message, { details });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super('NOT_FOUND', 404, message, { details });
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(cause?: unknown) {
    super('DATABASE_UNAVAILABLE', 503, 'The graph database is unreachable; try again shortly.', { cause });
  }
}

export class QueryTimeoutError extends AppError {
  constructor(cause?: unknown) {
    super('QUERY_TIMEOUT', 503, 'The query took longer than the configured limit; narrow it and try again.', {
      cause,
    });
  }
}

export class DatabaseError extends AppError {
  constructor(cause?: unknown) {
    super('DATABASE_ERROR', 500, 'The graph database failed to answer.', { cause });
  }
}

export class SeedValidationError extends AppError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('SEED_INVALID', 400, `Seed validation failed:\n  ${problems.join('\n  ')}`, { details: problems });
    this.problems = problems;
  }
}
