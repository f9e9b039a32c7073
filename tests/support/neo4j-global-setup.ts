/**
 * Starts one real Neo4j for a test run unless NEO4J_URI points at one, and hands its URI to the
 * test files through vitest's provide/inject. Test files never see each other's data: they run
 * one at a time and each starts from resetDatabase() (tests/support/database.ts).
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type LocalNeo4j, startLocalNeo4j } from '@briefgraph/neo4j-local';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const port = Number(process.env.TEST_NEO4J_BOLT_PORT ?? (project.name === 'e2e' ? 7689 : 7688));
    // One home per port, so two runs on different ports never share (or wipe) a store.
    const home = fileURLToPath(new URL(`../../.neo4j/test-${project.name}-${port}`, import.meta.url));
    await rm(`${home}/data`, { recursive: true, force: true });
    local = await startLocalNeo4j({ home, port, heapMb: 512, pageCacheMb: 64 });
    uri = local.uri;
  }
  project.provide('neo4jUri', uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
}
