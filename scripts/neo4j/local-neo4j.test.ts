import { readFileSync } from 'node:fs';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  boltHandshake,
  isNeo4jJvmFor,
  LocalNeo4jError,
  lastLines,
  NEO4J_MAIN_CLASS,
  NEO4J_VERSION,
  neo4jJavaArgs,
  parseJavaMajorVersion,
  parseMavenVersion,
  renderNeo4jConf,
} from './local-neo4j.js';

/** key=value pairs of a rendered neo4j.conf, comments and blanks dropped; a repeated key fails. */
function settings(conf: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of conf.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    expect(eq, `not a setting: ${line}`).toBeGreaterThan(0);
    const key = line.slice(0, eq);
    expect(map.has(key), `repeated setting ${key}`).toBe(false);
    map.set(key, line.slice(eq + 1));
  }
  return map;
}

describe('parseJavaMajorVersion', () => {
  it('reads modern OpenJDK output', () => {
    const out = [
      'openjdk version "17.0.15" 2025-04-15',
      'OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)',
      'OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)',
    ].join('\n');
    expect(parseJavaMajorVersion(out)).toBe(17);
  });

  it('reads the 1.x scheme of Java 8 as 8', () => {
    expect(
      parseJavaMajorVersion(
        'java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)',
      ),
    ).toBe(8);
  });

  it('reads versions without a minor part and early-access builds', () => {
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('openjdk version "11.0.2-ea" 2019-01-15')).toBe(11);
    expect(parseJavaMajorVersion('openjdk version "25-ea" 2025-09-16')).toBe(25);
  });

  it('reads the unquoted `java --version` form', () => {
    expect(parseJavaMajorVersion('openjdk 17.0.15 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
  });

  it('returns null when there is no version', () => {
    expect(parseJavaMajorVersion('')).toBeNull();
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeNull();
  });
});

describe('parseMavenVersion', () => {
  it('reads the banner, coloured or not', () => {
    expect(parseMavenVersion('\u001b[1mApache Maven 3.8.7\u001b[m\nMaven home: /usr/share/maven')).toEqual([
      3, 8,
    ]);
    expect(parseMavenVersion('Apache Maven 3.9.11 (3e54c93a704957b63ee3494413a2b544fd3d825b)')).toEqual([
      3, 9,
    ]);
    expect(parseMavenVersion('mvn: not found')).toBeNull();
  });
});

describe('renderNeo4jConf', () => {
  it('binds Bolt to loopback only, turns HTTP(S) and usage reports off, uses the defaults', () => {
    const conf = renderNeo4jConf({ port: 7699 });
    const s = settings(conf);
    expect(s.get('server.bolt.listen_address')).toBe('127.0.0.1:7699');
    expect(s.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(s.get('server.http.enabled')).toBe('false');
    expect(s.get('server.https.enabled')).toBe('false');
    expect(s.get('dbms.usage_report.enabled')).toBe('false');
    expect(s.get('server.memory.heap.max_size')).toBe('512m');
    expect(s.get('server.memory.pagecache.size')).toBe('128m');
    expect(s.get('server.directories.data')).toBe('data');
    expect(s.get('server.directories.logs')).toBe('logs');
  });

  it('disables auth only together with a loopback-only listener, and says why', () => {
    const conf = renderNeo4jConf({ port: 7687 });
    const s = settings(conf);
    expect(s.get('dbms.security.auth_enabled')).toBe('false');
    for (const [key, value] of s) {
      if (key.endsWith('listen_address')) expect(value, key).toMatch(/^127\.0\.0\.1(:\d+)?$/);
    }
    expect(conf).toMatch(/#.*auth.*127\.0\.0\.1/i);
  });

  it('takes heap and page cache from the options', () => {
    const s = settings(renderNeo4jConf({ port: 7700, heapMb: 1024, pageCacheMb: 256 }));
    expect(s.get('server.memory.heap.max_size')).toBe('1024m');
    expect(s.get('server.memory.heap.initial_size')).toBe('256m');
    expect(s.get('server.memory.pagecache.size')).toBe('256m');
    expect(
      settings(renderNeo4jConf({ port: 7700, heapMb: 192 })).get('server.memory.heap.initial_size'),
    ).toBe('192m');
  });

  it('leaves the transaction timeout to the app', () => {
    expect(renderNeo4jConf({ port: 7687 })).not.toContain('db.transaction.timeout');
  });

  it('rejects bad ports and sizes with a LocalNeo4jError', () => {
    expect(() => renderNeo4jConf({ port: 0 })).toThrow(LocalNeo4jError);
    expect(() => renderNeo4jConf({ port: 70000 })).toThrow(/NEO4J_BOLT_PORT/);
    expect(() => renderNeo4jConf({ port: 7687.5 })).toThrow(LocalNeo4jError);
    expect(() => renderNeo4jConf({ port: 7687, heapMb: 64 })).toThrow(/heapMb/);
    expect(() => renderNeo4jConf({ port: 7687, pageCacheMb: Number.NaN })).toThrow(/pageCacheMb/);
  });
});

describe('neo4jJavaArgs', () => {
  it('runs the Community entry point in console mode on the given home and lib folder', () => {
    const args = neo4jJavaArgs({ libDir: '/r/.neo4j/lib', home: '/h', heapMb: 768 });
    expect(args).toContain('-Xmx768m');
    expect(args[args.indexOf('-cp') + 1]).toBe('/r/.neo4j/lib/*');
    const main = args.indexOf(NEO4J_MAIN_CLASS);
    expect(main).toBeGreaterThan(args.indexOf('-cp'));
    expect(args.slice(main + 1)).toEqual(['--home-dir=/h', '--config-dir=/h/conf', '--console-mode']);
    // JVM options must come before the main class, or java hands them to Neo4j as arguments
    expect(args.slice(0, main).every((a, i, all) => a.startsWith('-') || all[i - 1] === '-cp')).toBe(true);
  });
});

describe('isNeo4jJvmFor', () => {
  const home = '/tmp/neo4j-home';
  const argv = neo4jJavaArgs({ libDir: '/lib', home });
  it('recognises our JVM for this home only', () => {
    expect(isNeo4jJvmFor(['/usr/lib/jvm/java-17-openjdk-amd64/bin/java', ...argv], home)).toBe(true);
    expect(isNeo4jJvmFor(['java', ...argv], '/tmp/neo4j')).toBe(false); // a prefix of the home is not the home
    expect(isNeo4jJvmFor(['node', ...argv], home)).toBe(false);
    expect(isNeo4jJvmFor([], home)).toBe(false);
  });
});

describe('lastLines', () => {
  it('keeps the last non-empty lines', () => {
    expect(lastLines('a\n\nb\r\nc\n\n', 2)).toEqual(['b', 'c']);
  });
});

describe('pom.xml', () => {
  it('pins the same Neo4j version as the launcher, in one property, with no repository host', () => {
    const pom = readFileSync(new URL('./pom.xml', import.meta.url), 'utf8');
    expect(pom).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
    for (const artifact of [
      '<artifactId>neo4j</artifactId>',
      '<artifactId>neo4j-server</artifactId>',
      '<artifactId>neo4j-bootcheck</artifactId>',
    ]) {
      expect(pom).toContain(artifact);
    }
    expect(pom.match(/<version>\$\{neo4j\.version\}<\/version>/g)).toHaveLength(3);
    expect(pom).not.toMatch(/<repositor/);
  });
});

describe('boltHandshake', () => {
  /** A fake server that answers the 20-byte handshake with `reply`. */
  async function withServer(reply: Buffer | null, fn: (port: number, seen: Buffer[]) => Promise<void>) {
    const seen: Buffer[] = [];
    const server = net.createServer((socket) => {
      let got = Buffer.alloc(0);
      socket.on('data', (d: Buffer) => {
        got = Buffer.concat([got, d]);
        if (got.length >= 20) {
          seen.push(got);
          if (reply) socket.write(reply);
          else socket.end();
        }
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await fn((server.address() as net.AddressInfo).port, seen);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }

  it('sends the magic preamble and accepts a chosen version', async () => {
    await withServer(Buffer.from([0, 0, 8, 5]), async (port, seen) => {
      expect(await boltHandshake(port)).toBe(true);
      expect(seen[0]?.subarray(0, 4).toString('hex')).toBe('6060b017');
      expect(seen[0]?.subarray(4, 8).toString('hex')).toBe('00080805');
    });
  });

  it('refuses a zero answer, a closed connection and a closed port', async () => {
    await withServer(Buffer.from([0, 0, 0, 0]), async (port) => {
      expect(await boltHandshake(port)).toBe(false);
    });
    await withServer(null, async (port) => {
      expect(await boltHandshake(port)).toBe(false);
    });
    const free = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    expect(await boltHandshake(free)).toBe(false);
  });
});
