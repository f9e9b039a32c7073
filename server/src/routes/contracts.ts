/**
 * The request and response schemas of every route: the routes parse with them and the
 * OpenAPI document (openapi.ts) is generated from them.
 */
import { ActorSchema, BriefMetadataSchema } from '@briefgraph/graph/domain/schemas';
import { z } from 'zod';
import { intParam, RelationshipFilterQuery } from '../validation.ts';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    neo4j: z.object({ status: z.enum(['up', 'down']), version: z.string().optional() }),
  })
  .meta({ id: 'Health' });

export const VocabularySchema = z
  .object({
    relationshipTypes: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        inverseLabel: z.string(),
        description: z.string(),
        directed: z.boolean(),
        cameoRoot: z.string().nullable(),
        quadClass: z.number().int().nullable(),
        color: z.string(),
      }),
    ),
    modalities: z.array(z.object({ name: z.string(), description: z.string() })),
    quadClasses: z.array(z.object({ value: z.number().int(), label: z.string() })),
    actorKinds: z.array(z.string()),
  })
  .meta({ id: 'Vocabulary' });

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

export const NeighborhoodQuery = RelationshipFilterQuery.extend({
  depth: intParam(1, 3, 1).describe('Hops from the actor (1..3).'),
  limit: intParam(1, 2_000, 500).describe('Most actors returned, nearest first.'),
});

export const GraphQuery = RelationshipFilterQuery.extend({
  limit: intParam(1, 10_000, 500).describe('Most actors returned, most connected first.'),
  edgeLimit: intParam(1, 50_000, 5_000).describe('Most relationships returned.'),
});

export const PathsQuery = RelationshipFilterQuery.extend({
  from: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    .describe('Actor id, name or alias.'),
  to: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    .describe('Actor id, name or alias.'),
  k: intParam(1, 10, 3).describe('Number of paths (1..10), shortest first.'),
  maxHops: intParam(1, 6, 4).describe('Longest path, in hops (1..6).'),
  direction: z
    .enum(['any', 'outgoing'])
    .default('any')
    .describe('any: relationships in either direction; outgoing: along their direction.'),
});

export const SearchQuery = z.object({
  q: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    .describe('Name or alias, or part of it.'),
  limit: intParam(1, 50, 10).describe('Most results.'),
});
export const SearchResultSchema = z
  .object({ items: z.array(z.object({ actor: ActorSchema, score: z.number(), matched: z.string() })) })
  .meta({ id: 'SearchResult' });

export const BriefListSchema = z.object({ items: z.array(BriefMetadataSchema) }).meta({ id: 'BriefList' });

export const ActorKeyParam = z.string().min(1).max(200);
