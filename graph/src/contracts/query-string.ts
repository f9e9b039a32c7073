/**
 * Query strings into the schemas of the query model: a query string is text, so numbers are
 * read as numbers (an empty or non-numeric value stays text and fails its schema with a 400)
 * and list parameters are comma-separated (`types=ALLIANCE,TRADE`) or repeated. Derived from
 * the JSON schemas, so a GET query and a POST body cannot drift apart.
 */
import { z } from 'zod';

/** `a,b,c` (or a repeated parameter) → a list of `item`s; absent or empty means "no filter". */
export function csv<T extends z.ZodType>(item: T, max = 50) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return parts
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => (/^\d+$/.test(p) && item.safeParse(Number(p)).success ? Number(p) : p));
  }, z.array(item).max(max).optional());
}

const asNumber = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;

interface Wrapper {
  def: { type: string; innerType?: z.ZodType; element?: z.ZodType; checks?: unknown[] };
}

/** The schema under `.optional()` and `.default()`. */
function core(field: z.ZodType): z.ZodType {
  let t = field as unknown as Wrapper;
  while ((t.def.type === 'optional' || t.def.type === 'default') && t.def.innerType) {
    t = t.def.innerType as unknown as Wrapper;
  }
  return t as unknown as z.ZodType;
}

/** An array schema's `.max(n)`, so a list keeps its bound in the query string (50 when it has none). */
function maxLength(array: Wrapper): number {
  for (const check of array.def.checks ?? []) {
    const def = (check as { _zod?: { def?: { check?: string; maximum?: number } } })._zod?.def;
    if (def?.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return 50;
}

function queryField(field: z.ZodType): z.ZodType {
  const inner = core(field) as unknown as Wrapper;
  const described = <T extends z.ZodType>(t: T) => (field.description ? t.describe(field.description) : t);
  if (inner.def.type === 'array' && inner.def.element)
    return described(csv(inner.def.element, maxLength(inner)));
  if (inner.def.type === 'number') return described(z.preprocess(asNumber, field));
  return field;
}

/** The query-string form of an object schema: same fields, same rules, text in. */
export function fromQueryString<S extends z.core.$ZodLooseShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, queryField(field as z.ZodType)]),
  );
  // Unknown parameters are ignored (cache busters, tracking tags), as browsers and proxies add them.
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodType<z.output<S[K]>, unknown> }>;
}

const integer = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** An integer query parameter with its bounds and default. */
export const intParam = (min: number, max: number, fallback: number) =>
  z.preprocess(asNumber, integer(min, max).default(fallback));

/** An integer query parameter with its bounds and no default. */
export const optionalIntParam = (min: number, max: number) =>
  z.preprocess(asNumber, integer(min, max).optional());
