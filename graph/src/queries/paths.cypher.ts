/**
 * Cypher for path queries: up to k shortest simple paths between two actors with Neo4j's own
 * `SHORTEST k` selector over a quantified path pattern; nothing is enumerated in JavaScript.
 */
import { briefCondition, briefList, modalityList, typeExpression } from '../domain/filters.ts';
import type { RelationshipTypeName } from '../domain/vocabulary.ts';
import { actorProjection, relationshipProjection } from '../store/records.ts';
import { keyParams, RESOLVE_KEYS } from './actor-keys.cypher.ts';
import type { PathQuery } from './graph-query.ts';
import type { Statement } from './statement.ts';

/**
 * `types` is the non-empty whitelist from allowedTypes(); `from`/`to` are what the person typed
 * (ids, names or aliases), resolved in the same statement (actor-keys.cypher.ts), so a paths
 * request is one round trip: one row, `ends` (the two actors, null for a key that names none)
 * and `paths` (none when an end is missing or both are the same actor).
 */
export function pathStatement(
  query: Pick<PathQuery, 'k' | 'maxHops' | 'direction' | 'modality' | 'briefs'>,
  types: readonly RelationshipTypeName[],
  keys: { from: string; to: string },
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
      ? `MATCH p = (a)-[r${rel} WHERE ${where}]${right}(b)`
      : `MATCH p = SHORTEST ${k} GROUPS (
      (a)(()-[r${rel} WHERE ${where}]${right}(x)){1,${hops}}(b)
      WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
    )`;
  return {
    name: 'paths.shortest',
    cypher: `${RESOLVE_KEYS}
    WITH collect({index: key.index, a: a}) AS found
    WITH found, [f IN found WHERE f.index = 0 | f.a][0] AS a, [f IN found WHERE f.index = 1 | f.a][0] AS b
    CALL (a, b) {
      WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
      ${match}
      WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT ${k}
      RETURN collect({
        nodes: [n IN nodes(p) | ${actorProjection('n')}],
        edges: [x IN relationships(p) | ${relationshipProjection('x')}],
        length: length(p)
      }) AS paths
    }
    RETURN [e IN [a, b] | CASE WHEN e IS NULL THEN null ELSE ${actorProjection('e')} END] AS ends, paths`,
    params: {
      keys: keyParams([keys.from, keys.to]),
      modalities: modalityList(query),
      briefs: briefList(query),
    },
  };
}
