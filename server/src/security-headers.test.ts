import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LayoutFn } from '@briefgraph/graph/snapshots/draft-snapshot';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { assertConfig } from './config.ts';
import { createLogger } from './logger.ts';

// Nothing here reaches the database: the driver is created, never connected.
const gateway = new Neo4jGateway({ uri: 'bolt://127.0.0.1:9', transactionTimeoutMs: 1_000 });
const clientDir = mkdtempSync(join(tmpdir(), 'briefgraph-headers-'));
const servers: Server[] = [];

async function serve(env: Record<string, string> = {}): Promise<string> {
  const app = createApp({
    config: assertConfig({ AUTO_LOAD: 'false', ...env }),
    gateway,
    logger: createLogger('silent'),
    clientDir,
    layout: (() => Promise.reject(new Error('no layouts here'))) as LayoutFn,
  });
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((r) => server.once('listening', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );

let base: string;
beforeAll(async () => {
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>explorer</title>');
  base = await serve();
});

afterAll(async () => {
  for (const server of servers) server.close();
  await gateway.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('security headers (helmet)', () => {
  it('give the explorer a content security policy that runs only its own scripts', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // Served over plain HTTP too: upgrading every request to https:// would break the page.
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('forbid framing on every answer, API, static files and errors alike', async () => {
    for (const path of [
      '/',
      '/index.html',
      '/api/vocabulary',
      '/api/openapi.json',
      '/api/nothing',
      '/embed/x/..%2F..%2Findex.html',
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(directives(res.headers.get('content-security-policy')).get('frame-ancestors'), path).toEqual([
        "'none'",
      ]);
    }
  });

  it('with an https PUBLIC_URL: HSTS without subdomains, and images and fetches from that origin', async () => {
    const pinned = await serve({ PUBLIC_URL: 'https://briefs.example.org/app' });
    const res = await fetch(`${pinned}/`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://briefs.example.org']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://briefs.example.org']);
    const plain = await serve({ PUBLIC_URL: 'http://10.0.0.5:3000' });
    expect((await fetch(`${plain}/`)).headers.get('strict-transport-security')).toBeNull();
  });
});
