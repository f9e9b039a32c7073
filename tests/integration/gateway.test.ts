/**
 * The Neo4j gateway against the real server: values come back plain, integers go in as
 * INTEGER, and a query that runs past its timeout becomes a named, clear error.
 */
import { QueryTimeoutError } from '@briefgraph/graph/domain/errors';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGateway } from '../support/database.ts';

let gateway: Neo4jGateway;

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway);
});
afterAll(async () => {
  await gateway?.close();
});

describe('Neo4jGateway', () => {
  it('returns integers and temporals as plain JavaScript values', async () => {
    const [row] = await gateway.query(
      { name: 'test.plain' },
      'RETURN 42 AS n, date("2023-04-03") AS d, [1, 2] AS xs',
    );
    expect(row).toEqual({ n: 42, d: '2023-04-03', xs: [1, 2] });
  });

  it('sends whole numbers as INTEGER so they work where Cypher demands one', async () => {
    const rows = await gateway.query(
      { name: 'test.limit' },
      'UNWIND range(1, 10) AS x RETURN x LIMIT $limit',
      {
        limit: 3,
      },
    );
    expect(rows.map((r) => r.x)).toEqual([1, 2, 3]);
  });

  it('turns a transaction that runs past its timeout into QueryTimeoutError (HTTP 503)', async () => {
    const slow = gateway.read({ name: 'test.slow', timeoutMs: 200 }, (run) =>
      run('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS c'),
    );
    await expect(slow).rejects.toBeInstanceOf(QueryTimeoutError);
    await expect(slow).rejects.toMatchObject({ status: 503, code: 'QUERY_TIMEOUT' });
  });

  it('rolls back a write transaction whose work throws', async () => {
    await expect(
      gateway.write({ name: 'test.rollback' }, async (run) => {
        await run('CREATE (:Scratch {id: 1})');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const [row] = await gateway.query({ name: 'test.count' }, 'MATCH (s:Scratch) RETURN count(s) AS c');
    expect(row?.c).toBe(0);
  });
});
