/**
 * Health follows the database: 200 while Neo4j answers, 503 while it is stopped, and 200 again
 * after it restarts, without restarting the API. Uses a Neo4j of its own, so stopping it does
 * not disturb the other test files.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { type LocalNeo4j, startLocalNeo4j } from '@briefgraph/neo4j-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';

const home = join(tmpdir(), `briefgraph-health-${process.pid}`);
const port = Number(process.env.TEST_HEALTH_NEO4J_BOLT_PORT ?? 7690);
let neo4j: LocalNeo4j | undefined;
let gateway: Neo4jGateway;
let server: TestServer;

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ home, port, heapMb: 256, pageCacheMb: 32 });
  gateway = new Neo4jGateway({ uri: neo4j.uri, transactionTimeoutMs: 5_000 });
  server = await startTestServer(gateway);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
  await neo4j?.stop();
  await rm(home, { recursive: true, force: true });
});

describe('GET /api/health while Neo4j goes down and comes back', () => {
  it('answers 200, then 503 while stopped, then 200 after the restart', async () => {
    const up = await getJson(`${server.baseUrl}/api/health`);
    expect(up.status).toBe(200);
    expect(up.body.neo4j.status).toBe('up');

    await neo4j?.stop();
    const down = await getJson(`${server.baseUrl}/api/health`);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'degraded', neo4j: { status: 'down' } });

    // A data route answers a clear 503 too, never a 500.
    const actors = await getJson(`${server.baseUrl}/api/actors`);
    expect(actors.status).toBe(503);
    expect(actors.body.error.code).toBe('DATABASE_UNAVAILABLE');
    // While it is known to be down, the next ones fail fast: no connection attempt, no driver
    // retries (they waited 3-7 s each before). The bound is loose on purpose; a hold answers in ms.
    expect(gateway.holdingBack).toBe(true);
    const started = performance.now();
    const again = await getJson(`${server.baseUrl}/api/paths?from=KOR&to=RUS`);
    expect(again.status).toBe(503);
    expect(again.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(500);

    neo4j = await startLocalNeo4j({ home, port, heapMb: 256, pageCacheMb: 32 });
    let status = 0;
    for (let i = 0; i < 30 && status !== 200; i++) {
      status = (await getJson(`${server.baseUrl}/api/health`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
  }, 120_000);
});
