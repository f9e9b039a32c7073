/**
 * Cypher for path queries: up to k shortest simple paths between two actors with Neo4j's own
 * `SHORTEST k` selector over a quantified path pattern; nothing is enumerated in JavaScript.
 */
import { briefCondition, briefList, modalityList, typeExpression } from '../domain/filters.ts';
import type { RelationshipTypeName } from '../domain/vocabulary.ts';
import { actorProjection, relationshipProjection } from '../store/records.ts';
import type { PathQuery } from './graph-query.ts';
import type { Statement } from './statement.ts';

/** `types` is the non-empty whitelist from allowedTypes(); `from`/`to` are resolved actor ids. */
export function pathStatement(
  query: Pick<PathQuery, 'k' | 'maxHops' | 'direction' | 'modality' | 'briefs'>,
  types: readonly RelationshipTypeName[],
  ids: { from: string; to: string },
): Statement {
  const rel = typeExpression(types);
  const right = query.direction === 'outgoing' ? '->' : '-';
  // k and maxHops are validated integers: SHORTEST and quantifier bounds take literals here.
  const k = Math.trunc(query.k);
  const hops = Math.trunc(query.maxHops);
  const where = `r.modality IN $modalities AND r.negated IS NULL AND ${briefCondition('r')}`;
  // Simple paths only: the predicate sits inside the parenthesised path pattern, where Neo4j
  // applies it before SHORTEST selects (a WHERE after the pattern would filter the k shortest
  // walks afterwards and return fewer than k). `x` lists the node reached by each hop.
  // Among equally long paths SHORTEST k keeps whichever the engine meets first, which follows
  // storage order and changes when the same seeds are loaded again. So take the k shortest
  // *lengths* (GROUPS: every path of each), order by length and relationship ids, keep k.
  // A negative finding (r.negated, seeds/README.md) is no tie: no path walks it.
  // One hop is every direct relationship: a plain pattern (Neo4j 5.26 refuses a {1,1}
  // quantifier inside a parenthesised pattern under SHORTEST k GROUPS).
  const match =
    hops === 1
      ? `MATCH p = (a:Actor {id: $from})-[r${rel} WHERE ${where}]${right}(b:Actor {id: $to})`
      : `MATCH p = SHORTEST ${k} GROUPS (
      (a:Actor {id: $from})(()-[r${rel} WHERE ${where}]${right}(x)){1,${hops}}(b:Actor {id: $to})
      WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
    )`;
  return {
    name: 'paths.shortest',
    cypher: `${match}
    WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT ${k}
    RETURN [n IN nodes(p) | ${actorProjection('n')}] AS nodes,
           [x IN relationships(p) | ${relationshipProjection('x')}] AS edges,
           length(p) AS length`,
    params: { from: ids.from, to: ids.to, modalities: modalityList(query), briefs: briefList(query) },
  };
}
