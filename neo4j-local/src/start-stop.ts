/**
 * Starting and stopping one local Neo4j: the real Community server, run from the jars that
 * jars.ts resolves, with one home folder per instance (conf/, data/, logs/, run/).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ConfigureOptions, checkedPort, neo4jJavaArgs, renderNeo4jConf } from './configure.ts';
import { LocalNeo4jError } from './errors.ts';
import { assertJava, ensureNeo4jJars } from './jars.ts';
import { STOP_GRACE_MS } from './processes.ts';
import { assertPortFree, boltHandshake } from './readiness.ts';
import { lastLines, seconds, sleep } from './run-command.ts';
import { removeRunFiles, removeStaleJvm, runFiles } from './stale-jvm.ts';
import { type Watchdog, watchJvm } from './watchdog.ts';

export interface LocalNeo4jOptions extends ConfigureOptions {
  /** Folder for conf/, data/, logs/, run/ (created if missing); e.g. <repo>/.neo4j/dev */
  home: string;
  /** Progress lines; also receives the console.log tail when the server fails to start. */
  log?: (line: string) => void;
  /** An unexpected exit of a running server and a forced kill, with the console.log tail; default `log`. */
  warn?: (line: string) => void;
  /** Default 90_000 */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Graceful SIGTERM, waits for the JVM to exit, SIGKILL after 30 s; idempotent. */
  stop(): Promise<void>;
  /** Exit code of the JVM (null when it died from a signal). */
  readonly exited: Promise<number | null>;
}

/**
 * Starts the Neo4j Community server for opts.home on 127.0.0.1:opts.port and resolves once Bolt
 * answers a handshake and the server printed "Started.". The JVM runs in its own process group,
 * so a terminal Ctrl-C reaches only the caller, which owns signals and calls stop(). A
 * process.on('exit') net SIGKILLs the JVM if the caller exits without stop(); when the caller
 * dies without running it (kill -9, a fatal signal), a watchdog process stops the JVM
 * (watchdog.ts). Should both fail, the next start for the same home stops the orphan (run/neo4j.pid).
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const warn = opts.warn ?? log;
  const home = path.resolve(opts.home);
  const port = checkedPort(opts.port);
  const conf = renderNeo4jConf(opts);
  const timeoutMs = opts.startTimeoutMs ?? 90_000;
  const uri = `bolt://127.0.0.1:${port}`;

  const java = await assertJava();
  const libDir = await ensureNeo4jJars(undefined, log);

  for (const dir of ['conf', 'data', 'logs', 'run']) await mkdir(path.join(home, dir), { recursive: true });
  const { pidFile, ownerFile } = runFiles(home);
  const consoleLog = path.join(home, 'logs', 'console.log');
  await removeStaleJvm(home, log);
  await assertPortFree(port);
  await writeFile(path.join(home, 'conf', 'neo4j.conf'), conf);
  if (existsSync(consoleLog)) await rename(consoleLog, path.join(home, 'logs', 'console.previous.log'));

  // stdout/stderr go straight to a file (not a pipe): the JVM keeps logging even if this
  // process dies, and there is no pipe to drain.
  const out = openSync(consoleLog, 'w');
  let child: ChildProcess;
  let watchdog: Watchdog | undefined;
  try {
    child = spawn(java, neo4jJavaArgs({ libDir, home, heapMb: opts.heapMb }), {
      cwd: home,
      stdio: ['ignore', out, out],
      detached: true,
    });
    if (child.pid !== undefined) {
      watchdog = watchJvm({ jvmPid: child.pid, home, graceMs: STOP_GRACE_MS, outputFd: out });
    }
  } finally {
    closeSync(out);
  }
  const readTail = () => {
    try {
      return lastLines(readFileSync(consoleLog, 'utf8'), 20);
    } catch {
      return [];
    }
  };

  let exitedNow = false;
  let stopping = false;
  let ready = false;
  const safetyNet = () => {
    if (!exitedNow && child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGKILL');
        watchdog?.disarm();
        removeRunFiles(home);
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', safetyNet);
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', (e) => {
      spawnError = e;
      exitedNow = true;
      process.off('exit', safetyNet);
      watchdog?.disarm();
      resolve(null);
    });
    child.once('exit', (code, signal) => {
      exitedNow = true;
      process.off('exit', safetyNet);
      watchdog?.disarm();
      removeRunFiles(home);
      // Restarting after this is supervise.ts's work: here the caller hears of it through `exited`.
      if (!stopping && ready) {
        const how = signal ? `killed by ${signal}` : `code ${String(code)}`;
        warn(`Neo4j on ${uri} exited unexpectedly (${how}); last lines of ${consoleLog}:`);
        for (const line of readTail()) warn(`  ${line}`);
      }
      resolve(code);
    });
  });

  let stopPromise: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopPromise ??= (async () => {
      stopping = true;
      if (exitedNow || child.pid === undefined) return;
      const t = performance.now();
      child.kill('SIGTERM');
      const killer = setTimeout(() => {
        warn(`Neo4j did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
        child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      await exited;
      clearTimeout(killer);
      if (ready) log(`Neo4j on ${uri} stopped in ${seconds(t)} s`);
    })();
    return stopPromise;
  };

  if (child.pid !== undefined) {
    await writeFile(ownerFile, `${process.pid}\n`);
    await writeFile(pidFile, `${child.pid}\n`);
    if (exitedNow) removeRunFiles(home);
  }

  const fail = async (why: string): Promise<never> => {
    await stop();
    const tail = readTail();
    for (const line of tail) log(`  ${line}`);
    throw new LocalNeo4jError(
      `${why}. See ${consoleLog}; last lines:\n${tail.map((l) => `  ${l}`).join('\n')}`,
    );
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (spawnError) return fail(`Could not run ${java} (${spawnError.message})`);
    if (exitedNow) return fail(`Neo4j exited before it was ready (code ${String(child.exitCode)})`);
    if (Date.now() > deadline) return fail(`Neo4j was not ready on ${uri} within ${timeoutMs / 1000} s`);
    const printedStarted = /\bStarted\.\s*$/m.test(safeRead(consoleLog));
    if (printedStarted && (await boltHandshake(port))) break;
    await Promise.race([sleep(250), exited]);
  }
  ready = true;
  log(`Neo4j ready on ${uri} in ${seconds(started)} s`);
  return { uri, pid: child.pid as number, stop, exited };
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
