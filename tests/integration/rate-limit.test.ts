/**
 * Per-client rate limits (server/src/rate-limits.ts): renders and snapshot creation share one
 * budget, snapshot images have another; beyond it a 429 with Retry-After and a JSON error naming
 * the limit, before the body is read. The client is the socket's address unless TRUST_PROXY names
 * the proxy, so a client cannot choose its own through X-Forwarded-For.
 */
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSnapshots, resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';
import { createResponseValidator } from '../support/openapi-validator.ts';

let gateway: Neo4jGateway;
let server: TestServer;
const opened: TestServer[] = [];

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, await seedBrief());
  server = await startTestServer(gateway, {
    RATE_LIMIT_RENDERS_PER_MINUTE: '3',
    RATE_LIMIT_IMAGES_PER_MINUTE: '4',
  });
});

afterAll(async () => {
  for (const s of opened) await s.close();
  await server?.close();
  await gateway?.close();
});

async function serve(env: Record<string, string>): Promise<TestServer> {
  const s = await startTestServer(gateway, env);
  opened.push(s);
  return s;
}

const post = (base: string, path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

const snapshotBody = JSON.stringify({
  title: 'Limits',
  query: { kind: 'path', from: 'KOR', to: 'RUS', k: 1 },
});

async function expectRateLimited(res: Response, setting: string, limit: number) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = (await res.json()) as any;
  expect(body.error.code).toBe('RATE_LIMITED');
  expect(body.error.message).toContain(`the limit is ${limit} a minute (${setting})`);
  expect(body.error.message).toContain(`Try again in ${retryAfter} s.`);
  expect(body.error.details).toEqual({ limit, windowSeconds: 60, retryAfterSeconds: retryAfter });
  return body;
}

describe('renders and snapshot creation', () => {
  it('share a per-minute budget; beyond it, 429 with Retry-After, and nothing is read or stored', async () => {
    const made = await post(server.baseUrl, '/api/snapshots', snapshotBody);
    expect(made.status).toBe(201);
    expect(made.headers.get('ratelimit')).toMatch(/^"renders"; r=2; t=\d+$/);
    expect(made.headers.get('ratelimit-policy')).toMatch(/^"renders"; q=3; w=60/);
    expect((await post(server.baseUrl, '/api/render.svg', '{}')).status).toBe(400);
    expect((await post(server.baseUrl, '/api/render.png', '{}')).status).toBe(400);
    const stored = await countSnapshots(gateway);

    // Over the budget: refused before the body is parsed (malformed JSON is not even a 400) or run.
    await expectRateLimited(
      await post(server.baseUrl, '/api/render.png', 'not json'),
      'RATE_LIMIT_RENDERS_PER_MINUTE',
      3,
    );
    const refused = await post(server.baseUrl, '/api/snapshots', snapshotBody);
    const body = await expectRateLimited(refused, 'RATE_LIMIT_RENDERS_PER_MINUTE', 3);
    expect(await countSnapshots(gateway)).toBe(stored);

    // The answer is the one the OpenAPI document declares.
    const doc = (await getJson(`${server.baseUrl}/api/openapi.json`)).body;
    expect(createResponseValidator(doc)('post', '/api/snapshots', 429, body)).toEqual([]);
    for (const path of [
      '/api/render.svg',
      '/api/render.png',
      '/api/snapshots/{id}.png',
      '/api/snapshots/{id}.svg',
    ]) {
      const method = path.startsWith('/api/render') ? 'post' : 'get';
      expect(doc.paths[path][method].responses['429'], path).toBeDefined();
    }
  });

  it('leave the other routes alone', async () => {
    expect((await getJson(`${server.baseUrl}/api/health`)).status).toBe(200);
    expect((await getJson(`${server.baseUrl}/api/paths?from=KOR&to=RUS`)).status).toBe(200);
    expect((await getJson(`${server.baseUrl}/api/vocabulary`)).status).toBe(200);
  });
});

describe('snapshot images', () => {
  it('have a budget of their own', async () => {
    const fresh = await serve({ RATE_LIMIT_RENDERS_PER_MINUTE: '1', RATE_LIMIT_IMAGES_PER_MINUTE: '4' });
    const made = (await (await post(fresh.baseUrl, '/api/snapshots', snapshotBody)).json()) as any;
    for (const url of [made.pngUrl, made.svgUrl, `${made.pngUrl}?scale=2`, made.svgUrl]) {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('ratelimit'), url).toMatch(/^"images"; r=\d; t=\d+$/);
    }
    await expectRateLimited(await fetch(made.pngUrl), 'RATE_LIMIT_IMAGES_PER_MINUTE', 4);
    // The snapshot's JSON, its embed page and oEmbed are not images.
    expect((await fetch(`${fresh.baseUrl}/api/snapshots/${made.id}`)).status).toBe(200);
    expect((await fetch(made.embedUrl)).status).toBe(200);
  });

  it('0 means no limit', async () => {
    const open = await serve({ RATE_LIMIT_RENDERS_PER_MINUTE: '0', RATE_LIMIT_IMAGES_PER_MINUTE: '0' });
    for (let i = 0; i < 5; i++) {
      const res = await post(open.baseUrl, '/api/render.svg', '{}');
      expect(res.status).toBe(400);
      expect(res.headers.get('ratelimit')).toBeNull();
    }
  });
});

describe('the client address', () => {
  it('is the socket address without TRUST_PROXY: X-Forwarded-For does not buy a new budget', async () => {
    const direct = await serve({ RATE_LIMIT_RENDERS_PER_MINUTE: '1' });
    expect((await post(direct.baseUrl, '/api/render.svg', '{}')).status).toBe(400);
    const spoofed = await post(direct.baseUrl, '/api/render.svg', '{}', { 'x-forwarded-for': '203.0.113.9' });
    await expectRateLimited(spoofed, 'RATE_LIMIT_RENDERS_PER_MINUTE', 1);
  });

  it('comes from X-Forwarded-For when TRUST_PROXY names the proxy, each client with its own budget', async () => {
    const proxied = await serve({ RATE_LIMIT_RENDERS_PER_MINUTE: '1', TRUST_PROXY: 'loopback' });
    const as = (ip: string) => post(proxied.baseUrl, '/api/render.svg', '{}', { 'x-forwarded-for': ip });
    expect((await as('203.0.113.1')).status).toBe(400);
    expect((await as('203.0.113.2')).status).toBe(400);
    await expectRateLimited(await as('203.0.113.1'), 'RATE_LIMIT_RENDERS_PER_MINUTE', 1);
    // IPv6 clients are counted by their /56: another address in it is the same client.
    expect((await as('2001:db8:0:1::1')).status).toBe(400);
    await expectRateLimited(await as('2001:db8:0:1::2'), 'RATE_LIMIT_RENDERS_PER_MINUTE', 1);

    const hops = await serve({ RATE_LIMIT_RENDERS_PER_MINUTE: '1', TRUST_PROXY: '1' });
    const via = (ip: string) => post(hops.baseUrl, '/api/render.svg', '{}', { 'x-forwarded-for': ip });
    expect((await via('198.51.100.7')).status).toBe(400);
    expect((await via('198.51.100.8')).status).toBe(400);
  });
});
