/**
 * The request and response schemas of the read routes: the server parses with them, its OpenAPI
 * document is generated from them, and the client takes their types (type-only imports). The
 * graph queries themselves are defined once, in queries/graph-query.ts.
 */
import { z } from 'zod';
import {
  ActorIdSchema,
  ActorKindSchema,
  ActorSchema,
  AttributesSchema,
  BriefIdSchema,
  BriefMetadataSchema,
  BriefStatusSchema,
  ModalitySchema,
  QuadClassSchema,
  RelationshipIdSchema,
  RelationshipSchema,
  RelationshipTypeSchema,
} from '../domain/schemas.ts';
import {
  ActorKeySchema,
  NeighborhoodQuerySchema,
  PathQuerySchema,
  WholeGraphQuerySchema,
} from '../queries/graph-query.ts';
import { COMPACT_GRAPH_FORMAT } from './compact-graph.ts';
import { fromQueryString, intParam } from './query-string.ts';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    neo4j: z.object({ status: z.enum(['up', 'down']), version: z.string().optional() }),
  })
  .meta({ id: 'Health' });
export type HealthStatus = z.infer<typeof HealthSchema>;

export const VocabularySchema = z
  .object({
    relationshipTypes: z.array(
      z.object({
        name: RelationshipTypeSchema,
        label: z.string(),
        baseLabel: z.string(),
        inverseLabel: z.string(),
        description: z.string(),
        directed: z.boolean(),
        cameoRoot: z.string().nullable(),
        quadClass: QuadClassSchema.nullable(),
        color: z.string(),
      }),
    ),
    modalities: z.array(z.object({ name: ModalitySchema, description: z.string() })),
    quadClasses: z.array(z.object({ value: QuadClassSchema, label: z.string() })),
    actorKinds: z.array(z.string()),
  })
  .meta({ id: 'Vocabulary' });
export type Vocabulary = z.infer<typeof VocabularySchema>;

export const ActorListQuery = z.object({
  limit: intParam(1, 500, 100).describe('Page size (1..500).'),
  offset: intParam(0, 10_000_000, 0).describe('Items to skip.'),
});
export const ActorPageSchema = z
  .object({
    items: z.array(ActorSchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'ActorPage' });
export const ActorDetailSchema = ActorSchema.extend({ degree: z.number().int() }).meta({ id: 'ActorDetail' });
export type ActorDetail = z.infer<typeof ActorDetailSchema>;

/** GET /api/actors/:id/neighborhood: the neighbourhood query but its actor (the path parameter). */
export const NeighborhoodQuery = fromQueryString(NeighborhoodQuerySchema.omit({ kind: true, actor: true }));

/** GET /api/graph: the whole-graph query, and the answer's shape. */
export const GraphQuery = fromQueryString(WholeGraphQuerySchema.omit({ kind: true })).extend({
  format: z
    .enum(['full', 'compact'])
    .default('full')
    .describe(
      "full: a Graph of records; compact: columns, with each actor's stored layout and the evidence without its quotes (GET /api/relationships gives them).",
    ),
});

const nullable = <T extends z.ZodType>(t: T) => z.array(t.nullable());
/** GET /api/graph?format=compact (contracts/compact-graph.ts encodes and decodes it). */
export const CompactGraphSchema = z
  .object({
    format: z.literal(COMPACT_GRAPH_FORMAT),
    truncated: z.boolean(),
    briefs: z.array(BriefIdSchema),
    actors: z.object({
      id: z.array(ActorIdSchema),
      name: z.array(z.string()),
      kind: z.array(ActorKindSchema),
      aliases: z.array(z.array(z.string())),
      iso3: nullable(z.string()),
      x: nullable(z.number()),
      y: nullable(z.number()),
      community: nullable(z.number().int().nonnegative()),
    }),
    relationships: z.object({
      id: z.array(RelationshipIdSchema),
      source: z.array(z.number().int().nonnegative()),
      target: z.array(z.number().int().nonnegative()),
      type: z.array(RelationshipTypeSchema),
      modality: z.array(ModalitySchema),
      attributes: nullable(AttributesSchema),
      addressee: nullable(z.number().int().nonnegative()),
      flags: z.array(z.number().int().min(0).max(3)),
      note: nullable(z.string()),
      evidence: z.array(z.array(z.number().int().nonnegative())),
    }),
  })
  .meta({ id: 'CompactGraph' });

/** GET /api/relationships */
export const RELATIONSHIP_IDS_MAX = 500;
export const RelationshipsQuery = z.object({
  ids: z
    .preprocess(
      (value) =>
        (Array.isArray(value) ? value : value === undefined ? [] : [value])
          .flatMap((v) => String(v).split(','))
          .map((id) => id.trim())
          .filter((id) => id.length > 0),
      z
        .array(RelationshipIdSchema)
        .min(1, 'is required: relationship ids, comma-separated')
        .max(RELATIONSHIP_IDS_MAX, `must list at most ${RELATIONSHIP_IDS_MAX} ids`),
    )
    .describe(`Relationship ids, comma-separated (1..${RELATIONSHIP_IDS_MAX}).`),
});
export const RelationshipListSchema = z
  .object({ items: z.array(RelationshipSchema) })
  .meta({ id: 'RelationshipList' });

/** GET /api/paths */
export const PathsQuery = fromQueryString(PathQuerySchema.omit({ kind: true }));

export const SearchQuery = z.object({
  q: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    .describe('Name or alias, or part of it.'),
  limit: intParam(1, 50, 10).describe('Most results.'),
});
export const SearchHitSchema = z.object({ actor: ActorSchema, score: z.number(), matched: z.string() });
export type SearchHit = z.infer<typeof SearchHitSchema>;
export const SearchResultSchema = z.object({ items: z.array(SearchHitSchema) }).meta({ id: 'SearchResult' });

export const BriefListItemSchema = BriefMetadataSchema.extend(BriefStatusSchema.shape).meta({
  id: 'BriefListItem',
});
export type BriefListItem = z.infer<typeof BriefListItemSchema>;
export const BriefListSchema = z.object({ items: z.array(BriefListItemSchema) }).meta({ id: 'BriefList' });

export const ActorKeyParam = ActorKeySchema;
