/**
 * Makes a JVM die with the process that started it, however that process ends: a watchdog
 * process (watchdog-process.mjs) holds the read end of a pipe from this process and stops the
 * JVM when the pipe closes. process.on('exit') cannot do that for kill -9, and the stale-JVM
 * cleanup of the next start (stale-jvm.ts) only runs if there is a next start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

const WATCHDOG = fileURLToPath(new URL('./watchdog-process.mjs', import.meta.url));

export interface Watchdog {
  /** Of the watchdog process; undefined when it could not be started. */
  readonly pid: number | undefined;
  /** The JVM exited or was stopped: the watchdog is no longer needed. Idempotent. */
  disarm(): void;
}

/**
 * Starts the watchdog for a running JVM. Its output goes to `outputFd` (the instance's
 * console.log). It sits in a session of its own (detached), so a Ctrl-C in the terminal does not
 * reach it, and it never keeps this process alive.
 */
export function watchJvm(opts: {
  jvmPid: number;
  home: string;
  graceMs: number;
  outputFd: number;
}): Watchdog {
  const child: ChildProcess = spawn(
    process.execPath,
    [WATCHDOG, String(opts.jvmPid), opts.home, String(opts.graceMs)],
    { stdio: ['pipe', opts.outputFd, opts.outputFd], detached: true },
  );
  child.on('error', () => {}); // no watchdog (spawn failed): the exit handler and the stale-JVM cleanup remain
  child.stdin?.on('error', () => {}); // EPIPE if the watchdog was killed by someone else
  child.unref();
  (child.stdin as Socket | null)?.unref();
  return {
    pid: child.pid,
    disarm: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
