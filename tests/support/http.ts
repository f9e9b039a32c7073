/**
 * Serves the real Express app on an ephemeral port for tests, against a test gateway.
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { createApp } from '../../server/src/app.ts';
import { assertConfig, type Config } from '../../server/src/config.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createPlacementKeeper, type PlacementKeeper } from '../../server/src/placement-keeper.ts';
import { createWholeLayoutPool } from '../../server/src/workers/whole-layout-pool.ts';

export interface TestServer {
  baseUrl: string;
  config: Config;
  /** The whole-graph layout keeper the app asks after each load (its worker thread is real). */
  placements: PlacementKeeper;
  close(): Promise<void>;
}

export async function startTestServer(
  gateway: Neo4jGateway,
  env: NodeJS.ProcessEnv = {},
  /** The built client by default; a test may serve a folder of its own. */
  clientDir = fileURLToPath(new URL('../../client/dist', import.meta.url)),
): Promise<TestServer> {
  const config = assertConfig({ AUTO_LOAD: 'false', ...env });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const wholeLayout = createWholeLayoutPool();
  const placements = createPlacementKeeper(gateway, wholeLayout.layout, logger);
  const app = createApp({ config, gateway, logger, clientDir, placements });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ready) => server.once('listening', ready));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    placements,
    close: async () => {
      await new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
      await placements.settled();
      await wholeLayout.close();
    },
  };
}

export async function getJson(url: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the test will say so
  }
  return { status: res.status, body, headers: res.headers };
}
