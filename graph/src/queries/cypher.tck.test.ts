/**
 * The "tck" of the query model, after neo4j/graphql's: for given queries, the exact Cypher and
 * parameters sent to Neo4j, pinned as inline snapshots so that any change to a query shows up
 * as a diff in review. Their behaviour against a real Neo4j is tested in tests/integration.
 */
import { describe, expect, it } from 'vitest';
import { allowedTypes } from '../domain/filters.ts';
import { actorKeysStatement } from './actor-keys.cypher.ts';
import { edgesAmongStatement } from './edges-among.cypher.ts';
import {
  GraphQuerySchema,
  type NeighborhoodQuery,
  type PathQuery,
  type WholeGraphQuery,
} from './graph-query.ts';
import { neighborhoodStatement } from './neighborhood.cypher.ts';
import { pathStatement } from './paths.cypher.ts';
import { wholeGraphStatement } from './whole-graph.cypher.ts';

const parse = <Q>(input: unknown) => GraphQuerySchema.parse(input) as Q;

describe('actor keys', () => {
  it('resolves each key by id (upper case) or alias (lower case), keeping its position', () => {
    expect(actorKeysStatement([' rok ', 'Russia'])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $keys AS key
           OPTIONAL MATCH (byId:Actor {id: key.id})
           CALL (byId, key) {
             WITH byId WHERE byId IS NULL
             OPTIONAL MATCH (k:Alias {key: key.alias})
             OPTIONAL MATCH (a:Actor {id: k.actorId})
             RETURN a
             UNION
             WITH byId WHERE byId IS NOT NULL
             RETURN byId AS a
           }
           RETURN key.index AS index, a {.id, .name, .kind, .aliases, .iso3} AS actor,
                  CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)--(:Actor) } END AS degree",
        "name": "actors.resolve",
        "params": {
          "keys": [
            {
              "alias": "rok",
              "id": "ROK",
              "index": 0,
            },
            {
              "alias": "russia",
              "id": "RUSSIA",
              "index": 1,
            },
          ],
        },
      }
    `);
  });
});

describe('paths', () => {
  it('with defaults: 3 shortest simple paths of up to 4 hops in any direction, every type', () => {
    const query = parse<PathQuery>({ kind: 'path', from: 'KOR', to: 'RUS' });
    expect(pathStatement(query, allowedTypes(query), { from: 'KOR', to: 'RUS' })).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $keys AS key
           OPTIONAL MATCH (byId:Actor {id: key.id})
           CALL (byId, key) {
             WITH byId WHERE byId IS NULL
             OPTIONAL MATCH (k:Alias {key: key.alias})
             OPTIONAL MATCH (a:Actor {id: k.actorId})
             RETURN a
             UNION
             WITH byId WHERE byId IS NOT NULL
             RETURN byId AS a
           }
          WITH collect({index: key.index, a: a}) AS found
          WITH found, [f IN found WHERE f.index = 0 | f.a][0] AS a, [f IN found WHERE f.index = 1 | f.a][0] AS b
          CALL (a, b) {
            WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
            MATCH p = SHORTEST 3 GROUPS (
            (a)(()-[r:ALLIANCE|SECURITY_COOPERATION|PARTNERSHIP|TRADE|SUPPORT|ECONOMIC_INTEREST|DIPLOMACY|PARTICIPATION|DEPLOYMENT|DETERRENCE|OPPOSITION|CRITICISM|NEGLECT|PROVOCATION|WAR|LEADERSHIP WHERE r.modality IN $modalities AND r.negated IS NULL AND ($briefs IS NULL OR any(briefId IN r.briefIds WHERE briefId IN $briefs))]-(x)){1,4}(b)
            WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
          )
            WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT 3
            RETURN collect({
              nodes: [n IN nodes(p) | n {.id, .name, .kind, .aliases, .iso3}],
              edges: [x IN relationships(p) | {id: x.id, source: startNode(x).id, target: endNode(x).id, type: type(x), modality: x.modality, attributesJson: x.attributesJson, evidenceJson: x.evidenceJson, addressee: x.addressee, inferred: x.inferred, negated: x.negated, note: x.note}],
              length: length(p)
            }) AS paths
          }
          RETURN [e IN [a, b] | CASE WHEN e IS NULL THEN null ELSE e {.id, .name, .kind, .aliases, .iso3} END] AS ends, paths",
        "name": "paths.shortest",
        "params": {
          "briefs": null,
          "keys": [
            {
              "alias": "kor",
              "id": "KOR",
              "index": 0,
            },
            {
              "alias": "rus",
              "id": "RUS",
              "index": 1,
            },
          ],
          "modalities": [
            "fact",
            "assessment",
            "recommendation",
          ],
        },
      }
    `);
  });

  it('outgoing, conflict only, recommendations only: types narrowed by quad class, modality as a parameter', () => {
    const query = parse<PathQuery>({
      kind: 'path',
      from: 'PRK',
      to: 'USA',
      k: 1,
      maxHops: 2,
      direction: 'outgoing',
      quadClass: [4],
      modality: ['recommendation'],
    });
    expect(pathStatement(query, allowedTypes(query), { from: 'PRK', to: 'USA' })).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $keys AS key
           OPTIONAL MATCH (byId:Actor {id: key.id})
           CALL (byId, key) {
             WITH byId WHERE byId IS NULL
             OPTIONAL MATCH (k:Alias {key: key.alias})
             OPTIONAL MATCH (a:Actor {id: k.actorId})
             RETURN a
             UNION
             WITH byId WHERE byId IS NOT NULL
             RETURN byId AS a
           }
          WITH collect({index: key.index, a: a}) AS found
          WITH found, [f IN found WHERE f.index = 0 | f.a][0] AS a, [f IN found WHERE f.index = 1 | f.a][0] AS b
          CALL (a, b) {
            WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
            MATCH p = SHORTEST 1 GROUPS (
            (a)(()-[r:DETERRENCE|NEGLECT|PROVOCATION|WAR WHERE r.modality IN $modalities AND r.negated IS NULL AND ($briefs IS NULL OR any(briefId IN r.briefIds WHERE briefId IN $briefs))]->(x)){1,2}(b)
            WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
          )
            WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT 1
            RETURN collect({
              nodes: [n IN nodes(p) | n {.id, .name, .kind, .aliases, .iso3}],
              edges: [x IN relationships(p) | {id: x.id, source: startNode(x).id, target: endNode(x).id, type: type(x), modality: x.modality, attributesJson: x.attributesJson, evidenceJson: x.evidenceJson, addressee: x.addressee, inferred: x.inferred, negated: x.negated, note: x.note}],
              length: length(p)
            }) AS paths
          }
          RETURN [e IN [a, b] | CASE WHEN e IS NULL THEN null ELSE e {.id, .name, .kind, .aliases, .iso3} END] AS ends, paths",
        "name": "paths.shortest",
        "params": {
          "briefs": null,
          "keys": [
            {
              "alias": "prk",
              "id": "PRK",
              "index": 0,
            },
            {
              "alias": "usa",
              "id": "USA",
              "index": 1,
            },
          ],
          "modalities": [
            "recommendation",
          ],
        },
      }
    `);
  });
});

describe('one-hop paths', () => {
  it('are the direct relationships, without a path selector', () => {
    const query = parse<PathQuery>({ kind: 'path', from: 'KOR', to: 'USA', maxHops: 1, k: 2 });
    expect(pathStatement(query, ['ALLIANCE'], { from: 'KOR', to: 'USA' }).cypher).toMatchInlineSnapshot(`
      "UNWIND $keys AS key
           OPTIONAL MATCH (byId:Actor {id: key.id})
           CALL (byId, key) {
             WITH byId WHERE byId IS NULL
             OPTIONAL MATCH (k:Alias {key: key.alias})
             OPTIONAL MATCH (a:Actor {id: k.actorId})
             RETURN a
             UNION
             WITH byId WHERE byId IS NOT NULL
             RETURN byId AS a
           }
          WITH collect({index: key.index, a: a}) AS found
          WITH found, [f IN found WHERE f.index = 0 | f.a][0] AS a, [f IN found WHERE f.index = 1 | f.a][0] AS b
          CALL (a, b) {
            WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
            MATCH p = (a)-[r:ALLIANCE WHERE r.modality IN $modalities AND r.negated IS NULL AND ($briefs IS NULL OR any(briefId IN r.briefIds WHERE briefId IN $briefs))]-(b)
            WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT 2
            RETURN collect({
              nodes: [n IN nodes(p) | n {.id, .name, .kind, .aliases, .iso3}],
              edges: [x IN relationships(p) | {id: x.id, source: startNode(x).id, target: endNode(x).id, type: type(x), modality: x.modality, attributesJson: x.attributesJson, evidenceJson: x.evidenceJson, addressee: x.addressee, inferred: x.inferred, negated: x.negated, note: x.note}],
              length: length(p)
            }) AS paths
          }
          RETURN [e IN [a, b] | CASE WHEN e IS NULL THEN null ELSE e {.id, .name, .kind, .aliases, .iso3} END] AS ends, paths"
    `);
  });
});

describe('neighborhood', () => {
  it('depth 2 through alliances and trade: the quantifier bound is the depth, the limit leaves room for the centre', () => {
    const query = parse<NeighborhoodQuery>({
      kind: 'neighborhood',
      actor: 'KOR',
      depth: 2,
      limit: 50,
      types: ['ALLIANCE', 'TRADE'],
    });
    expect(neighborhoodStatement(query, allowedTypes(query), 'KOR')).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (c:Actor {id: $id})
             OPTIONAL MATCH p = SHORTEST 1 (c)(()-[r:ALLIANCE|TRADE WHERE r.modality IN $modalities AND r.negated IS NULL AND ($briefs IS NULL OR any(briefId IN r.briefIds WHERE briefId IN $briefs))]-()){1,2}(n:Actor)
             WITH c, n, length(p) AS distance ORDER BY distance, n.id
             WITH c, collect(n)[..$limit] AS found, count(n) AS total
             UNWIND [c] + found AS n
             RETURN n {.id, .name, .kind, .aliases, .iso3} AS actor, total",
        "name": "neighborhood.actors",
        "params": {
          "briefs": null,
          "id": "KOR",
          "limit": 49,
          "modalities": [
            "fact",
            "assessment",
            "recommendation",
          ],
        },
      }
    `);
  });
});

describe('whole graph', () => {
  it('unfiltered: every actor ranked by degree', () => {
    const query = parse<WholeGraphQuery>({ kind: 'graph' });
    expect(wholeGraphStatement(query, allowedTypes(query))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Actor)
             WITH a, COUNT { (a)--() } AS degree
             WHERE NOT $filtered OR degree > 0
             WITH a, degree ORDER BY degree DESC, a.id
             WITH collect(a) AS ranked
             UNWIND ranked[..$limit] AS a
             RETURN a {.id, .name, .kind, .aliases, .iso3} AS actor, size(ranked) AS total, a.layoutX AS layoutX, a.layoutY AS layoutY, a.community AS community",
        "name": "graph.actors",
        "params": {
          "briefs": null,
          "filtered": false,
          "limit": 500,
          "modalities": [
            "fact",
            "assessment",
            "recommendation",
          ],
        },
      }
    `);
  });

  it('filtered to facts: only actors that keep a relationship', () => {
    const query = parse<WholeGraphQuery>({ kind: 'graph', limit: 10, modality: ['fact'] });
    expect(wholeGraphStatement(query, allowedTypes(query))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Actor)
             WITH a, COUNT { (a)-[r:ALLIANCE|SECURITY_COOPERATION|PARTNERSHIP|TRADE|SUPPORT|ECONOMIC_INTEREST|DIPLOMACY|PARTICIPATION|DEPLOYMENT|DETERRENCE|OPPOSITION|CRITICISM|NEGLECT|PROVOCATION|WAR|LEADERSHIP]-(:Actor) WHERE r.modality IN $modalities AND r.negated IS NULL AND ($briefs IS NULL OR any(briefId IN r.briefIds WHERE briefId IN $briefs)) } AS degree
             WHERE NOT $filtered OR degree > 0
             WITH a, degree ORDER BY degree DESC, a.id
             WITH collect(a) AS ranked
             UNWIND ranked[..$limit] AS a
             RETURN a {.id, .name, .kind, .aliases, .iso3} AS actor, size(ranked) AS total, a.layoutX AS layoutX, a.layoutY AS layoutY, a.community AS community",
        "name": "graph.actors",
        "params": {
          "briefs": null,
          "filtered": true,
          "limit": 10,
          "modalities": [
            "fact",
          ],
        },
      }
    `);
  });
});

describe('relationships among chosen actors', () => {
  it('asks for one more than the limit, so the caller can tell the answer was cut', () => {
    expect(
      edgesAmongStatement('graph.relationships', ['KOR', 'USA'], ['ALLIANCE'], {}, 6),
    ).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Actor)-[r:ALLIANCE]->(b:Actor)
             WHERE a.id IN $ids AND b.id IN $ids AND r.modality IN $modalities AND ($briefs IS NULL OR any(briefId IN r.briefIds WHERE briefId IN $briefs))
             RETURN {id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), modality: r.modality, attributesJson: r.attributesJson, evidenceJson: r.evidenceJson, addressee: r.addressee, inferred: r.inferred, negated: r.negated, note: r.note} AS rel ORDER BY r.id LIMIT $limit",
        "name": "graph.relationships",
        "params": {
          "briefs": null,
          "ids": [
            "KOR",
            "USA",
          ],
          "limit": 6,
          "modalities": [
            "fact",
            "assessment",
            "recommendation",
          ],
        },
      }
    `);
  });

  it('has no LIMIT for a neighbourhood', () => {
    expect(
      edgesAmongStatement('neighborhood.relationships', ['KOR'], ['TRADE'], { modality: ['fact'] }).cypher,
    ).not.toContain('LIMIT');
  });
});

describe('the brief filter', () => {
  const briefs = ['brief-one', 'brief-two'];

  it('passes a relationship when any of its briefs is listed, as $briefs in every query', () => {
    const path = pathStatement(
      parse<PathQuery>({ kind: 'path', from: 'KOR', to: 'RUS', briefs }),
      allowedTypes({}),
      { from: 'KOR', to: 'RUS' },
    );
    const neighborhood = neighborhoodStatement(
      parse<NeighborhoodQuery>({ kind: 'neighborhood', actor: 'KOR', briefs }),
      allowedTypes({}),
      'KOR',
    );
    const graph = wholeGraphStatement(parse<WholeGraphQuery>({ kind: 'graph', briefs }), allowedTypes({}));
    const edges = edgesAmongStatement('graph.relationships', ['KOR'], ['TRADE'], { briefs });
    for (const statement of [path, neighborhood, graph, edges]) {
      expect(statement.cypher).toContain(
        '($briefs IS NULL OR any(briefId IN r.briefIds WHERE briefId IN $briefs))',
      );
      expect(statement.params.briefs).toEqual(briefs);
    }
    // A brief filter is a filter: actors that keep no relationship are left out.
    expect(graph.params.filtered).toBe(true);
  });

  it('sends null, not an empty list, when no brief is chosen', () => {
    const graph = wholeGraphStatement(
      parse<WholeGraphQuery>({ kind: 'graph', briefs: [] }),
      allowedTypes({}),
    );
    expect(graph.params.briefs).toBeNull();
    expect(graph.params.filtered).toBe(false);
  });
});
