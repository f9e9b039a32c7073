/**
 * Cypher for the whole-graph view: every actor and relationship that passes the filter, or the
 * most connected actors when there are more than `limit`, each with its stored place in the
 * whole graph's layout; relationships among them follow (edges-among.cypher.ts).
 */
import { briefCondition, briefList, isFiltered, modalityList, typeExpression } from '../domain/filters.ts';
import type { RelationshipTypeName } from '../domain/vocabulary.ts';
import { placementColumns } from '../store/placement.repository.ts';
import { actorProjection } from '../store/records.ts';
import type { WholeGraphQuery } from './graph-query.ts';
import type { Statement } from './statement.ts';

/**
 * With a filter, only actors that keep at least one relationship are shown, ranked by the
 * relationships they keep. Unfiltered, the rank is the store's own degree count: actors hold
 * only the vocabulary's relationships (the loader's, between actors), and counting them one by
 * one with their modality read cost 21x the database hits at 10,000 actors / 100,000
 * relationships (PROFILE: 650,726 vs 30,501; `npm run bench`, "graph (top 500 actors)").
 */
export function wholeGraphStatement(
  query: WholeGraphQuery,
  types: readonly RelationshipTypeName[],
): Statement {
  const filtered = isFiltered(query);
  const degree = !filtered
    ? 'COUNT { (a)--() }'
    : types.length
      ? `COUNT { (a)-[r${typeExpression(types)}]-(:Actor) WHERE r.modality IN $modalities AND r.negated IS NULL AND ${briefCondition('r')} }`
      : '0';
  return {
    name: 'graph.actors',
    cypher: `MATCH (a:Actor)
       WITH a, ${degree} AS degree
       WHERE NOT $filtered OR degree > 0
       WITH a, degree ORDER BY degree DESC, a.id
       WITH collect(a) AS ranked
       UNWIND ranked[..$limit] AS a
       RETURN ${actorProjection('a')} AS actor, size(ranked) AS total, ${placementColumns('a')}`,
    params: { modalities: modalityList(query), briefs: briefList(query), filtered, limit: query.limit },
  };
}
