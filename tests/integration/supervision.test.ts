/**
 * A supervised local Neo4j heals by itself: after kill -9 of its JVM, health answers 503, then
 * 200 again within 30 s with nobody restarting anything; stop() after that leaves no JVM and
 * brings none back. Uses a Neo4j of its own (neo4j-local/src/supervise.ts), as the server does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { type SupervisedNeo4j, superviseLocalNeo4j } from '@briefgraph/neo4j-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';

const home = join(tmpdir(), `briefgraph-supervision-${process.pid}`);
const port = Number(process.env.TEST_SUPERVISION_NEO4J_BOLT_PORT ?? 7695);
const logged: Array<[level: 'info' | 'warn' | 'error', line: string]> = [];
let neo4j: SupervisedNeo4j | undefined;
let gateway: Neo4jGateway;
let server: TestServer;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of running processes whose argv serves this home folder (the JVM's does, and only it). */
function jvmsFor(folder: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (/\)\s+Z\s/.test(readFileSync(`/proc/${entry}/stat`, 'utf8'))) continue;
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.includes(`--home-dir=${folder}`) && !argv.some((a) => a.endsWith('watchdog-process.mjs')))
        pids.push(Number(entry));
    } catch {
      // gone while reading
    }
  }
  return pids;
}

beforeAll(async () => {
  neo4j = await superviseLocalNeo4j({
    home,
    port,
    heapMb: 256,
    pageCacheMb: 32,
    log: (line) => logged.push(['info', line]),
    warn: (line) => logged.push(['warn', line]),
    error: (line) => logged.push(['error', line]),
  });
  gateway = new Neo4jGateway({ uri: neo4j.uri, transactionTimeoutMs: 5_000 });
  server = await startTestServer(gateway);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
  await neo4j?.stop();
  for (const pid of jvmsFor(home)) process.kill(pid, 'SIGKILL');
  await rm(home, { recursive: true, force: true });
});

describe('a supervised local Neo4j whose JVM is killed with SIGKILL', () => {
  it('is restarted: health is 503 at first, then 200 within 30 s, by itself', async () => {
    expect((await getJson(`${server.baseUrl}/api/health`)).status).toBe(200);
    const jvm = neo4j?.pid as number;
    process.kill(jvm, 'SIGKILL');
    const killedAt = performance.now();
    while (alive(jvm) && performance.now() - killedAt < 5_000) await sleep(20);
    expect((await getJson(`${server.baseUrl}/api/health`)).status).toBe(503);

    let status = 503;
    while (status !== 200 && performance.now() - killedAt < 30_000) {
      await sleep(250);
      status = (await getJson(`${server.baseUrl}/api/health`)).status;
    }
    const healedMs = Math.round(performance.now() - killedAt);
    console.log(`health ${status} ${healedMs} ms after kill -9 of the JVM`);
    expect(status, `health still ${status} ${healedMs} ms after the kill`).toBe(200);
    expect(healedMs).toBeLessThan(30_000);
    // Bolt answers a moment before the supervisor's start() has resolved and recorded the new JVM.
    await expect.poll(() => neo4j?.restarts, { timeout: 5_000 }).toBe(1);
    expect(neo4j?.pid).not.toBe(jvm);
    expect(neo4j?.restarts).toBe(1);
    expect(jvmsFor(home)).toEqual([neo4j?.pid]);

    // Data routes answer again once the gateway's one-second hold is over.
    await sleep(1_100);
    expect((await getJson(`${server.baseUrl}/api/actors`)).status).toBe(200);

    // The crash and the restart are warnings, not info lines.
    expect(logged).toContainEqual([
      'warn',
      expect.stringContaining('exited unexpectedly (killed by SIGKILL)'),
    ]);
    expect(logged).toContainEqual([
      'warn',
      expect.stringContaining('is down; restarting it in 1 s (attempt 1'),
    ]);
    expect(logged).toContainEqual(['warn', expect.stringContaining('restarted (pid')]);
    expect(logged.filter(([level, line]) => level === 'info' && /unexpected|restart/.test(line))).toEqual([]);
  }, 60_000);

  it('stop() then leaves no JVM for its home, and none comes back', async () => {
    const pid = neo4j?.pid as number;
    await neo4j?.stop();
    expect(alive(pid)).toBe(false);
    expect(jvmsFor(home)).toEqual([]);
    expect(await neo4j?.exited).not.toBeUndefined();
    await sleep(2_500); // longer than the first restart delay
    expect(jvmsFor(home)).toEqual([]);
    expect((await getJson(`${server.baseUrl}/api/health`)).status).toBe(503);
  }, 60_000);
});
