/**
 * `npm run load`: validates every seed in SEED_DIR and loads them in one transaction (nothing
 * is loaded if any seed is invalid). Uses NEO4J_URI, or starts the local Neo4j for the load.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SeedValidationError } from '@briefgraph/graph/errors';
import { Neo4jGateway } from '@briefgraph/graph/neo4j-gateway';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import { assertConfig } from '../server/src/config.ts';
import { type LocalNeo4j, startLocalNeo4j } from './neo4j/local-neo4j.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

async function main(): Promise<number> {
  const config = assertConfig(process.env);
  const seeds = await readSeedFolder(resolve(repoRoot, config.SEED_DIR));
  let local: LocalNeo4j | undefined;
  if (!config.NEO4J_URI) {
    local = await startLocalNeo4j({
      home: resolve(repoRoot, config.NEO4J_HOME),
      port: config.NEO4J_BOLT_PORT,
      heapMb: config.NEO4J_HEAP_MB,
      log: console.log,
    });
  }
  const gateway = new Neo4jGateway({
    uri: config.NEO4J_URI ?? local!.uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    transactionTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
  });
  try {
    const started = performance.now();
    const result = await loadSeeds(gateway, seeds);
    console.log(
      `loaded ${result.briefs} brief(s), ${result.actors} actors, ${result.relationships} relationships in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } finally {
    await gateway.close();
    await local?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SeedValidationError ? error.message : error);
    process.exit(1);
  },
);
