/**
 * SIGTERM under keep-alive load: the real server (main.ts, as a child process, against a Neo4j
 * of its own through NEO4J_URI) holds idle keep-alive connections, one request that finishes
 * during the shutdown and one that never would; it still exits 0 within SHUTDOWN_TIMEOUT_MS and
 * a small margin, having answered the request that finished. (It waited 15 s and 55 s for its
 * clients before.)
 */
import { rm } from 'node:fs/promises';
import http from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { type LocalNeo4j, startLocalNeo4j } from '@briefgraph/neo4j-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBrief } from '../support/database.ts';
import { type ServerProcess, spawnServer } from '../support/server-process.ts';

const home = join(tmpdir(), `briefgraph-shutdown-${process.pid}`);
const port = Number(process.env.TEST_SHUTDOWN_NEO4J_BOLT_PORT ?? 7696);
const SHUTDOWN_TIMEOUT_MS = 4_000;
/** Closing the driver and exiting, after the deadline; ~0.1 s here. */
const MARGIN_MS = 2_000;
let neo4j: LocalNeo4j | undefined;
let server: ServerProcess | undefined;

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ home, port, heapMb: 256, pageCacheMb: 32 });
  const gateway = new Neo4jGateway({ uri: neo4j.uri, transactionTimeoutMs: 10_000 });
  await loadSeeds(gateway, await seedBrief());
  await gateway.close();
  server = await spawnServer({
    NEO4J_URI: neo4j.uri,
    AUTO_LOAD: 'false',
    SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
  });
  await server.ready;
});

afterAll(async () => {
  server?.child.kill('SIGKILL');
  await neo4j?.stop();
  await rm(home, { recursive: true, force: true });
});

/** A POST whose headers and the start of its body are sent now, the rest when `finish` is called. */
function trickledPost(baseUrl: string, path: string, body: string) {
  const { hostname, port } = new URL(baseUrl);
  const socket: Socket = connect({ host: hostname, port: Number(port) });
  let answer = '';
  socket.on('data', (d: Buffer) => {
    answer += d.toString();
  });
  const closed = new Promise<string>((resolve) => {
    socket.once('close', () => resolve(answer));
    socket.once('error', () => undefined);
  });
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body.slice(0, half)}`,
  );
  return { finish: () => socket.write(body.slice(half)), closed };
}

describe('SIGTERM while clients hold keep-alive connections', () => {
  it('finishes the request in flight, closes the rest at the deadline, and exits 0 in time', async () => {
    const s = server as ServerProcess;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const sockets = new Set<Socket>();
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.get(`${s.baseUrl}${path}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('socket', (socket: Socket) => sockets.add(socket));
        req.on('error', reject);
      });
    // Eight idle keep-alive connections, as a browser and a proxy hold them.
    const statuses = await Promise.all(Array.from({ length: 8 }, () => get('/api/paths?from=KOR&to=RUS')));
    expect(statuses).toEqual(Array(8).fill(200));
    expect(sockets.size).toBe(8);
    const socketsClosed = [...sockets].map(
      (socket) => new Promise<number>((r) => socket.once('close', () => r(performance.now()))),
    );

    const snapshot = JSON.stringify({
      title: 'Made during shutdown',
      query: { kind: 'path', from: 'KOR', to: 'RUS', k: 1 },
    });
    // Once before, so the request in flight below does not pay for starting a layout worker.
    const warm = await fetch(`${s.baseUrl}/api/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: snapshot,
    });
    expect(warm.status).toBe(201);
    const finishing = trickledPost(s.baseUrl, '/api/snapshots', snapshot);
    const neverFinishing = trickledPost(s.baseUrl, '/api/snapshots', snapshot);
    await new Promise((r) => setTimeout(r, 300)); // both are in flight, waiting for their bodies

    const signalled = performance.now();
    s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    finishing.finish();
    const answer = await finishing.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 201 Created/);

    const exit = await s.exited;
    const shutdownMs = Math.round(exit.at - signalled);
    console.log(`exited ${shutdownMs} ms after SIGTERM (deadline ${SHUTDOWN_TIMEOUT_MS} ms)`);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(shutdownMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS + MARGIN_MS);
    expect(shutdownMs).toBeGreaterThanOrEqual(SHUTDOWN_TIMEOUT_MS - 100);
    // Idle connections were closed at once, not at the deadline.
    for (const at of await Promise.all(socketsClosed)) expect(at - signalled).toBeLessThan(1_000);
    expect(await neverFinishing.closed).toBe('');
    expect(s.lines).toContainEqual(
      expect.objectContaining({ level: 40, cut: 1, msg: expect.stringContaining('shutdown deadline') }),
    );
    expect(s.lines.at(-1)).toMatchObject({ level: 30, msg: 'stopped' });
    agent.destroy();
  }, 60_000);
});
