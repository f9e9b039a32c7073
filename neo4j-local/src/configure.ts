/** What a local instance runs with: its conf/neo4j.conf and the java command line. Pure. */
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { NEO4J_VERSION } from './jars.ts';

export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

export interface ConfigureOptions {
  /** Bolt port on 127.0.0.1 */
  port: number;
  /** JVM heap, default 512 */
  heapMb?: number;
  /** Page cache, default 128 */
  pageCacheMb?: number;
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

export function checkedPort(port: number): number {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(
      `Bolt port must be a whole number from 1 to 65535 (got ${String(port)}); set NEO4J_BOLT_PORT.`,
    );
  }
  return port;
}

/** The conf/neo4j.conf for a local instance. Paths are relative to the home folder. */
export function renderNeo4jConf(opts: ConfigureOptions): string {
  const port = checkedPort(opts.port);
  const heapMb = checkedMb(opts.heapMb, 512, 'heapMb', 128);
  const pageCacheMb = checkedMb(opts.pageCacheMb, 128, 'pageCacheMb', 8);
  return [
    `# Written by neo4j-local/src/configure.ts for the project-managed local Neo4j ${NEO4J_VERSION}.`,
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
