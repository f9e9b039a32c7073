/**
 * The run files of a home folder, and what to do with a JVM they name that is still running:
 * <home>/run/neo4j.pid holds the JVM pid (written by us at spawn, and again by Neo4j itself, which
 * uses the same file name in server.directories.run); <home>/run/neo4j-owner.pid holds the pid of
 * the process that started it.
 */
import { rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { parentPid, pidAlive, processArgv, STOP_GRACE_MS, waitForPidGone } from './processes.ts';
import { seconds } from './run-command.ts';

export function runFiles(home: string): { pidFile: string; ownerFile: string } {
  return {
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    ownerFile: path.join(home, 'run', 'neo4j-owner.pid'),
  };
}

/** Synchronous, so it also works from a process.on('exit') handler. */
export function removeRunFiles(home: string): void {
  for (const file of Object.values(runFiles(home))) rmSync(file, { force: true });
}

/** Whether a process command line (argv) is a java process serving this home folder. */
export function isNeo4jJvmFor(argv: readonly string[], home: string): boolean {
  const exe = path.basename(argv[0] ?? '');
  return /^java(\.exe)?$/.test(exe) && argv.includes(`--home-dir=${home}`);
}

/**
 * A recorded JVM still running for this home is either live (its parent is still that owner:
 * refuse to start a second server on the same store) or stale (the owner died without stop() and
 * the JVM was re-parented: stop it, gracefully first). Either way the run files are gone after.
 */
export async function removeStaleJvm(home: string, log: (line: string) => void): Promise<void> {
  const { pidFile, ownerFile } = runFiles(home);
  let jvm: number;
  try {
    jvm = Number((await readFile(pidFile, 'utf8')).trim());
  } catch {
    return;
  }
  const owner = Number((await readFile(ownerFile, 'utf8').catch(() => '')).trim());
  const argv = Number.isInteger(jvm) && jvm > 0 && pidAlive(jvm) ? await processArgv(jvm) : null;
  if (argv && isNeo4jJvmFor(argv, home)) {
    const parent = await parentPid(jvm);
    // Without an owner file (written since this file's first version), a node parent counts as owner.
    const parentArgv = parent !== null && parent > 1 ? await processArgv(parent) : null;
    const owned =
      Number.isInteger(owner) && owner > 0
        ? pidAlive(owner) && parent === owner
        : /^node(js)?(\.exe)?$/.test(path.basename(parentArgv?.[0] ?? ''));
    if (owned) {
      throw new LocalNeo4jError(
        `Neo4j for ${home} is already running (pid ${jvm}, started by process ${parent}) — stop that one first or use another home folder.`,
      );
    }
    log(`Stopping a Neo4j left running by an earlier run (pid ${jvm})...`);
    const started = performance.now();
    process.kill(jvm, 'SIGTERM');
    if (!(await waitForPidGone(jvm, STOP_GRACE_MS))) {
      process.kill(jvm, 'SIGKILL');
      await waitForPidGone(jvm, 5_000);
    }
    log(`Stale Neo4j (pid ${jvm}) stopped in ${seconds(started)} s`);
  }
  await rm(pidFile, { force: true });
  await rm(ownerFile, { force: true });
}
