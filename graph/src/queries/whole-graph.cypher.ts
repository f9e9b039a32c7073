/**
 * Cypher for the whole-graph view: every actor and relationship that passes the filter, or the
 * most connected actors when there are more than `limit`.
 */
import { allowedTypes, modalityList, type RelationshipFilter, typeExpression } from '../domain/filters.ts';
import type { Graph } from '../domain/schemas.ts';
import type { Neo4jGateway } from '../store/neo4j-gateway.ts';
import { actorProjection, relationshipProjection, toActor, toRelationship } from '../store/records.ts';

export async function wholeGraph(
  gateway: Neo4jGateway,
  filter: RelationshipFilter,
  limit: number,
  edgeLimit: number,
): Promise<Graph> {
  const types = allowedTypes(filter);
  const filtered = Boolean(filter.types?.length || filter.modalities?.length || filter.quadClasses?.length);
  const rel = types.length ? typeExpression(types) : '';
  return gateway.read({ name: 'graph.whole' }, async (run) => {
    // With a filter, only actors that keep at least one relationship are shown.
    const nodes = await run(
      `MATCH (a:Actor)
       WITH a, ${types.length ? `COUNT { (a)-[r${rel}]-(:Actor) WHERE r.modality IN $modalities }` : '0'} AS degree
       WHERE NOT $filtered OR degree > 0
       WITH a, degree ORDER BY degree DESC, a.id
       WITH collect(a) AS ranked
       UNWIND ranked[..$limit] AS a
       RETURN ${actorProjection('a')} AS actor, size(ranked) AS total`,
      { modalities: modalityList(filter), filtered, limit },
    );
    const ids = nodes.map((n) => (n.actor as { id: string }).id);
    const edges = types.length
      ? await run(
          `MATCH (a:Actor)-[r${rel}]->(b:Actor)
           WHERE a.id IN $ids AND b.id IN $ids AND r.modality IN $modalities
           RETURN ${relationshipProjection('r')} AS rel ORDER BY r.id LIMIT $edgeLimit`,
          { ids, modalities: modalityList(filter), edgeLimit: edgeLimit + 1 },
        )
      : [];
    const total = Number(nodes[0]?.total ?? 0);
    return {
      nodes: nodes.map((r) => toActor(r.actor)),
      edges: edges.slice(0, edgeLimit).map((r) => toRelationship(r.rel)),
      truncated: total > limit || edges.length > edgeLimit,
    };
  });
}
