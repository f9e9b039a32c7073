import { describe, expect, it } from 'vitest';
import { LocalNeo4jError } from './errors.ts';
import type { LocalNeo4j, LocalNeo4jOptions } from './start-stop.ts';
import { DEFAULT_RESTART_POLICY, restartDelayMs, superviseLocalNeo4j } from './supervise.ts';

/** A stand-in for startLocalNeo4j: instances that crash when told to, starts that fail when told to. */
function fakeNeo4j() {
  let nextPid = 100;
  const instances: Array<LocalNeo4j & { crash(): void; alive: boolean }> = [];
  const failNext: string[] = [];
  const startedAt: number[] = [];
  const start = async (_opts: LocalNeo4jOptions): Promise<LocalNeo4j> => {
    startedAt.push(performance.now());
    const why = failNext.shift();
    if (why) throw new LocalNeo4jError(why);
    let exit: (code: number | null) => void = () => {};
    const exited = new Promise<number | null>((resolve) => {
      exit = resolve;
    });
    const instance = {
      uri: 'bolt://127.0.0.1:7999',
      pid: nextPid++,
      alive: true,
      exited,
      crash() {
        instance.alive = false;
        exit(null);
      },
      async stop() {
        instance.alive = false;
        exit(143);
      },
    };
    instances.push(instance);
    return instance;
  };
  return { start, instances, failNext, startedAt };
}

const until = async (check: () => boolean, ms = 2_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

const fast = { initialDelayMs: 20, maxDelayMs: 80, healthyAfterMs: 300, maxFailures: 4 };

function lines() {
  const seen: Array<[level: string, line: string]> = [];
  return {
    seen,
    log: (line: string) => seen.push(['info', line]),
    warn: (line: string) => seen.push(['warn', line]),
    error: (line: string) => seen.push(['error', line]),
  };
}

describe('restartDelayMs', () => {
  it('doubles from 1 s and stops at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => restartDelayMs(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(DEFAULT_RESTART_POLICY.healthyAfterMs).toBe(60_000);
  });
});

describe('superviseLocalNeo4j', () => {
  it('starts Neo4j again after an unexpected exit, saying so at warn level, with the new pid', async () => {
    const fake = fakeNeo4j();
    const out = lines();
    const neo4j = await superviseLocalNeo4j({
      home: '/h',
      port: 7999,
      start: fake.start,
      restart: fast,
      ...out,
    });
    const first = neo4j.pid;
    fake.instances[0]?.crash();
    await until(() => fake.instances.length === 2);
    expect(neo4j.pid).not.toBe(first);
    expect(neo4j.restarts).toBe(1);
    expect(out.seen).toContainEqual(['warn', expect.stringMatching(/down; restarting it in 0.02 s/)]);
    expect(out.seen).toContainEqual(['warn', expect.stringMatching(/restarted \(pid 101/)]);
    expect(out.seen.filter(([level]) => level === 'info')).toEqual([]);
    await neo4j.stop();
    expect(fake.instances.every((i) => !i.alive)).toBe(true);
    expect(await neo4j.exited).toBe(143);
  });

  it('waits longer after each failure in a row, at error level, and gives up after maxFailures', async () => {
    const fake = fakeNeo4j();
    const out = lines();
    const neo4j = await superviseLocalNeo4j({
      home: '/h',
      port: 7999,
      start: fake.start,
      restart: fast,
      ...out,
    });
    fake.failNext.push('port 7999 is in use', 'port 7999 is in use', 'still in use', 'again');
    fake.instances[0]?.crash();
    expect(await neo4j.exited).toBeNull();
    // One first start, then four attempts 20, 40, 80, 80 ms apart.
    expect(fake.startedAt).toHaveLength(5);
    const gaps = fake.startedAt.slice(1).map((t, i) => t - (fake.startedAt[i] as number));
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    expect(gaps[2]).toBeGreaterThanOrEqual(78);
    expect(gaps[3]).toBeGreaterThanOrEqual(78);
    expect(out.seen).toContainEqual([
      'error',
      'Neo4j on bolt://127.0.0.1:7999 could not be restarted: again',
    ]);
    expect(out.seen.at(-1)).toEqual([
      'error',
      expect.stringMatching(/failed 4 times in a row; not restarting/),
    ]);
    await neo4j.stop(); // nothing left to stop
  });

  it('counts crashes soon after a restart as failures in a row, and forgets them after a healthy period', async () => {
    const fake = fakeNeo4j();
    const out = lines();
    const neo4j = await superviseLocalNeo4j({
      home: '/h',
      port: 7999,
      start: fake.start,
      restart: fast,
      ...out,
    });
    fake.instances[0]?.crash();
    await until(() => fake.instances.length === 2);
    fake.instances[1]?.crash(); // up for a moment only: the second attempt in a row
    await until(() => fake.instances.length === 3);
    expect(
      out.seen.filter(([, l]) => l.includes('restarting it in')).map(([level, l]) => [level, l]),
    ).toEqual([
      ['warn', expect.stringContaining('in 0.02 s (attempt 1 of 4)')],
      ['error', expect.stringContaining('in 0.04 s (attempt 2 of 4)')],
    ]);
    await new Promise((r) => setTimeout(r, fast.healthyAfterMs + 50));
    fake.instances[2]?.crash();
    await until(() => fake.instances.length === 4);
    expect(out.seen.filter(([, l]) => l.includes('restarting it in')).at(-1)).toEqual([
      'warn',
      expect.stringContaining('in 0.02 s (attempt 1 of 4)'),
    ]);
    await neo4j.stop();
  });

  it('never restarts while stopping, even when stop() comes during the wait before a restart', async () => {
    const fake = fakeNeo4j();
    const neo4j = await superviseLocalNeo4j({
      home: '/h',
      port: 7999,
      start: fake.start,
      restart: { ...fast, initialDelayMs: 500 },
    });
    fake.instances[0]?.crash();
    await new Promise((r) => setTimeout(r, 20));
    const t = performance.now();
    await neo4j.stop();
    expect(performance.now() - t).toBeLessThan(200);
    await new Promise((r) => setTimeout(r, 600));
    expect(fake.instances).toHaveLength(1);

    const other = await superviseLocalNeo4j({ home: '/h', port: 7999, start: fake.start, restart: fast });
    await other.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.instances).toHaveLength(2);
    expect(fake.instances[1]?.alive).toBe(false);
  });

  it('stops an instance whose restart was under way when stop() was called', async () => {
    const fake = fakeNeo4j();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let calls = 0;
    const slowStart = async (o: LocalNeo4jOptions) => {
      calls += 1;
      if (calls > 1) await gate;
      return fake.start(o);
    };
    const neo4j = await superviseLocalNeo4j({ home: '/h', port: 7999, start: slowStart, restart: fast });
    fake.instances[0]?.crash();
    await until(() => calls === 2);
    const stopping = neo4j.stop();
    release();
    await stopping;
    expect(fake.instances).toHaveLength(2);
    expect(fake.instances[1]?.alive).toBe(false);
  });

  it('throws when the first start fails, as startLocalNeo4j does', async () => {
    const fake = fakeNeo4j();
    fake.failNext.push('Java 17+ is required');
    await expect(superviseLocalNeo4j({ home: '/h', port: 7999, start: fake.start })).rejects.toThrow(
      /Java 17/,
    );
  });
});
