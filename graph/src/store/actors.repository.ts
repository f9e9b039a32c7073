/**
 * Cypher for the Actor aggregate: listing, lookup by id or alias (queries/actor-keys.cypher.ts),
 * and search. Neighbourhoods are a graph query (queries/).
 */
import { NotFoundError } from '../domain/errors.ts';
import type { Actor } from '../domain/schemas.ts';
import { actorKeysStatement } from '../queries/actor-keys.cypher.ts';
import type { Neo4jGateway } from './neo4j-gateway.ts';
import { actorProjection, toActor } from './records.ts';

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

/** Every actor with its names: what a draft's gazetteer knows besides the base list. */
export async function allActors(gateway: Neo4jGateway): Promise<Actor[]> {
  const rows = await gateway.query(
    { name: 'actors.all' },
    `MATCH (a:Actor) RETURN ${actorProjection('a')} AS actor ORDER BY a.id`,
  );
  return rows.map((r) => toActor(r.actor));
}

/** Resolves an id, name or alias, case-insensitively ("ROK", "dprk", "U.S."). */
export async function findActor(
  gateway: Neo4jGateway,
  key: string,
): Promise<(Actor & { degree: number }) | null> {
  const statement = actorKeysStatement([key]);
  const rows = await gateway.query({ name: statement.name }, statement.cypher, { ...statement.params });
  const row = rows[0];
  return row?.actor ? { ...toActor(row.actor), degree: Number(row.degree) } : null;
}

export async function assertActor(gateway: Neo4jGateway, key: string): Promise<Actor & { degree: number }> {
  const actor = await findActor(gateway, key);
  if (!actor) throw new NotFoundError(`No actor has the id, name or alias "${key}".`, { actor: key });
  return actor;
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
       MATCH (k:Alias) WHERE k.key STARTS WITH $text
       MATCH (a:Actor {id: k.actorId})
       RETURN a, CASE WHEN k.key = $text THEN 100.0 ELSE 50.0 END AS score
       UNION ALL
       WITH 1 AS one WHERE $lucene IS NOT NULL
       CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
       RETURN node AS a, score
     }
     WITH a, max(score) AS score
     RETURN ${actorProjection('a')} AS actor, score,
            head([k IN [a.name] + a.aliases WHERE toLower(k) STARTS WITH $text] + [a.name]) AS matched
     ORDER BY score DESC, CASE a.kind WHEN 'state' THEN 0 ELSE 1 END, size(a.name), a.name LIMIT $limit`,
    { text, lucene, limit },
  );
  return rows.map((r) => ({ actor: toActor(r.actor), score: Number(r.score), matched: String(r.matched) }));
}
