/**
 * The request and response schemas of the read routes: the server parses with them, its OpenAPI
 * document is generated from them, and the client takes their types (type-only imports). The
 * graph queries themselves are defined once, in queries/graph-query.ts.
 */
import { z } from 'zod';
import {
  ActorSchema,
  BriefMetadataSchema,
  BriefStatusSchema,
  ModalitySchema,
  QuadClassSchema,
  RelationshipTypeSchema,
} from '../domain/schemas.ts';
import {
  ActorKeySchema,
  NeighborhoodQuerySchema,
  PathQuerySchema,
  WholeGraphQuerySchema,
} from '../queries/graph-query.ts';
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

/** GET /api/graph */
export const GraphQuery = fromQueryString(WholeGraphQuerySchema.omit({ kind: true }));

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
