/**
 * The project-managed local Neo4j: the real Neo4j Community server, run from jars that Maven
 * resolves (scripts/neo4j/pom.xml), with one home folder per instance (conf/, data/, logs/, run/).
 *
 * Used by development and tests when NEO4J_URI is not set. It needs Java 17+ always and Maven on
 * the first run (to fetch the jars into <repo>/.neo4j/lib-<version>).
 *
 * This module never talks Cypher: readiness is proven with a raw Bolt handshake over a socket, so
 * the graph gateway stays the only importer of the driver.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Keep in sync with <neo4j.version> in scripts/neo4j/pom.xml (the unit test checks it). */
export const NEO4J_VERSION = '5.26.30';
export const MIN_JAVA_MAJOR = 17;
export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POM_PATH = fileURLToPath(new URL('./pom.xml', import.meta.url));
const DEFAULT_LIB_DIR = path.join(REPO_ROOT, '.neo4j', `lib-${NEO4J_VERSION}`);
const STOP_GRACE_MS = 30_000;
const NO_NEO4J_HINT = 'or set NEO4J_URI to use an existing Neo4j.';

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  /** Folder for conf/, data/, logs/, run/ (created if missing); e.g. <repo>/.neo4j/dev */
  home: string;
  /** Bolt port on 127.0.0.1 */
  port: number;
  /** JVM heap, default 512 */
  heapMb?: number;
  /** Page cache, default 128 */
  pageCacheMb?: number;
  /** Progress lines; also receives the console.log tail when the server fails. */
  log?: (line: string) => void;
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

// ---------------------------------------------------------------------------------------------
// Pure parts (unit-tested)

/** Major Java version from `java -version` output; `1.8.0_392` → 8. Null when none is found. */
export function parseJavaMajorVersion(output: string): number | null {
  const quoted = /version\s+"(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  const bare = quoted ?? /^(?:openjdk|java)\s+(\d+)(?:\.(\d+))?/m.exec(output);
  if (!bare?.[1]) return null;
  const major = Number(bare[1]);
  if (major === 1 && bare[2] !== undefined) return Number(bare[2]);
  return major;
}

/** [major, minor] from `mvn -v` output ("Apache Maven 3.8.7 (...)"). Null when none is found. */
export function parseMavenVersion(output: string): [number, number] | null {
  // mvn colours its banner on some terminals; strip ANSI escapes first.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes on purpose
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const m = /Apache Maven (\d+)\.(\d+)/.exec(plain);
  if (!m?.[1] || !m[2]) return null;
  return [Number(m[1]), Number(m[2])];
}

function checkedMb(value: number | undefined, fallback: number, name: string, min: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min) {
    throw new LocalNeo4jError(
      `${name} must be a whole number of MB, at least ${min} (got ${String(value)}).`,
    );
  }
  return v;
}

function checkedPort(port: number): number {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(
      `Bolt port must be a whole number from 1 to 65535 (got ${String(port)}); set NEO4J_BOLT_PORT.`,
    );
  }
  return port;
}

/** The conf/neo4j.conf for a local instance. Paths are relative to the home folder. */
export function renderNeo4jConf(opts: Pick<LocalNeo4jOptions, 'port' | 'heapMb' | 'pageCacheMb'>): string {
  const port = checkedPort(opts.port);
  const heapMb = checkedMb(opts.heapMb, 512, 'heapMb', 128);
  const pageCacheMb = checkedMb(opts.pageCacheMb, 128, 'pageCacheMb', 8);
  return [
    `# Written by scripts/neo4j/local-neo4j.ts for the project-managed local Neo4j ${NEO4J_VERSION}.`,
    '# Regenerated on every start: edit LocalNeo4jOptions, not this file.',
    '',
    '# Auth is disabled ONLY because Bolt listens on 127.0.0.1 (loopback) and HTTP/HTTPS are off.',
    '# Never copy this to a server that listens on another address: use NEO4J_URI with credentials.',
    'dbms.security.auth_enabled=false',
    `server.default_listen_address=127.0.0.1`,
    `server.bolt.enabled=true`,
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    '',
    'server.directories.data=data',
    'server.directories.logs=logs',
    'server.directories.run=run',
    '',
    `server.memory.heap.initial_size=${Math.min(256, heapMb)}m`,
    `server.memory.heap.max_size=${heapMb}m`,
    `server.memory.pagecache.size=${pageCacheMb}m`,
    '',
    '# Bolt waits a 5 s Netty "quiet period" per event-loop group on shutdown (10 s in all) after the',
    '# databases are already checkpointed and stopped; skip it so stop() takes ~1 s, not ~11 s (value in seconds).',
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ].join('\n');
}

/** The java command line (without the java binary) that starts the server. */
export function neo4jJavaArgs(opts: { libDir: string; home: string; heapMb?: number }): string[] {
  const heapMb = checkedMb(opts.heapMb, 512, 'heapMb', 128);
  return [
    `-Xms${Math.min(256, heapMb)}m`,
    `-Xmx${heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${opts.libDir}${path.sep}*`,
    NEO4J_MAIN_CLASS,
    `--home-dir=${opts.home}`,
    `--config-dir=${path.join(opts.home, 'conf')}`,
    '--console-mode',
  ];
}

/** Whether a process command line (argv) is a java process serving this home folder. */
export function isNeo4jJvmFor(argv: readonly string[], home: string): boolean {
  const exe = path.basename(argv[0] ?? '');
  return /^java(\.exe)?$/.test(exe) && argv.includes(`--home-dir=${home}`);
}

/** Last n non-empty lines of a text. */
export function lastLines(text: string, n: number): string[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-n);
}

// ---------------------------------------------------------------------------------------------
// Tools on this machine

interface RunResult {
  code: number | null;
  output: string;
  error?: NodeJS.ErrnoException;
}

function run(cmd: string, args: string[], cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => resolve({ code: null, output, error }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

async function assertJava(): Promise<string> {
  const java = javaBinary();
  const r = await run(java, ['-version']);
  const major = r.error ? null : parseJavaMajorVersion(r.output);
  if (major === null || major < MIN_JAVA_MAJOR) {
    const found = major === null ? 'none' : `Java ${major}`;
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA_MAJOR} or newer is required to run the local Neo4j (found: ${found}). ` +
        `Install OpenJDK 17, e.g. \`apt-get install -y openjdk-17-jre-headless\`, ${NO_NEO4J_HINT}`,
    );
  }
  return java;
}

async function assertMaven(): Promise<void> {
  const r = await run('mvn', ['-v']);
  const version = r.error ? null : parseMavenVersion(r.output);
  if (version === null || version[0] < 3 || (version[0] === 3 && version[1] < 6)) {
    const found = version === null ? 'none' : `Maven ${version.join('.')}`;
    throw new LocalNeo4jError(
      `Maven 3.6 or newer is required to fetch the Neo4j ${NEO4J_VERSION} jars on first run (found: ${found}). ` +
        `Install it, e.g. \`apt-get install -y maven\`, ${NO_NEO4J_HINT}`,
    );
  }
}

/** Throws a LocalNeo4jError naming what to install when Java 17+ or Maven is missing or too old. */
export async function assertJavaAndMaven(): Promise<void> {
  await assertJava();
  await assertMaven();
}

// ---------------------------------------------------------------------------------------------
// Jars

async function hasJars(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).some((f) => f.endsWith('.jar'));
  } catch {
    return false;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `<lib>.tmp-<pid>-*` folders left by a fetch whose process is gone. */
async function removeAbandonedTmpDirs(libDir: string): Promise<void> {
  const parent = path.dirname(libDir);
  const prefix = `${path.basename(libDir)}.tmp-`;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid)) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

/**
 * Makes sure the Neo4j jars are in libDir (default <repo>/.neo4j/lib-<version>) and returns it.
 * Maven copies them into a temporary sibling folder that is renamed into place, so an interrupted
 * download never leaves a half folder. No-op when the folder is present.
 */
export async function ensureNeo4jJars(
  libDir: string = DEFAULT_LIB_DIR,
  log?: (line: string) => void,
): Promise<string> {
  const target = path.resolve(libDir);
  if (await hasJars(target)) return target;
  await assertMaven();
  await mkdir(path.dirname(target), { recursive: true });
  await removeAbandonedTmpDirs(target);
  log?.(`Resolving Neo4j ${NEO4J_VERSION} jars with Maven (first run only)...`);
  const started = performance.now();
  const tmp = await mkdtemp(`${target}.tmp-${process.pid}-`);
  try {
    const r = await run(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        POM_PATH,
        'dependency:copy-dependencies',
        '-DincludeScope=runtime',
        `-DoutputDirectory=${tmp}`,
      ],
      REPO_ROOT,
    );
    if (r.code !== 0 || !(await hasJars(tmp))) {
      const tail = lastLines(r.output, 20).join('\n');
      throw new LocalNeo4jError(
        `Maven could not fetch the Neo4j ${NEO4J_VERSION} jars (exit ${String(r.code)}). ` +
          `Check that Maven can reach its repository (try \`mvn -f ${displayPath(POM_PATH)} dependency:copy-dependencies\`), ` +
          `${NO_NEO4J_HINT}\n${tail}`,
      );
    }
    try {
      await rename(tmp, target);
    } catch (e) {
      // Another process finished the same fetch first: keep its folder.
      if (!(await hasJars(target))) throw e;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  log?.(`Neo4j jars ready in ${displayPath(target)} (${seconds(started)} s)`);
  return target;
}

// ---------------------------------------------------------------------------------------------
// Processes and ports

function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** argv of a running process, or null when it is gone or unreadable. */
async function processArgv(pid: number): Promise<string[] | null> {
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

async function waitForPidGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid) || (await processArgv(pid)) === null) return true;
    await sleep(200);
  }
  return false;
}

/** Parent pid of a running process, or null when unknown. */
async function parentPid(pid: number): Promise<number | null> {
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

/**
 * <home>/run/neo4j.pid holds the JVM pid (written by us at spawn, and again by Neo4j itself, which
 * uses the same file name in server.directories.run); <home>/run/neo4j-owner.pid holds the pid of
 * the process that started it. A recorded JVM still running for this home is either live (its
 * parent is still that owner: refuse to start a second server on the same store) or stale (the
 * owner died without stop() and the JVM was re-parented: stop it, gracefully first).
 */
async function removeStaleJvm(home: string, log: (line: string) => void): Promise<void> {
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

function runFiles(home: string): { pidFile: string; ownerFile: string } {
  return {
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    ownerFile: path.join(home, 'run', 'neo4j-owner.pid'),
  };
}

function removeRunFiles(home: string): void {
  for (const file of Object.values(runFiles(home))) rmSync(file, { force: true });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new LocalNeo4jError(`port ${port} is in use — stop the other Neo4j or set NEO4J_BOLT_PORT`)
          : new LocalNeo4jError(
              `cannot listen on 127.0.0.1:${port} (${e.code ?? e.message}) — set NEO4J_BOLT_PORT`,
            ),
      );
    });
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve()));
  });
}

/**
 * Bolt handshake without the driver: magic 0x6060B017 and four version proposals (5.8 down to
 * 5.0, 4.4 down to 4.2, 3, none); a Bolt server answers with 4 bytes, non-zero for the version it
 * picked. Resolves true only when that answer arrives.
 */
export function boltHandshake(port: number, host = '127.0.0.1', timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let answer = Buffer.alloc(0);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
    socket.once('connect', () => {
      socket.write(
        Buffer.from([
          0x60,
          0x60,
          0xb0,
          0x17, //
          0x00,
          0x08,
          0x08,
          0x05, // 5.8 .. 5.0
          0x00,
          0x02,
          0x04,
          0x04, // 4.4 .. 4.2
          0x00,
          0x00,
          0x00,
          0x03, // 3
          0x00,
          0x00,
          0x00,
          0x00, // none
        ]),
      );
    });
    socket.on('data', (d: Buffer) => {
      answer = Buffer.concat([answer, d]);
      if (answer.length >= 4) done(answer.readUInt32BE(0) !== 0);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Start / stop

/**
 * Starts the Neo4j Community server for opts.home on 127.0.0.1:opts.port and resolves once Bolt
 * answers a handshake and the server printed "Started.". The JVM runs in its own process group,
 * so a terminal Ctrl-C reaches only the caller, which owns signals and calls stop(). A
 * process.on('exit') net SIGKILLs the JVM if the caller exits without stop(); a JVM orphaned by
 * a hard kill of the caller is stopped by the next start for the same home (run/neo4j.pid).
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
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
  try {
    child = spawn(java, neo4jJavaArgs({ libDir, home, heapMb: opts.heapMb }), {
      cwd: home,
      stdio: ['ignore', out, out],
      detached: true,
    });
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
      resolve(null);
    });
    child.once('exit', (code) => {
      exitedNow = true;
      process.off('exit', safetyNet);
      removeRunFiles(home);
      if (!stopping && ready) {
        log(`Neo4j on ${uri} exited unexpectedly (code ${String(code)}); last lines of ${consoleLog}:`);
        for (const line of readTail()) log(`  ${line}`);
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
        log(`Neo4j did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
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
