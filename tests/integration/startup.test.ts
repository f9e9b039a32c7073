/**
 * Start-up with seeds that fail validation: the real server (main.ts, as a child process, on the
 * tier's Neo4j through NEO4J_URI) goes on serving the graph loaded before and logs at error
 * level why the seeds were refused; with no graph loaded it does not start, and `npm run load`
 * (scripts/load.ts) refuses them with exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countGraph, resetDatabase, SEEDS_DIR, seedBrief, testGateway } from '../support/database.ts';
import { getJson } from '../support/http.ts';
import { REPO_ROOT, type ServerProcess, spawnServer } from '../support/server-process.ts';

const ANNOTATIONS = 'sejong-focus-2023-04-no25.annotations.json';
let gateway: Neo4jGateway;
let badSeeds: string;
const started: ServerProcess[] = [];

beforeAll(async () => {
  gateway = testGateway();
  // The seed brief with one relationship of a type the vocabulary does not have.
  badSeeds = await mkdtemp(join(tmpdir(), 'briefgraph-bad-seeds-'));
  await cp(SEEDS_DIR, badSeeds, { recursive: true });
  const annotations = JSON.parse(await readFile(join(badSeeds, ANNOTATIONS), 'utf8'));
  annotations.relationships[0].type = 'INVADES_POLITELY';
  await writeFile(join(badSeeds, ANNOTATIONS), JSON.stringify(annotations, null, 2));
});

afterAll(async () => {
  for (const server of started) server.child.kill('SIGKILL');
  await gateway?.close();
  await rm(badSeeds, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await spawnServer({ NEO4J_URI: inject('neo4jUri'), SEED_DIR: badSeeds, ...env });
  started.push(server);
  return server;
}

describe('npm start with seeds that fail validation', () => {
  it('serves the graph loaded before, and logs at error level why the seeds were refused', async () => {
    await resetDatabase(gateway, await seedBrief());
    const before = await countGraph(gateway);
    const server = await start();
    await server.ready;

    expect((await getJson(`${server.baseUrl}/api/health`)).status).toBe(200);
    const paths = await getJson(`${server.baseUrl}/api/paths?from=ROK&to=Russia&k=3`);
    expect(paths.status).toBe(200);
    expect(paths.body.paths.length).toBeGreaterThan(0);
    expect(await countGraph(gateway)).toEqual(before);

    const refusal = server.lines.find((l) => l.level === 50);
    expect(refusal?.msg).toMatch(/^Seeds refused: 1 problem\(s\) in .*; nothing was loaded/);
    expect(refusal?.msg).toContain('relationships[0] (rus-war-ukr).type: Invalid option');
    expect(refusal?.problems).toEqual([expect.stringContaining('(rus-war-ukr).type')]);
    expect(refusal?.serving).toEqual([expect.any(String)]);

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, 60_000);

  it('does not start when there is no graph to serve', async () => {
    await resetDatabase(gateway);
    const server = await start();
    await expect(server.ready).rejects.toThrow(/exited \(code 1\)/);
    expect(server.lines.find((l) => l.level === 60)?.msg).toMatch(
      /Seed validation failed[\s\S]*\(rus-war-ukr\)\.type/,
    );
  }, 60_000);

  it('npm run load refuses them with exit code 1, naming the problem', async () => {
    await resetDatabase(gateway, await seedBrief());
    const load = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/load.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), SEED_DIR: badSeeds },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(load.status).toBe(1);
    expect(load.stderr).toMatch(/Seed validation failed[\s\S]*\(rus-war-ukr\)\.type/);
  }, 60_000);
});
