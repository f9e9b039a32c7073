/**
 * Where the app's Neo4j comes from: NEO4J_URI when set, otherwise the project-managed local
 * Neo4j (neo4j-local/). Shared by `npm start`, `npm run load` and `npm run dev`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { type LocalNeo4j, startLocalNeo4j } from '@briefgraph/neo4j-local';
import type { Config } from './config.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Database {
  uri: string;
  /** The local Neo4j this process started, if any. */
  local: LocalNeo4j | undefined;
  connect(): Neo4jGateway;
}

export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  let local: LocalNeo4j | undefined;
  if (!config.NEO4J_URI) {
    local = await startLocalNeo4j({
      home: resolve(REPO_ROOT, config.NEO4J_HOME),
      port: config.NEO4J_BOLT_PORT,
      heapMb: config.NEO4J_HEAP_MB,
      log,
    });
  }
  const uri = config.NEO4J_URI ?? (local as LocalNeo4j).uri;
  return {
    uri,
    local,
    connect: () =>
      new Neo4jGateway({
        uri,
        username: config.NEO4J_USERNAME,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
        transactionTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
      }),
  };
}
