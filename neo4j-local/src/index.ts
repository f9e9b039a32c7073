/**
 * The project-managed local Neo4j, used when NEO4J_URI is not set: by the server (npm start,
 * npm run dev, npm run load), the test tiers and npm run bench. Needs Java 17+ always, and Maven
 * on first use to fetch the jars into <repo>/.neo4j/lib-<version>.
 *
 *   jars.ts        Java and Maven checks, the Maven copy of the server jars
 *   configure.ts   conf/neo4j.conf and the java command line (pure)
 *   start-stop.ts  the JVM process: spawn, readiness, stop; stale-jvm.ts and readiness.ts help it
 *   watchdog.ts    stops the JVM when the process that started it dies, kill -9 included
 *   supervise.ts   restarts the JVM after a crash, with backoff (what the server runs)
 *   cli.ts         `fetch` and `start` for CI and for running one by hand
 */
export { LocalNeo4jError } from './errors.ts';
export { assertJavaAndMaven, ensureNeo4jJars, NEO4J_VERSION } from './jars.ts';
export { type LocalNeo4j, type LocalNeo4jOptions, startLocalNeo4j } from './start-stop.ts';
export {
  DEFAULT_RESTART_POLICY,
  type RestartPolicy,
  restartDelayMs,
  type SupervisedNeo4j,
  type SuperviseOptions,
  superviseLocalNeo4j,
} from './supervise.ts';
