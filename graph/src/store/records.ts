/**
 * How actors and relationships are projected out of Cypher and turned back into the API
 * records of domain/schemas.ts. Every query uses these, so one node or edge looks the same
 * whichever query found it. Rows are parsed, not cast: a stored record that does not fit the
 * schema is a named server error, never a malformed API answer.
 */
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';
import {
  type Actor,
  ActorIdSchema,
  ActorKindSchema,
  AttributesSchema,
  EvidenceSchema,
  ModalitySchema,
  type Relationship,
  RelationshipTypeSchema,
} from '../domain/schemas.ts';
import { getRelationshipType } from '../domain/vocabulary.ts';

/** Cypher map projection of an :Actor bound to `a` (or another variable). */
export const actorProjection = (v: string) => `${v} {.id, .name, .kind, .aliases, .iso3}`;

/** Cypher map projection of an actor-to-actor relationship bound to `r`. */
export const relationshipProjection = (v: string) =>
  `{id: ${v}.id, source: startNode(${v}).id, target: endNode(${v}).id, type: type(${v}), ` +
  `modality: ${v}.modality, attributesJson: ${v}.attributesJson, evidenceJson: ${v}.evidenceJson, ` +
  `addressee: ${v}.addressee, inferred: ${v}.inferred, negated: ${v}.negated, note: ${v}.note}`;

export class CorruptRecordError extends AppError {
  constructor(what: string, cause: unknown) {
    super('CORRUPT_RECORD', 500, `A stored ${what} does not match its schema.`, { cause });
  }
}

const ActorRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  aliases: z.array(z.string()).nullish(),
  iso3: z.string().nullish(),
});

const jsonText = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx): z.infer<T> => {
    try {
      return schema.parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON of its schema' });
      return z.NEVER;
    }
  });

const RelationshipRowSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: RelationshipTypeSchema,
  modality: ModalitySchema,
  attributesJson: jsonText(AttributesSchema),
  evidenceJson: jsonText(z.array(EvidenceSchema).min(1)),
  addressee: ActorIdSchema.nullish(),
  inferred: z.boolean().nullish(),
  negated: z.boolean().nullish(),
  note: z.string().nullish(),
});

function assertRow<T extends z.ZodType>(schema: T, row: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new CorruptRecordError(what, parsed.error);
  return parsed.data;
}

export function toActor(row: unknown): Actor {
  const r = assertRow(ActorRowSchema, row, 'actor');
  const actor: Actor = { id: r.id, name: r.name, kind: r.kind, aliases: r.aliases ?? [] };
  if (r.iso3) actor.iso3 = r.iso3;
  return actor;
}

export function toRelationship(row: unknown): Relationship {
  const r = assertRow(RelationshipRowSchema, row, 'relationship');
  const definition = getRelationshipType(r.type);
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    directed: definition.directed,
    modality: r.modality,
    quadClass: definition.quadClass,
    attributes: r.attributesJson,
    evidence: r.evidenceJson,
    // Only what is set: a relationship without them reads as before (and as older snapshots hold it).
    ...(r.addressee ? { addressee: r.addressee } : {}),
    ...(r.inferred ? { inferred: true as const } : {}),
    ...(r.negated ? { negated: true as const } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
}
