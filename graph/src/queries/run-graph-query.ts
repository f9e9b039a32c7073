/**
 * Runs a GraphQuery in one read transaction: actor keys are resolved and the query is run in
 * the same transaction, so an answer never mixes two states of the graph and costs one round
 * trip to a transaction. The Cypher lives in the *.cypher.ts modules beside this one.
 */

import type { Placement } from '../contracts/compact-graph.ts';
import { NotFoundError } from '../domain/errors.ts';
import { allowedTypes } from '../domain/filters.ts';
import type { Actor, Graph, Path } from '../domain/schemas.ts';
import type { Neo4jGateway, Row } from '../store/neo4j-gateway.ts';
import { toPlacement } from '../store/placement.repository.ts';
import { toActor, toRelationship } from '../store/records.ts';
import { actorKeysStatement } from './actor-keys.cypher.ts';
import { edgesAmongStatement } from './edges-among.cypher.ts';
import type { GraphQuery, NeighborhoodQuery, PathQuery, WholeGraphQuery } from './graph-query.ts';
import { neighborhoodStatement } from './neighborhood.cypher.ts';
import { pathStatement } from './paths.cypher.ts';
import type { Statement } from './statement.ts';
import { wholeGraphStatement } from './whole-graph.cypher.ts';

export interface PathQueryResult {
  kind: 'path';
  from: Actor;
  to: Actor;
  /** Shortest first; among equally short paths, ordered by their relationship ids. */
  paths: Path[];
}
export interface NeighborhoodQueryResult {
  kind: 'neighborhood';
  center: Actor;
  graph: Graph;
}
export interface WholeGraphQueryResult {
  kind: 'graph';
  graph: Graph;
  /** The stored layout of the actors that have one (placement.repository.ts). */
  placements: Map<string, Placement>;
}
export type GraphQueryResult = PathQueryResult | NeighborhoodQueryResult | WholeGraphQueryResult;
export type GraphQueryResultOf<Q extends GraphQuery> = Extract<GraphQueryResult, { kind: Q['kind'] }>;

type Run = (statement: Statement) => Promise<Row[]>;

/** The actor a key resolved to; a key that names no actor is a 404 naming it. */
function assertFound(key: string, actor: unknown): Actor {
  if (actor === null || actor === undefined) {
    throw new NotFoundError(`No actor has the id, name or alias "${key}".`, { actor: key });
  }
  return toActor(actor);
}

/** The actors for these keys, in order. */
async function assertActors(run: Run, keys: readonly string[]): Promise<Actor[]> {
  const rows = await run(actorKeysStatement(keys));
  const byIndex = new Map(rows.map((row) => [Number(row.index), row.actor]));
  return keys.map((key, i) => assertFound(key, byIndex.get(i)));
}

async function runPath(run: Run, query: PathQuery): Promise<PathQueryResult> {
  const types = allowedTypes(query);
  if (types.length === 0) {
    const [from, to] = (await assertActors(run, [query.from, query.to])) as [Actor, Actor];
    return { kind: 'path', from, to, paths: [] };
  }
  // Both ends resolved and the paths found in one statement (one round trip).
  const [row] = await run(pathStatement(query, types, { from: query.from, to: query.to }));
  const ends = (row?.ends ?? []) as unknown[];
  const [from, to] = [query.from, query.to].map((key, i) => assertFound(key, ends[i])) as [Actor, Actor];
  // In the statement's order: shortest first, ties by relationship ids (paths.cypher.ts).
  const paths = ((row?.paths ?? []) as Row[]).map((p) => ({
    nodes: (p.nodes as unknown[]).map(toActor),
    edges: (p.edges as unknown[]).map(toRelationship),
    length: Number(p.length),
  }));
  return { kind: 'path', from, to, paths };
}

async function runNeighborhood(run: Run, query: NeighborhoodQuery): Promise<NeighborhoodQueryResult> {
  const [center] = (await assertActors(run, [query.actor])) as [Actor];
  const types = allowedTypes(query);
  if (types.length === 0) {
    return { kind: 'neighborhood', center, graph: { nodes: [center], edges: [], truncated: false } };
  }
  const nodes = await run(neighborhoodStatement(query, types, center.id));
  const ids = nodes.map((row) => toActor(row.actor).id);
  const edges = await run(edgesAmongStatement('neighborhood.relationships', ids, types, query));
  return {
    kind: 'neighborhood',
    center,
    graph: {
      nodes: nodes.map((row) => toActor(row.actor)),
      edges: edges.map((row) => toRelationship(row.rel)),
      truncated: Number(nodes[0]?.total ?? 0) > query.limit - 1,
    },
  };
}

async function runWholeGraph(run: Run, query: WholeGraphQuery): Promise<WholeGraphQueryResult> {
  const types = allowedTypes(query);
  const nodes = await run(wholeGraphStatement(query, types));
  const actors = nodes.map((row) => toActor(row.actor));
  const placements = new Map<string, Placement>();
  for (const row of nodes) {
    const placement = toPlacement(row);
    if (placement) placements.set(String((row.actor as { id: unknown }).id), placement);
  }
  const edges = types.length
    ? await run(
        edgesAmongStatement(
          'graph.relationships',
          actors.map((a) => a.id),
          types,
          query,
          query.edgeLimit + 1,
        ),
      )
    : [];
  return {
    kind: 'graph',
    graph: {
      nodes: actors,
      edges: edges.slice(0, query.edgeLimit).map((row) => toRelationship(row.rel)),
      truncated: Number(nodes[0]?.total ?? 0) > query.limit || edges.length > query.edgeLimit,
    },
    placements,
  };
}

export async function runGraphQuery<Q extends GraphQuery>(
  gateway: Neo4jGateway,
  query: Q,
): Promise<GraphQueryResultOf<Q>> {
  const result = await gateway.read<GraphQueryResult>({ name: `query.${query.kind}` }, (tx) => {
    const run: Run = (s) => tx(s.cypher, { ...s.params });
    switch (query.kind) {
      case 'path':
        return runPath(run, query as PathQuery);
      case 'neighborhood':
        return runNeighborhood(run, query as NeighborhoodQuery);
      case 'graph':
        return runWholeGraph(run, query as WholeGraphQuery);
    }
    throw new Error(`unknown query kind ${(query as { kind: string }).kind}`);
  });
  return result as GraphQueryResultOf<Q>;
}
