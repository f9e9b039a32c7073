// @ts-check
/**
 * The watchdog of one local Neo4j JVM, started by watchdog.ts as a small process of its own:
 *
 *   node watchdog-process.mjs <jvm pid> <home folder> <grace ms>
 *
 * Its stdin is a pipe whose other end only the process that started the JVM holds. The kernel
 * closes that end when that process exits for any reason, kill -9 and the OOM killer included;
 * the watchdog then stops the JVM (SIGTERM, then SIGKILL after the grace period) and exits. When
 * the JVM exits first, its starter kills the watchdog.
 *
 * Plain JavaScript importing only node: modules, so that it runs as it is from the sources and
 * from the server bundle (which copies this file next to itself), without a TypeScript loader.
 */
import { readFileSync } from 'node:fs';

const [pidArgument = '', home = '', graceArgument = ''] = process.argv.slice(2);
const jvm = Number(pidArgument);
const graceMs = Number(graceArgument);
if (!Number.isInteger(jvm) || jvm <= 0 || home === '' || !Number.isFinite(graceMs)) {
  console.error('usage: node watchdog-process.mjs <jvm pid> <home folder> <grace ms>');
  process.exit(2);
}

/** The JVM is still running, and (where /proc shows it) the pid was not reused by another process. */
function jvmRunning() {
  try {
    process.kill(jvm, 0);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${jvm}/stat`, 'utf8');
    if (/\)\s+Z\s/.test(stat)) return false; // a zombie is gone already
    return readFileSync(`/proc/${jvm}/cmdline`, 'utf8').split('\0').includes(`--home-dir=${home}`);
  } catch {
    return process.platform !== 'linux'; // no /proc: trust the pid
  }
}

let stopping = false;
function stopJvm() {
  if (stopping) return;
  stopping = true;
  if (!jvmRunning()) process.exit(0);
  console.log(`watchdog: the process that started Neo4j is gone; stopping Neo4j (pid ${jvm})`);
  process.kill(jvm, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  setInterval(() => {
    if (!jvmRunning()) process.exit(0);
    if (Date.now() > deadline) {
      console.log(`watchdog: Neo4j (pid ${jvm}) did not stop within ${graceMs} ms; killing it`);
      try {
        process.kill(jvm, 'SIGKILL');
      } catch {
        // gone in the meantime
      }
      process.exit(0);
    }
  }, 100);
}

process.stdin.on('data', () => {}); // nothing is ever written; reading is what notices the end
process.stdin.on('end', stopJvm);
process.stdin.on('error', stopJvm);
