import {
  briefCondition,
  briefList,
  modalityList,
  type RelationshipFilter,
  typeExpression,
} from '../domain/filters.ts';
import type { RelationshipTypeName } from '../domain/vocabulary.ts';
import { relationshipProjection } from '../store/records.ts';
import type { Statement } from './statement.ts';

/**
 * Every relationship that passes the filter among the given actors, by id; the second half of
 * a neighbourhood or whole-graph query, after the actors are chosen. `limit` asks for one more
 * than is shown so the caller can tell the answer was cut. `ids` null: among all actors, with
 * no list to test each end against (the whole graph opened whole: testing both ends of 25,000
 * relationships against a list of 10,000 ids cost 12x the match itself).
 */
export function edgesAmongStatement(
  name: string,
  ids: readonly string[] | null,
  types: readonly RelationshipTypeName[],
  filter: Pick<RelationshipFilter, 'modality' | 'briefs'>,
  limit?: number,
): Statement {
  return {
    name,
    cypher: `MATCH (a:Actor)-[r${typeExpression(types)}]->(b:Actor)
       WHERE ${ids === null ? '' : 'a.id IN $ids AND b.id IN $ids AND '}r.modality IN $modalities AND ${briefCondition('r')}
       RETURN ${relationshipProjection('r')} AS rel ORDER BY r.id${limit === undefined ? '' : ' LIMIT $limit'}`,
    params: {
      ...(ids === null ? {} : { ids: [...ids] }),
      modalities: modalityList(filter),
      briefs: briefList(filter),
      ...(limit === undefined ? {} : { limit }),
    },
  };
}
