/** Looking at other processes: alive or not, their argv and parent, from /proc (or ps on macOS). */
import { readFile } from 'node:fs/promises';
import { run, sleep } from './run-command.ts';

/** How long a JVM gets after SIGTERM before it is SIGKILLed. */
export const STOP_GRACE_MS = 30_000;

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** argv of a running process, or null when it is gone or unreadable. */
export async function processArgv(pid: number): Promise<string[] | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    if (/\)\s+Z\s/.test(stat)) return null; // a zombie waiting to be reaped is already gone
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((a) => a !== '');
  } catch {
    if (process.platform === 'linux') return null;
  }
  // No /proc (macOS): ask ps. Splitting on spaces is good enough for the checks made here.
  const r = await run('ps', ['-o', 'command=', '-p', String(pid)]);
  const line = r.code === 0 ? r.output.trim() : '';
  return line === '' ? null : line.split(/\s+/);
}

export async function waitForPidGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid) || (await processArgv(pid)) === null) return true;
    await sleep(200);
  }
  return false;
}

/** Parent pid of a running process, or null when unknown. */
export async function parentPid(pid: number): Promise<number | null> {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ")".
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    if (process.platform === 'linux') return null;
  }
  const r = await run('ps', ['-o', 'ppid=', '-p', String(pid)]);
  const ppid = Number(r.output.trim());
  return r.code === 0 && Number.isInteger(ppid) ? ppid : null;
}
