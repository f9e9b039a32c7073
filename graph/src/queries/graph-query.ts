/**
 * The one query model: a path, neighbourhood or whole-graph query, with one filter shape and
 * the limits of query-limits.ts. GET /api/paths, /api/actors/:id/neighborhood and /api/graph
 * parse their query strings into it (contracts/query-string.ts), POST /api/snapshots takes it
 * as JSON, and runGraphQuery (run-graph-query.ts) runs it.
 */
import { z } from 'zod';
import {
  BriefIdSchema,
  ModalitySchema,
  QuadClassSchema,
  RelationshipTypeSchema,
} from '../domain/primitives.ts';
import { type Bound, DEFAULT_DIRECTION, DIRECTIONS, QUERY_LIMITS } from '../domain/query-limits.ts';

const int = ({ min, max, default: fallback }: Bound) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

export const ActorKeySchema = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(QUERY_LIMITS.actorKey.max, `must be at most ${QUERY_LIMITS.actorKey.max} characters`);

/**
 * The relationship filter, as lists of what is shown (absent or empty: no filter). The names
 * are the query-string names (`?types=ALLIANCE,TRADE&modality=fact&quadClass=3,4&briefs=a,b`).
 */
export const relationshipFilterFields = {
  types: z.array(RelationshipTypeSchema).max(50).optional().describe('Relationship types (ALLIANCE,TRADE).'),
  modality: z
    .array(ModalitySchema)
    .max(3)
    .optional()
    .describe('Modalities (fact, assessment, recommendation).'),
  quadClass: z
    .array(QuadClassSchema)
    .max(4)
    .optional()
    .describe(
      'CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.',
    ),
  briefs: z
    .array(BriefIdSchema)
    .max(200)
    .optional()
    .describe('Brief ids: only relationships that one of these briefs supports.'),
};
export const RelationshipFilterSchema = z
  .strictObject(relationshipFilterFields)
  .meta({ id: 'RelationshipFilter' });
export type RelationshipFilterInput = z.input<typeof RelationshipFilterSchema>;

export const PathQuerySchema = z
  .strictObject({
    kind: z.literal('path'),
    from: ActorKeySchema.describe('Actor id, name or alias.'),
    to: ActorKeySchema.describe('Actor id, name or alias.'),
    k: int(QUERY_LIMITS.k).describe(`Number of paths (1..${QUERY_LIMITS.k.max}), shortest first.`),
    maxHops: int(QUERY_LIMITS.maxHops).describe(`Longest path, in hops (1..${QUERY_LIMITS.maxHops.max}).`),
    direction: z
      .enum(DIRECTIONS)
      .default(DEFAULT_DIRECTION)
      .describe('any: relationships in either direction; outgoing: along their direction.'),
    ...relationshipFilterFields,
  })
  .meta({ id: 'PathQuery' });

export const NeighborhoodQuerySchema = z
  .strictObject({
    kind: z.literal('neighborhood'),
    actor: ActorKeySchema.describe('Actor id, name or alias.'),
    depth: int(QUERY_LIMITS.depth).describe(`Hops from the actor (1..${QUERY_LIMITS.depth.max}).`),
    limit: int(QUERY_LIMITS.neighborhoodLimit).describe('Most actors returned, nearest first.'),
    ...relationshipFilterFields,
  })
  .meta({ id: 'NeighborhoodQuery' });

export const WholeGraphQuerySchema = z
  .strictObject({
    kind: z.literal('graph'),
    limit: int(QUERY_LIMITS.graphLimit).describe('Most actors returned, most connected first.'),
    edgeLimit: int(QUERY_LIMITS.edgeLimit).describe('Most relationships returned.'),
    ...relationshipFilterFields,
  })
  .meta({ id: 'WholeGraphQuery' });

export const GraphQuerySchema = z
  .discriminatedUnion('kind', [PathQuerySchema, NeighborhoodQuerySchema, WholeGraphQuerySchema])
  .meta({ id: 'GraphQuery' });

/** A parsed query: defaults filled in. */
export type GraphQuery = z.infer<typeof GraphQuerySchema>;
export type PathQuery = z.infer<typeof PathQuerySchema>;
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuerySchema>;
export type WholeGraphQuery = z.infer<typeof WholeGraphQuerySchema>;
/** What a caller may send: defaults may be left out. */
export type GraphQueryInput = z.input<typeof GraphQuerySchema>;
export type GraphQueryKind = GraphQuery['kind'];
export type PathQueryInput = z.input<typeof PathQuerySchema>;
