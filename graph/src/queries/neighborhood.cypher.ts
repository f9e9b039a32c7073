/**
 * Cypher for neighbourhoods: the actors within `depth` hops (any direction) through
 * relationships that pass the filter, nearest first, then every passing relationship among
 * them (edges-among.cypher.ts). A negative finding reaches no one (it is no tie); among the
 * actors found it is returned, to be drawn as what it is.
 */
import { briefCondition, briefList, modalityList, typeExpression } from '../domain/filters.ts';
import type { RelationshipTypeName } from '../domain/vocabulary.ts';
import { actorProjection } from '../store/records.ts';
import type { NeighborhoodQuery } from './graph-query.ts';
import type { Statement } from './statement.ts';

/** The centre comes first; `total` counts the actors found before the limit. */
export function neighborhoodStatement(
  query: Pick<NeighborhoodQuery, 'depth' | 'limit' | 'modality' | 'briefs'>,
  types: readonly RelationshipTypeName[],
  centerId: string,
): Statement {
  // depth is a validated integer (1..3); quantifier bounds cannot be parameters.
  const hops = Math.trunc(query.depth);
  return {
    name: 'neighborhood.actors',
    cypher: `MATCH (c:Actor {id: $id})
       OPTIONAL MATCH p = SHORTEST 1 (c)(()-[r${typeExpression(types)} WHERE r.modality IN $modalities AND r.negated IS NULL AND ${briefCondition('r')}]-()){1,${hops}}(n:Actor)
       WITH c, n, length(p) AS distance ORDER BY distance, n.id
       WITH c, collect(n)[..$limit] AS found, count(n) AS total
       UNWIND [c] + found AS n
       RETURN ${actorProjection('n')} AS actor, total`,
    params: {
      id: centerId,
      modalities: modalityList(query),
      briefs: briefList(query),
      limit: query.limit - 1,
    },
  };
}
