/**
 * Resolving the Neo4j Community server: Java 17+ to run it, and Maven on first use to copy its
 * jars (neo4j-local/pom.xml) into <repo>/.neo4j/lib-<version>.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError, NO_NEO4J_HINT } from './errors.ts';
import { displayPath, pomPath, repoRoot, stateDir } from './paths.ts';
import { pidAlive } from './processes.ts';
import { lastLines, run, seconds } from './run-command.ts';

/** Keep in sync with <neo4j.version> in neo4j-local/pom.xml (the unit test checks it). */
export const NEO4J_VERSION = '5.26.30';
export const MIN_JAVA_MAJOR = 17;

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

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** The java binary to run Neo4j with; throws a LocalNeo4jError when it is missing or older than 17. */
export async function assertJava(): Promise<string> {
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

async function hasJars(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).some((f) => f.endsWith('.jar'));
  } catch {
    return false;
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
  libDir: string = stateDir(`lib-${NEO4J_VERSION}`),
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
  const pom = pomPath();
  try {
    const r = await run(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        pom,
        'dependency:copy-dependencies',
        '-DincludeScope=runtime',
        `-DoutputDirectory=${tmp}`,
      ],
      repoRoot(),
    );
    if (r.code !== 0 || !(await hasJars(tmp))) {
      const tail = lastLines(r.output, 20).join('\n');
      throw new LocalNeo4jError(
        `Maven could not fetch the Neo4j ${NEO4J_VERSION} jars (exit ${String(r.code)}). ` +
          `Check that Maven can reach its repository (try \`mvn -f ${displayPath(pom)} dependency:copy-dependencies\`), ` +
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
