/**
 * Request parsing shared by the routes: a query string, path parameter or JSON body parsed with
 * its schema (graph/src/contracts, graph/src/queries), and one 400 message shape for problems.
 */
import { ValidationError } from '@briefgraph/graph/domain/errors';
import type { z } from 'zod';

interface Problem {
  field: string;
  message: string;
}

/** One message shape for every 400: the first problem in words, all of them in `details`. */
function invalid(what: string, details: Problem[]): ValidationError {
  const first = details[0];
  const where = first && first.field !== what ? `${first.field}: ` : '';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return new ValidationError(`Invalid ${what}${first ? `: ${where}${first.message}` : ''}${more}.`, details);
}

/** Parses a query string or a path parameter; problems are named by the parameter. */
export function assertParsed<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // An item of a comma-separated list names its position in the message.
  throw invalid(
    what,
    parsed.error.issues.map((i) => ({
      field: i.path.length ? String(i.path[0]) : what,
      message: typeof i.path[1] === 'number' ? `item ${i.path[1] + 1}: ${i.message}` : i.message,
    })),
  );
}

/** `view.edges[3].source`: where in a JSON body a problem is. */
function bodyPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

/** Parses a JSON body; problems are named by their path in the body. */
export function assertBody<T extends z.ZodType>(schema: T, body: unknown, what: string): z.infer<T> {
  if (body === undefined) {
    throw new ValidationError(`Send the ${what} as a JSON body with "Content-Type: application/json".`);
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw invalid(
    what,
    parsed.error.issues.map((i) => ({ field: bodyPath(i.path) || 'body', message: i.message })),
  );
}
