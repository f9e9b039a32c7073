/**
 * Resolves what a person typed ("ROK", "dprk", "U.S.", "KOR") to actors: by id first, then by
 * any name or alias, case-insensitively. One statement for any number of keys, so a path query
 * resolves both ends in the transaction that runs it. `degree` counts the actor's relationships.
 * Both lookups are unique-index seeks (actor_id, alias_key: the loader keeps a name or alias one
 * actor's across briefs), never a scan of the actors.
 */
import { actorProjection } from '../store/records.ts';
import type { Statement } from './statement.ts';

/**
 * The resolving part, for statements that go on with what it found: one row per key of
 * `$keys` (keyParams), with `key.index` and the actor `a` (null when none has that key).
 */
export const RESOLVE_KEYS = `UNWIND $keys AS key
     OPTIONAL MATCH (byId:Actor {id: key.id})
     CALL (byId, key) {
       WITH byId WHERE byId IS NULL
       OPTIONAL MATCH (k:Alias {key: key.alias})
       OPTIONAL MATCH (a:Actor {id: k.actorId})
       RETURN a
       UNION
       WITH byId WHERE byId IS NOT NULL
       RETURN byId AS a
     }`;

export const keyParams = (keys: readonly string[]) =>
  keys.map((key, index) => ({ index, id: key.trim().toUpperCase(), alias: key.trim().toLowerCase() }));

export function actorKeysStatement(keys: readonly string[]): Statement {
  return {
    name: 'actors.resolve',
    cypher: `${RESOLVE_KEYS}
     RETURN key.index AS index, ${actorProjection('a')} AS actor,
            CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)--(:Actor) } END AS degree`,
    params: { keys: keyParams(keys) },
  };
}
