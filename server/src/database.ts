/**
 * Where the app's Neo4j comes from: NEO4J_URI when set (nothing is started or supervised; the
 * driver reconnects by itself), otherwise the project-managed local Neo4j (neo4j-local/), kept
 * running by its supervisor: restarted with backoff after a crash. Shared by `npm start`,
 * `npm run load` and `npm run dev`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { type SupervisedNeo4j, superviseLocalNeo4j } from '@briefgraph/neo4j-local';
import type { Config } from './config.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Database {
  uri: string;
  /** The local Neo4j this process started and supervises, if any. */
  local: SupervisedNeo4j | undefined;
  connect(): Neo4jGateway;
}

/** Where the local Neo4j's lines go: progress at info, a crash and a restart at warn, a failed restart at error. */
export interface DatabaseLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export async function openDatabase(
  config: Config,
  log: DatabaseLog | ((line: string) => void),
): Promise<Database> {
  const lines = typeof log === 'function' ? { info: log, warn: log, error: log } : log;
  let local: SupervisedNeo4j | undefined;
  if (!config.NEO4J_URI) {
    local = await superviseLocalNeo4j({
      home: resolve(REPO_ROOT, config.NEO4J_HOME),
      port: config.NEO4J_BOLT_PORT,
      heapMb: config.NEO4J_HEAP_MB,
      log: (line) => lines.info(line),
      warn: (line) => lines.warn(line),
      error: (line) => lines.error(line),
    });
  }
  const uri = config.NEO4J_URI ?? (local as SupervisedNeo4j).uri;
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
