import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { pidAlive } from './processes.ts';
import { watchJvm } from './watchdog.ts';

const WATCHDOG = fileURLToPath(new URL('./watchdog-process.mjs', import.meta.url));
const home = '/tmp/briefgraph-watchdog-test-home';
const started: ChildProcess[] = [];

/** A stand-in for the JVM: a process whose argv names the home folder, as the JVM's does. */
async function fakeJvm(opts: { ignoreSigterm?: boolean; homeDir?: string } = {}): Promise<ChildProcess> {
  const onTerm = opts.ignoreSigterm ? '() => {}' : '() => process.exit(143)';
  const child = spawn(
    process.execPath,
    [
      '-e',
      `process.on('SIGTERM', ${onTerm}); setInterval(() => {}, 1000); console.log('ready')`,
      '--',
      `--home-dir=${opts.homeDir ?? home}`,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  started.push(child);
  await new Promise((ready) => child.stdout?.once('data', ready)); // its SIGTERM handler is set
  return child;
}

function startWatchdog(jvm: ChildProcess, graceMs: number): ChildProcess {
  const child = spawn(process.execPath, [WATCHDOG, String(jvm.pid), home, String(graceMs)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  started.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  for (const child of started.splice(0)) if (alive(child)) child.kill('SIGKILL');
});

describe('watchdog-process.mjs', () => {
  it('stops the JVM with SIGTERM when the pipe from its starter closes', async () => {
    const jvm = await fakeJvm();
    const watchdog = startWatchdog(jvm, 5_000);
    await sleep(300);
    expect(alive(jvm)).toBe(true);
    watchdog.stdin?.end(); // what the kernel does when the starter dies, kill -9 included
    expect(await exited(jvm)).toEqual({ code: 143, signal: null });
    expect((await exited(watchdog)).code).toBe(0);
  });

  it('kills a JVM that does not stop within the grace period', async () => {
    const jvm = await fakeJvm({ ignoreSigterm: true });
    const watchdog = startWatchdog(jvm, 300);
    await sleep(300);
    watchdog.stdin?.end();
    expect(await exited(jvm)).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('leaves alone a process that is not the JVM of this home (a reused pid)', async () => {
    const other = await fakeJvm({ homeDir: '/somewhere/else' });
    const watchdog = startWatchdog(other, 300);
    await sleep(300);
    watchdog.stdin?.end();
    expect((await exited(watchdog)).code).toBe(0);
    await sleep(200);
    expect(alive(other)).toBe(true);
  });
});

describe('watchJvm', () => {
  it('ends the watchdog when disarmed, and the JVM stays as it is', async () => {
    const jvm = await fakeJvm();
    const out = openSync('/dev/null', 'w');
    const watchdog = watchJvm({ jvmPid: jvm.pid as number, home, graceMs: 300, outputFd: out });
    closeSync(out);
    const pid = watchdog.pid as number;
    expect(pidAlive(pid)).toBe(true);
    watchdog.disarm();
    watchdog.disarm();
    for (let i = 0; i < 50 && pidAlive(pid); i++) await sleep(100);
    expect(pidAlive(pid)).toBe(false);
    expect(alive(jvm)).toBe(true);
  });
});
