/**
 * Per-file database state for integration and e2e tests.
 */
import { fileURLToPath } from 'node:url';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import type { Seed } from '@briefgraph/graph/seed/validate-seed';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { inject } from 'vitest';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export function testGateway(uri = inject('neo4jUri')): Neo4jGateway {
  // Generous: a wipe after a large fixture, on a busy 2-core machine, can take longer than 10 s.
  return new Neo4jGateway({ uri, transactionTimeoutMs: 60_000 });
}

/** Empties the database (nodes, relationships; the schema stays) and loads `seeds`, if any. */
export async function resetDatabase(gateway: Neo4jGateway, seeds: readonly Seed[] = []): Promise<void> {
  await gateway.write({ name: 'test.wipe' }, (run) => run('MATCH (n) DETACH DELETE n'));
  if (seeds.length > 0) await loadSeeds(gateway, seeds);
}

export async function seedBrief(): Promise<Seed[]> {
  return readSeedFolder(SEEDS_DIR);
}

/** Actors, briefs and snapshots, and the relationships; :Alias nodes are the loader's lookup index. */
export async function countGraph(gateway: Neo4jGateway) {
  const rows = await gateway.query(
    { name: 'test.count' },
    `MATCH (n) WHERE NOT n:Alias WITH count(n) AS nodes
     MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
  );
  return { nodes: Number(rows[0]?.nodes ?? 0), relationships: Number(rows[0]?.relationships ?? 0) };
}

/** Stored snapshots: tests check that a refused request stored none. */
export async function countSnapshots(gateway: Neo4jGateway): Promise<number> {
  const rows = await gateway.query({ name: 'test.snapshots' }, 'MATCH (s:Snapshot) RETURN count(s) AS n');
  return Number(rows[0]?.n ?? 0);
}
