/**
 * The API at scale, in its plans and transactions: what a person types resolves through the
 * :Alias unique index (an index seek, never a scan of the actors, shown by EXPLAIN), the index
 * holds every id, name and alias after a load, and a paths request is one read transaction of
 * one statement.
 */
import { RELATIONSHIP_TYPE_NAMES } from '@briefgraph/graph/domain/vocabulary';
import { actorKeysStatement } from '@briefgraph/graph/queries/actor-keys.cypher';
import { pathStatement } from '@briefgraph/graph/queries/paths.cypher';
import type { Seed } from '@briefgraph/graph/seed/validate-seed';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';

let gateway: Neo4jGateway;
let server: TestServer;
let seeds: Seed[];

beforeAll(async () => {
  gateway = testGateway();
  seeds = await seedBrief();
  await resetDatabase(gateway, seeds);
  server = await startTestServer(gateway);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

const SCANS = ['NodeByLabelScan', 'AllNodesScan'];

describe('alias lookups', () => {
  it('resolve keys by unique-index seeks, never by scanning the actors', async () => {
    const { cypher, params } = actorKeysStatement(['ROK', 'Russia']);
    const operators = await gateway.planOperators({ name: 'test.explain' }, cypher, params);
    expect(operators).toContain('NodeUniqueIndexSeek');
    for (const scan of SCANS) expect(operators).not.toContain(scan);
  });

  it('hold every lower-cased id, name and alias of every actor after a load, each naming its actor', async () => {
    const expected = seeds[0]!.actors.flatMap((a) =>
      [...new Set([a.id, a.name, ...a.aliases].map((k) => k.toLowerCase()))].map((key) => `${key}>${a.id}`),
    );
    const [row] = await gateway.query(
      { name: 'test.aliases' },
      "MATCH (k:Alias) RETURN collect(k.key + '>' + k.actorId) AS keys",
    );
    expect([...((row?.keys ?? []) as string[])].sort()).toEqual([...expected].sort());
  });

  it('resolve what a person types in the API, case-insensitively', async () => {
    const kor = seeds[0]!.actors.find((a) => a.id === 'KOR')!;
    for (const key of [kor.name.toUpperCase(), ...kor.aliases.map((k) => k.toLowerCase()), 'kor']) {
      const { status, body } = await getJson(`${server.baseUrl}/api/actors/${encodeURIComponent(key)}`);
      expect(status, key).toBe(200);
      expect(body.id ?? body.actor?.id, key).toBe('KOR');
    }
  });

  it('serve search prefixes from the alias index too (a range seek)', async () => {
    const operators = await gateway.planOperators(
      { name: 'test.explain-search' },
      'MATCH (k:Alias) WHERE k.key STARTS WITH $text MATCH (a:Actor {id: k.actorId}) RETURN a',
      { text: 'ro' },
    );
    expect(
      operators.some(
        (o) => o.startsWith('NodeUniqueIndexSeekByRange') || o.startsWith('NodeIndexSeekByRange'),
      ),
    ).toBe(true);
    for (const scan of SCANS) expect(operators).not.toContain(scan);
  });
});

describe('a paths request', () => {
  it('resolves its ends inside the path statement by index seeks, scanning no actors', async () => {
    const { cypher, params } = pathStatement(
      { k: 3, maxHops: 4, direction: 'any' },
      RELATIONSHIP_TYPE_NAMES,
      { from: 'ROK', to: 'Russia' },
    );
    const operators = await gateway.planOperators({ name: 'test.explain-paths' }, cypher, params);
    expect(operators).toContain('NodeUniqueIndexSeek');
    for (const scan of SCANS) expect(operators).not.toContain(scan);
  });

  it('is one read transaction and one statement: both ends resolved and the paths found in it', async () => {
    const statements: string[] = [];
    const original = gateway.read.bind(gateway);
    const read = vi.spyOn(gateway, 'read').mockImplementation((options, work) =>
      original(options, (run) =>
        work((cypher, params) => {
          statements.push(cypher);
          return run(cypher, params);
        }),
      ),
    );
    const write = vi.spyOn(gateway, 'write');
    try {
      const { status, body } = await getJson(`${server.baseUrl}/api/paths?from=ROK&to=Russia&k=3`);
      expect(status).toBe(200);
      expect(body.paths.length).toBeGreaterThan(0);
      expect(body.from.id).toBe('KOR');
      expect(read).toHaveBeenCalledTimes(1);
      expect(statements).toHaveLength(1);
      expect(write).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
      write.mockRestore();
    }
  });
});
