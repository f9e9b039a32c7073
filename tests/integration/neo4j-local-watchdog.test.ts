/**
 * A local Neo4j dies with the process that started it even when that process is killed with
 * SIGKILL, which runs no exit handler: the watchdog (neo4j-local/src/watchdog.ts) stops the JVM.
 * Uses a Neo4j of its own, started by a node child process that this test then kills.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const home = join(tmpdir(), `briefgraph-watchdog-${process.pid}`);
const port = Number(process.env.TEST_WATCHDOG_NEO4J_BOLT_PORT ?? 7692);
let starter: ChildProcess | undefined;
let jvmPid: number | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(async () => {
  starter?.kill('SIGKILL');
  if (jvmPid !== undefined && alive(jvmPid)) process.kill(jvmPid, 'SIGKILL');
  await rm(home, { recursive: true, force: true });
});

describe('a local Neo4j whose starter is killed with SIGKILL', () => {
  it('is stopped by its watchdog within seconds', async () => {
    const script = `
      const { startLocalNeo4j } = await import('@briefgraph/neo4j-local');
      const neo4j = await startLocalNeo4j(${JSON.stringify({ home, port, heapMb: 256, pageCacheMb: 32 })});
      console.log(JSON.stringify({ jvm: neo4j.pid }));
      setInterval(() => {}, 60_000);
    `;
    starter = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const started = starter;
    jvmPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      started.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const line = /\{"jvm":(\d+)\}/.exec(out);
        if (line?.[1]) resolve(Number(line[1]));
      });
      started.once('exit', (code) =>
        reject(new Error(`the starter exited (code ${code}) before Neo4j was ready`)),
      );
    });
    expect(alive(jvmPid)).toBe(true);

    started.kill('SIGKILL');
    const killedAt = Date.now();
    while (alive(jvmPid) && Date.now() - killedAt < 15_000) await new Promise((r) => setTimeout(r, 100));
    expect(
      alive(jvmPid),
      `JVM ${jvmPid} still running ${Date.now() - killedAt} ms after its starter was killed`,
    ).toBe(false);
    // Graceful: SIGTERM first, so Neo4j checkpoints; ~1 s here, the grace period is 30 s.
    expect(Date.now() - killedAt).toBeLessThan(10_000);
  }, 120_000);
});
