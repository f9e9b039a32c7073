/**
 * Runtime schemas, one per record: the single source of truth for API payloads, seed files and
 * the OpenAPI document (server/src/openapi.ts renders these with z.toJSONSchema).
 */
import { z } from 'zod';
import { ACTOR_KINDS, MODALITIES, RELATIONSHIP_TYPE_NAMES } from './vocabulary.ts';

export const ActorIdSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,63}$/, 'an actor id is upper-snake case (KOR, XI_JINPING)');

export const BriefIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,99}$/, 'a brief id is lower-case kebab (sejong-focus-2023-04-no25)');

export const RelationshipIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,149}$/, 'a relationship id is lower-case kebab (prk-provocation-kor)');

export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPE_NAMES);
export const ModalitySchema = z.enum(MODALITIES);
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const QuadClassSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Attribute values stay flat and plain so they can be shown, exported and stored as-is. */
export const AttributeValueSchema = z.union([
  z.string().max(500),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
]);
export const AttributesSchema = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), AttributeValueSchema);

export const ActorSchema = z
  .object({
    id: ActorIdSchema,
    name: z.string().min(1).max(200),
    kind: ActorKindSchema,
    aliases: z.array(z.string().min(1).max(200)),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
  })
  .meta({ id: 'Actor' });
export type Actor = z.infer<typeof ActorSchema>;

export const EvidenceSchema = z
  .object({
    briefId: BriefIdSchema,
    quote: z.string().min(1),
    /** JavaScript string index into the brief text: text.slice(start, end) === quote. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RelationshipSchema = z
  .object({
    id: RelationshipIdSchema,
    source: ActorIdSchema,
    target: ActorIdSchema,
    type: RelationshipTypeSchema,
    directed: z.boolean(),
    modality: ModalitySchema,
    quadClass: QuadClassSchema.nullable(),
    attributes: AttributesSchema,
    evidence: z.array(EvidenceSchema).min(1),
  })
  .meta({ id: 'Relationship' });
export type Relationship = z.infer<typeof RelationshipSchema>;

export const AuthorSchema = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  affiliation: z.string().optional(),
});

export const BriefMetadataSchema = z
  .object({
    id: BriefIdSchema,
    title: z.string().min(1),
    series: z.string().optional(),
    number: z.string().optional(),
    publisher: z.string().min(1),
    publisherPlace: z.string().optional(),
    authors: z.array(AuthorSchema).min(1),
    publishedOn: z.iso.date(),
    language: z.string().min(2).max(10),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: 'BriefMetadata' });
export type BriefMetadata = z.infer<typeof BriefMetadataSchema>;

export const EvidenceSpanSchema = EvidenceSchema.extend({
  relationshipId: RelationshipIdSchema,
  type: RelationshipTypeSchema,
  modality: ModalitySchema,
}).meta({ id: 'EvidenceSpan' });
export type EvidenceSpan = z.infer<typeof EvidenceSpanSchema>;

export const BriefSchema = BriefMetadataSchema.extend({
  text: z.string(),
  spans: z.array(EvidenceSpanSchema),
}).meta({ id: 'Brief' });
export type Brief = z.infer<typeof BriefSchema>;

export const GraphSchema = z
  .object({
    nodes: z.array(ActorSchema),
    edges: z.array(RelationshipSchema),
    truncated: z.boolean(),
  })
  .meta({ id: 'Graph' });
export type Graph = z.infer<typeof GraphSchema>;

export const PathSchema = z
  .object({
    /** Ordered from `from` to `to`. */
    nodes: z.array(ActorSchema).min(1),
    /** edges[i] joins nodes[i] and nodes[i+1]; its own source/target keep the stored direction. */
    edges: z.array(RelationshipSchema),
    length: z.number().int().nonnegative(),
  })
  .meta({ id: 'Path' });
export type Path = z.infer<typeof PathSchema>;

export const PathsResultSchema = z
  .object({
    from: ActorSchema,
    to: ActorSchema,
    paths: z.array(PathSchema),
  })
  .meta({ id: 'PathsResult' });
export type PathsResult = z.infer<typeof PathsResultSchema>;

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

// ---- Seed annotation files (seeds/*.annotations.json) ----

export const EvidenceInputSchema = z.strictObject({
  quote: z.string().min(1),
  /** 1-based; required when the quote occurs more than once in the brief text. */
  occurrence: z.number().int().positive().optional(),
});

export const RelationshipInputSchema = z.strictObject({
  id: RelationshipIdSchema,
  source: ActorIdSchema,
  target: ActorIdSchema,
  type: RelationshipTypeSchema,
  modality: ModalitySchema,
  attributes: AttributesSchema.default({}),
  evidence: z.array(EvidenceInputSchema).min(1),
  note: z.string().optional(),
});

export const ActorInputSchema = z.strictObject({
  id: ActorIdSchema,
  name: z.string().min(1).max(200),
  kind: ActorKindSchema,
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  aliases: z.array(z.string().min(1).max(200)).default([]),
  note: z.string().optional(),
});

export const AnnotationFileSchema = z.strictObject({
  brief: BriefMetadataSchema.extend({ textFile: z.string().regex(/^[\w.-]+\.txt$/) }).strict(),
  actors: z.array(ActorInputSchema).min(1),
  relationships: z.array(RelationshipInputSchema),
});
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;
