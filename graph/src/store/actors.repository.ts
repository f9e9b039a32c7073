/**
 * Cypher for the Actor aggregate: listing, lookup by id or alias, search and neighbourhoods.
 */
import { NotFoundError } from '../domain/errors.ts';
import { allowedTypes, modalityList, type RelationshipFilter, typeExpression } from '../domain/filters.ts';
import type { Actor, Graph } from '../domain/schemas.ts';
import type { Neo4jGateway } from './neo4j-gateway.ts';
import { actorProjection, relationshipProjection, toActor, toRelationship } from './records.ts';

export interface ActorPage {
  items: Actor[];
  total: number;
  limit: number;
  offset: number;
}

export async function listActors(gateway: Neo4jGateway, limit: number, offset: number): Promise<ActorPage> {
  const rows = await gateway.read({ name: 'actors.list' }, async (run) => {
    const items = await run(
      `MATCH (a:Actor) RETURN ${actorProjection('a')} AS actor ORDER BY a.name, a.id SKIP $offset LIMIT $limit`,
      { offset, limit },
    );
    const total = await run('MATCH (a:Actor) RETURN count(a) AS total');
    return { items, total: Number(total[0]?.total ?? 0) };
  });
  return { items: rows.items.map((r) => toActor(r.actor)), total: rows.total, limit, offset };
}

/** Resolves an id, name or alias, case-insensitively ("ROK", "dprk", "U.S."). */
export async function findActor(
  gateway: Neo4jGateway,
  key: string,
): Promise<(Actor & { degree: number }) | null> {
  const rows = await gateway.query(
    { name: 'actors.find' },
    `OPTIONAL MATCH (byId:Actor {id: $id})
     CALL (byId) {
       WITH byId WHERE byId IS NULL
       MATCH (a:Actor) WHERE $key IN a.keys RETURN a ORDER BY a.id LIMIT 1
       UNION
       WITH byId WHERE byId IS NOT NULL RETURN byId AS a
     }
     RETURN ${actorProjection('a')} AS actor, COUNT { (a)--(:Actor) } AS degree`,
    { id: key.toUpperCase(), key: key.trim().toLowerCase() },
  );
  const row = rows[0];
  return row ? { ...toActor(row.actor), degree: Number(row.degree) } : null;
}

export async function assertActor(gateway: Neo4jGateway, key: string): Promise<Actor & { degree: number }> {
  const actor = await findActor(gateway, key);
  if (!actor) throw new NotFoundError(`No actor has the id, name or alias "${key}".`, { actor: key });
  return actor;
}

/**
 * Actors within `depth` hops (any direction) through relationships that pass the filter, and
 * every passing relationship among them. Bounded by `limit` nodes, nearest first.
 */
export async function neighborhood(
  gateway: Neo4jGateway,
  actorId: string,
  depth: number,
  filter: RelationshipFilter,
  limit: number,
): Promise<Graph> {
  const types = allowedTypes(filter);
  // depth is an integer validated to 1..3 by the route schema; quantifiers cannot be parameters.
  const hops = Math.trunc(depth);
  const rows = await gateway.read({ name: 'actors.neighborhood' }, async (run) => {
    if (types.length === 0) {
      const center = await run(
        `MATCH (c:Actor {id: $id}) RETURN ${actorProjection('c')} AS actor, 0 AS total`,
        {
          id: actorId,
        },
      );
      return { nodes: center, edges: [], total: 0 };
    }
    const rel = typeExpression(types);
    // The centre comes first; no row at all means there is no such actor.
    const nodes = await run(
      `MATCH (c:Actor {id: $id})
       OPTIONAL MATCH p = SHORTEST 1 (c)(()-[r${rel} WHERE r.modality IN $modalities]-()){1,${hops}}(n:Actor)
       WITH c, n, length(p) AS distance ORDER BY distance
       WITH c, collect(n)[..$limit] AS found, count(n) AS total
       WITH [c] + found AS ns, total
       UNWIND ns AS n
       RETURN ${actorProjection('n')} AS actor, total`,
      { id: actorId, modalities: modalityList(filter), limit: limit - 1 },
    );
    const ids = nodes.map((n) => (n.actor as { id: string }).id);
    const edges = await run(
      `MATCH (a:Actor)-[r${rel}]->(b:Actor)
       WHERE a.id IN $ids AND b.id IN $ids AND r.modality IN $modalities
       RETURN ${relationshipProjection('r')} AS rel ORDER BY r.id`,
      { ids, modalities: modalityList(filter) },
    );
    return { nodes, edges, total: Number(nodes[0]?.total ?? 0) };
  });
  if (rows.nodes.length === 0) throw new NotFoundError(`No actor has the id "${actorId}".`);
  return {
    nodes: rows.nodes.map((r) => toActor(r.actor)),
    edges: rows.edges.map((r) => toRelationship(r.rel)),
    truncated: rows.total > limit - 1,
  };
}

/** Lucene metacharacters; user text is escaped before it becomes a full-text query. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export interface SearchHit {
  actor: Actor;
  score: number;
  matched: string;
}

/**
 * Ranks exact id/name/alias matches first, then prefix matches, then full-text (prefix and
 * fuzzy) hits over names and aliases.
 */
export async function searchActors(gateway: Neo4jGateway, q: string, limit: number): Promise<SearchHit[]> {
  const text = q.trim().toLowerCase();
  const terms = text
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  const lucene = terms.length
    ? terms
        .map((t) => (t.length >= 4 ? `(${t}* OR ${t}~${t.length >= 7 ? 2 : 1})` : `${t}*`))
        .map((t) => `(name:${t}^3 OR aliasText:${t})`)
        .join(' AND ')
    : null;
  const rows = await gateway.query(
    { name: 'actors.search' },
    `CALL (){
       MATCH (a:Actor) WHERE any(k IN a.keys WHERE k STARTS WITH $text)
       RETURN a, CASE WHEN $text IN a.keys THEN 100.0 ELSE 50.0 END AS score
       UNION ALL
       WITH 1 AS one WHERE $lucene IS NOT NULL
       CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
       RETURN node AS a, score
     }
     WITH a, max(score) AS score
     RETURN ${actorProjection('a')} AS actor, score,
            head([k IN [a.name] + a.aliases WHERE toLower(k) STARTS WITH $text] + [a.name]) AS matched
     ORDER BY score DESC, size(a.name), a.name LIMIT $limit`,
    { text, lucene, limit },
  );
  return rows.map((r) => ({ actor: toActor(r.actor), score: Number(r.score), matched: String(r.matched) }));
}
