/**
 * Cypher for path queries: up to k shortest simple paths between two actors with Neo4j's own
 * `SHORTEST k` selector over a quantified path pattern; nothing is enumerated in JavaScript.
 */
import { allowedTypes, modalityList, type RelationshipFilter, typeExpression } from '../domain/filters.ts';
import type { Path } from '../domain/schemas.ts';
import type { Neo4jGateway } from '../store/neo4j-gateway.ts';
import { actorProjection, relationshipProjection, toActor, toRelationship } from '../store/records.ts';

export interface PathQuery extends RelationshipFilter {
  from: string;
  to: string;
  /** 1..10, validated by the route schema. */
  k: number;
  /** 1..6, validated by the route schema. */
  maxHops: number;
  /** `outgoing` follows every relationship along its stored direction. */
  direction: 'any' | 'outgoing';
}

export function pathCypher(
  query: Pick<PathQuery, 'k' | 'maxHops' | 'direction'> & { types: string[] },
): string {
  const rel = typeExpression(query.types as never);
  const right = query.direction === 'outgoing' ? '->' : '-';
  // k and maxHops are validated integers: SHORTEST and quantifier bounds take literals here.
  const k = Math.trunc(query.k);
  const hops = Math.trunc(query.maxHops);
  // Simple paths only: the predicate sits inside the parenthesised path pattern, where Neo4j
  // applies it before SHORTEST selects (a WHERE after the pattern would filter the k shortest
  // walks afterwards and return fewer than k). `x` lists the node reached by each hop.
  return `MATCH p = SHORTEST ${k} (
      (a:Actor {id: $from})(()-[r${rel} WHERE r.modality IN $modalities]${right}(x)){1,${hops}}(b:Actor {id: $to})
      WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
    )
    RETURN [n IN nodes(p) | ${actorProjection('n')}] AS nodes,
           [x IN relationships(p) | ${relationshipProjection('x')}] AS edges,
           length(p) AS length`;
}

const pathKey = (path: Path) => path.edges.map((e) => e.id).join(' ');

export async function findPaths(gateway: Neo4jGateway, query: PathQuery): Promise<Path[]> {
  const types = allowedTypes(query);
  if (types.length === 0 || query.from === query.to) return [];
  const rows = await gateway.query({ name: 'paths.shortest' }, pathCypher({ ...query, types }), {
    from: query.from,
    to: query.to,
    modalities: modalityList(query),
  });
  return (
    rows
      .map((row) => ({
        nodes: (row.nodes as unknown[]).map(toActor),
        edges: (row.edges as unknown[]).map(toRelationship),
        length: Number(row.length),
      }))
      // Shortest first; among equally short paths, a stable order so answers do not flicker.
      .sort((a, b) => a.length - b.length || pathKey(a).localeCompare(pathKey(b)))
  );
}
