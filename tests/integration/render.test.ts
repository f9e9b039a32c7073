/**
 * POST /api/render.svg and /api/render.png: a view from the explorer drawn by the snapshot
 * renderer, through the real app against the real Neo4j, and never stored.
 */
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, readPng } from '../../server/src/snapshots/png.fixture.ts';
import { countSnapshots, resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { MADE_UP_RELATIONSHIP } from '../support/fixture-seed.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';

let gateway: Neo4jGateway;
let server: TestServer;
/** South Korea's allies as the explorer would send them, with a quote the brief never wrote. */
let view: Record<string, unknown> & { nodes: { id: string; name: string }[] };
let storedQuote: string;

async function post(path: string, body: unknown, base = server.baseUrl) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

const render = (format: 'svg' | 'png', body: unknown, query = '', base = server.baseUrl) =>
  post(`/api/render.${format}${query}`, body, base);

/** The top-left pixel's RGBA: the first pixel of the first row is never predicted from others. */
const topLeft = (png: Buffer) => [...readPng(png).rows.subarray(1, 5)];

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, await seedBrief());
  server = await startTestServer(gateway);
  const graph = (await getJson(`${server.baseUrl}/api/actors/KOR/neighborhood?types=ALLIANCE`)).body;
  storedQuote = graph.edges[0].evidence[0].quote;
  view = {
    nodes: graph.nodes,
    edges: graph.edges.map((e: { evidence: { quote: string }[] }) => ({
      ...e,
      evidence: e.evidence.map((ev) => ({ ...ev, quote: 'words the brief never wrote' })),
    })),
    positions: Object.fromEntries(
      graph.nodes.map((n: { id: string }, i: number) => [n.id, { x: i * 180, y: (i % 2) * 120 }]),
    ),
    zoom: 1,
    pan: { x: 0, y: 0 },
    filters: { types: ['ALLIANCE'] },
  };
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe('rendering a view as SVG', () => {
  it('draws the actors and the database’s quotes, escapes the title, and stores nothing', async () => {
    const before = await countSnapshots(gateway);
    const res = await render('svg', {
      title: 'Allies <script>alert("x")</script>',
      caption: 'From the explorer',
      view,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    new Resvg(res.text, { font: { loadSystemFonts: false } }); // throws unless well-formed
    for (const node of view.nodes) expect(res.text).toContain(node.name);
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(res.text).not.toContain('<script');
    expect(res.text).not.toContain('words the brief never wrote');
    expect(res.text).toContain(`: “${storedQuote}”`);
    expect(res.text).toContain('Source: Sejong Focus No.25');
    expect(await countSnapshots(gateway)).toBe(before);
  });

  it('is the image the snapshot of the same view serves', async () => {
    const body = { title: 'Same drawing', caption: 'Either way', view };
    const rendered = await render('svg', body, '?legend=0');
    const { svgUrl } = JSON.parse((await post('/api/snapshots', body)).text);
    const stored = await (await fetch(`${svgUrl}?legend=0`)).text();
    expect(rendered.text).toBe(stored);
  });

  it('draws neither title nor caption line when there is no title', async () => {
    const res = await render('svg', { view }, '?download=1');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title id="snapshot-title">briefgraph</title>');
    expect(res.text).not.toContain('font-size="22"');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="briefgraph-view-16x9.svg"');
  });
});

describe('rendering a view as PNG', () => {
  it('doubles the width from scale 1 to 2, says the scale used, and names the download', async () => {
    const body = { title: 'South Korea’s allies, 2023', view };
    const [one, two] = await Promise.all([
      render('png', body, '?scale=1'),
      render('png', body, '?scale=2&download=1'),
    ]);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('image/png');
    expect(one.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(readPng(two.bytes).width).toBe(2 * readPng(one.bytes).width);
    expect(one.headers.get('x-snapshot-scale')).toBe('1');
    expect(two.headers.get('x-snapshot-scale')).toBe('2');
    expect(one.headers.get('content-disposition')).toBe(
      'inline; filename="briefgraph-south-korea-s-allies-2023-1x-16x9.png"',
    );
    expect(two.headers.get('content-disposition')).toBe(
      'attachment; filename="briefgraph-south-korea-s-allies-2023-2x-16x9.png"',
    );
  });

  it('leaves the corners transparent with background=transparent, white by default', async () => {
    const [white, clear] = await Promise.all([
      render('png', { view }, '?scale=1'),
      render('png', { view }, '?scale=1&background=transparent'),
    ]);
    const [w, c] = [readPng(white.bytes), readPng(clear.bytes)];
    expect(c.colourType).toBe(6); // RGBA
    expect(topLeft(clear.bytes)[3]).toBe(0);
    expect(topLeft(white.bytes)).toEqual([255, 255, 255, 255]);
    expect([c.width, c.height]).toEqual([w.width, w.height]);
  });
});

describe('refusing bad input, and storing nothing', () => {
  it('answers 404 for a view naming a relationship the graph does not hold', async () => {
    const before = await countSnapshots(gateway);
    const made = { ...view, edges: [MADE_UP_RELATIONSHIP] };
    for (const format of ['svg', 'png'] as const) {
      const res = await render(format, { title: 'Made up', view: made });
      expect(res.status, format).toBe(404);
      expect(JSON.parse(res.text).error.details.relationships).toEqual([MADE_UP_RELATIONSHIP.id]);
    }
    expect(await countSnapshots(gateway)).toBe(before);
  });

  it('answers 400 with a clear message for malformed bodies and options', async () => {
    const before = await countSnapshots(gateway);
    const cases: [unknown, string, RegExp][] = [
      ['{"view": ', '', /not valid JSON/],
      [{ title: 'No view' }, '', /render request: view/],
      [{ view: { ...view, nodes: [] } }, '', /view\.nodes: must hold at least one actor/],
      [{ view: { ...view, positions: {} } }, '', /view\.positions: has no position for/],
      [{ title: 'Line\nbreak', view }, '', /title: must be one line/],
      [{ view, query: { kind: 'graph' } }, '', /query/],
      [{ view }, '?scale=9', /scale/],
      [{ view }, '?background=pink', /background/],
    ];
    for (const [body, query, message] of cases) {
      const res = await render('png', body, query);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(JSON.parse(res.text).error.message).toMatch(message);
    }
    expect(await countSnapshots(gateway)).toBe(before);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await render('svg', { caption: 'x'.repeat(3 * 1024 * 1024), view });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('with WRITE_TOKEN set', () => {
  const token = 'a-long-enough-write-token-0123456789';

  it('rendering stays open (the explorer sends no token), while creating a snapshot needs it', async () => {
    const guarded = await startTestServer(gateway, { WRITE_TOKEN: token });
    try {
      const before = await countSnapshots(gateway);
      const svg = await render('svg', { view }, '', guarded.baseUrl);
      expect(svg.status).toBe(200);
      expect(svg.text).toMatch(/^<svg /);
      const png = await render('png', { view }, '', guarded.baseUrl);
      expect(png.status).toBe(200);
      // A malformed body is a 400, as without a token.
      const malformed = await render('svg', '{"view": [', '', guarded.baseUrl);
      expect(malformed.status).toBe(400);
      const create = await fetch(`${guarded.baseUrl}/api/snapshots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'No token', view }),
      });
      expect(create.status).toBe(401);
      expect(create.headers.get('www-authenticate')).toBe('Bearer realm="briefgraph"');
      expect(await countSnapshots(gateway)).toBe(before);
    } finally {
      await guarded.close();
    }
  });
});

describe('an unsaved render is bounded', () => {
  it('answers 413 with the limits for a view over the render budget, before touching the database', async () => {
    const actors = Array.from({ length: 1_001 }, (_, i) => ({
      id: `ACTOR_${i}`,
      name: `Actor ${i}`,
      kind: 'state',
      aliases: [],
    }));
    const big = {
      nodes: actors,
      edges: [],
      positions: Object.fromEntries(actors.map((a, i) => [a.id, { x: i, y: 0 }])),
      zoom: 1,
      pan: { x: 0, y: 0 },
    };
    const res = await render('png', { view: big });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toMatchObject({
      code: 'RENDER_TOO_LARGE',
      message:
        'A rendered view may hold at most 1000 actors and 2500 relationships; this one has 1001 and 0. Share it as a snapshot instead, or show less.',
    });
  });
});

describe('the OpenAPI document', () => {
  it('lists both render operations with the render request as their body', async () => {
    const { body } = await getJson(`${server.baseUrl}/api/openapi.json`);
    for (const path of ['/api/render.svg', '/api/render.png']) {
      expect(body.paths[path].post.requestBody.content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/RenderRequest',
      });
    }
  });
});
