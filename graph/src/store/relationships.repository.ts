/**
 * Relationships by id, whole (quotes included): what the explorer asks for when someone reads
 * the evidence of relationships it received without their quotes (GET /api/graph?format=compact).
 * A relationship id is unique per type (loader.ts's constraints), so each type's index is sought
 * once; one read transaction.
 */
import type { Relationship } from '../domain/schemas.ts';
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.ts';
import type { Neo4jGateway } from './neo4j-gateway.ts';
import { relationshipProjection, toRelationship } from './records.ts';

/** The relationships among these ids that exist, in the order of `ids`. */
export async function findRelationships(
  gateway: Neo4jGateway,
  ids: readonly string[],
): Promise<Relationship[]> {
  // One branch per vocabulary type (names from the vocabulary, never from input).
  const branches = RELATIONSHIP_TYPES.map(
    (t) => `MATCH (:Actor)-[r:${t.name}]->(:Actor) WHERE r.id IN $ids RETURN r`,
  ).join(' UNION ALL ');
  const rows = await gateway.query(
    { name: 'relationships.byId' },
    `CALL () { ${branches} } RETURN ${relationshipProjection('r')} AS rel`,
    { ids: [...new Set(ids)] },
  );
  const byId = new Map(rows.map((row) => [String((row.rel as { id: unknown }).id), toRelationship(row.rel)]));
  return ids.flatMap((id) => {
    const rel = byId.get(id);
    if (!rel) return [];
    byId.delete(id);
    return [rel];
  });
}
