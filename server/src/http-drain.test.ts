import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainHttpServer } from './http-drain.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A server whose /slow answers after ?ms= milliseconds, /stuck never, anything else at once. */
async function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/stuck') return;
    const ms = Number(url.searchParams.get('ms') ?? 0);
    setTimeout(() => res.end('done'), ms);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  cleanups.push(() => {
    agent.destroy();
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  const sockets: Socket[] = [];
  agent.on('free', (socket: Socket) => {
    if (!sockets.includes(socket)) sockets.push(socket);
  });
  const get = (path: string) =>
    new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent }, (res) => {
          let body = '';
          res.on('data', (d) => {
            body += d;
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
          );
        })
        .on('error', reject);
    });
  return { server, get, sockets };
}

const closed = (socket: Socket) =>
  new Promise<void>((r) => (socket.destroyed ? r() : socket.once('close', () => r())));

describe('drainHttpServer', () => {
  it('closes idle keep-alive connections at once', async () => {
    const { server, get, sockets } = await serve();
    await Promise.all([get('/'), get('/'), get('/')]);
    expect(sockets.length).toBe(3);
    const drained = await drainHttpServer(server, 5_000);
    expect(drained.cut).toBe(0);
    expect(drained.ms).toBeLessThan(1_000);
    await Promise.all(sockets.map(closed));
  });

  it('lets a request in flight finish, then closes its connection', async () => {
    const { server, get, sockets } = await serve();
    await get('/');
    const slow = get('/slow?ms=400');
    await sleep(50);
    const drained = drainHttpServer(server, 5_000);
    expect(await slow).toMatchObject({ status: 200, body: 'done' });
    const { cut, ms } = await drained;
    expect(cut).toBe(0);
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(2_000);
    await Promise.all(sockets.map(closed));
  });

  it('closes a connection still busy at the deadline, and says so', async () => {
    const { server, get } = await serve();
    const stuck = get('/stuck').catch((e: Error) => e);
    await sleep(50);
    const { cut, ms } = await drainHttpServer(server, 300);
    expect(cut).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(1_500);
    expect(await stuck).toBeInstanceOf(Error);
  });
});
