/**
 * Responses are compressed as the client accepts: the graph's JSON with brotli or gzip comes back
 * byte-identical once decompressed, far smaller; a PNG, already compressed, is sent as it is.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/http.ts';

let gateway: Neo4jGateway;
let server: TestServer;

/** The raw bytes and headers, without fetch's transparent decompression. */
function raw(path: string, acceptEncoding: string | null) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    const req = request(`${server.baseUrl}${path}`, {
      headers: acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, await seedBrief());
  server = await startTestServer(gateway);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe('compressed responses', () => {
  it('the graph with brotli or gzip: the same bytes once decompressed, under a third of the size', async () => {
    const plain = await raw('/api/graph', null);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await raw('/api/graph', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gzip = await raw('/api/graph', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
  });

  it('a PNG is sent as it is, an SVG compressed', async () => {
    const res = await fetch(`${server.baseUrl}/api/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Paths', query: { kind: 'path', from: 'KOR', to: 'RUS', k: 1 } }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const png = await raw(`/api/snapshots/${id}.png`, 'br, gzip');
    expect(png.status).toBe(200);
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = await raw(`/api/snapshots/${id}.svg`, 'gzip');
    expect(svg.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(svg.body).toString('utf8')).toMatch(/^<svg /);
  });
});
