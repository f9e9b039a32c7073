/**
 * Cypher for the whole-graph view: every actor and relationship that passes the filter, or the
 * most connected actors when there are more than `limit`; relationships among them follow
 * (edges-among.cypher.ts).
 */
import { isFiltered, modalityList, typeExpression } from '../domain/filters.ts';
import type { RelationshipTypeName } from '../domain/vocabulary.ts';
import { actorProjection } from '../store/records.ts';
import type { WholeGraphQuery } from './graph-query.ts';
import type { Statement } from './statement.ts';

/** With a filter, only actors that keep at least one relationship are shown. */
export function wholeGraphStatement(
  query: WholeGraphQuery,
  types: readonly RelationshipTypeName[],
): Statement {
  const degree = types.length
    ? `COUNT { (a)-[r${typeExpression(types)}]-(:Actor) WHERE r.modality IN $modalities }`
    : '0';
  return {
    name: 'graph.actors',
    cypher: `MATCH (a:Actor)
       WITH a, ${degree} AS degree
       WHERE NOT $filtered OR degree > 0
       WITH a, degree ORDER BY degree DESC, a.id
       WITH collect(a) AS ranked
       UNWIND ranked[..$limit] AS a
       RETURN ${actorProjection('a')} AS actor, size(ranked) AS total`,
    params: { modalities: modalityList(query), filtered: isFiltered(query), limit: query.limit },
  };
}
