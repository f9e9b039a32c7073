import { describe, expect, it } from 'vitest';
import { NEO4J_MAIN_CLASS, neo4jJavaArgs, renderNeo4jConf } from './configure.ts';
import { LocalNeo4jError } from './errors.ts';

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
