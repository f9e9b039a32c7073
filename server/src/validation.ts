/**
 * Request parsing shared by the routes: one zod schema per query string, and list parameters
 * written as comma-separated values (`types=ALLIANCE,TRADE`).
 */
import { ValidationError } from '@briefgraph/graph/domain/errors';
import { ModalitySchema, RelationshipTypeSchema } from '@briefgraph/graph/domain/schemas';
import { z } from 'zod';

/** `a,b,c` (or a repeated parameter) → a list of `item`s; empty means "no filter". */
export function csv<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return parts.map((p) => p.trim()).filter((p) => p.length > 0);
  }, z.array(item).max(50).optional());
}

export const RelationshipFilterQuery = z.object({
  types: csv(RelationshipTypeSchema).describe('Relationship types, comma-separated (ALLIANCE,TRADE).'),
  modality: csv(ModalitySchema).describe('Modalities, comma-separated (fact,assessment,recommendation).'),
  quadClass: csv(
    z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
  ).describe(
    'CAMEO quad classes, comma-separated: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.',
  ),
});

export function toFilter(q: z.infer<typeof RelationshipFilterQuery>) {
  return { types: q.types, modalities: q.modality, quadClasses: q.quadClass };
}

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

export const intParam = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);
