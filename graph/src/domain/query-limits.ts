/**
 * The bounds and defaults of every graph query, in one place and free of zod, so the client
 * (URL state, forms) and the schemas in graph-query.ts read the same numbers.
 */
export interface Bound {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

export const QUERY_LIMITS = {
  /** Paths returned, shortest first. */
  k: { min: 1, max: 10, default: 3 },
  /** Longest path, in hops. */
  maxHops: { min: 1, max: 6, default: 4 },
  /** Hops from the centre of a neighbourhood. */
  depth: { min: 1, max: 3, default: 1 },
  /** Most actors in a neighbourhood, nearest first. */
  neighborhoodLimit: { min: 1, max: 2_000, default: 500 },
  /** Most actors in the whole-graph view, most connected first. */
  graphLimit: { min: 1, max: 10_000, default: 500 },
  /** Most relationships in the whole-graph view. */
  edgeLimit: { min: 1, max: 50_000, default: 5_000 },
  /** Longest actor key (id, name or alias) a query accepts. */
  actorKey: { min: 1, max: 200, default: 0 },
} as const satisfies Record<string, Bound>;

export const DIRECTIONS = ['any', 'outgoing'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DEFAULT_DIRECTION: Direction = 'any';
