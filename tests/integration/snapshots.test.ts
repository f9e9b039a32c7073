/**
 * Snapshots through the real app against the real Neo4j, loaded with the seed brief.
 */

import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSnapshots, resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { MADE_UP_RELATIONSHIP } from '../support/fixture-seed.ts';
import { startTestServer, type TestServer } from '../support/http.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let gateway: Neo4jGateway;
let server: TestServer;

async function post(body: unknown, headers: Record<string, string> = {}, base = server.baseUrl) {
  const res = await fetch(`${base}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await bodyOf(res)) as any };
}

const bodyOf = (res: Response): Promise<any> => res.json();
const json = async (url: string): Promise<any> => bodyOf(await fetch(url));

function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Throws unless `xml` is well-formed: resvg parses it as XML first. */
function assertWellFormedSvg(xml: string): void {
  new Resvg(xml, { font: { loadSystemFonts: false } });
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

describe('creating a snapshot from a query', () => {
  it('lays out the path from South Korea to Russia and answers 201 with absolute links', async () => {
    const res = await post({
      title: 'How is South Korea connected to Russia?',
      caption: 'Shortest path in the Sejong brief.',
      query: { kind: 'path', from: 'ROK', to: 'RUS', k: 1 },
    });
    expect(res.status).toBe(201);
    const { id } = res.body;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(res.body).toEqual({
      id,
      url: `${server.baseUrl}/s/${id}`,
      embedUrl: `${server.baseUrl}/embed/${id}`,
      svgUrl: `${server.baseUrl}/api/snapshots/${id}.svg`,
      pngUrl: `${server.baseUrl}/api/snapshots/${id}.png`,
    });
    expect(res.headers.get('location')).toBe(`${server.baseUrl}/api/snapshots/${id}`);

    const snapshot = await json(`${server.baseUrl}/api/snapshots/${id}`);
    expect(snapshot.query).toMatchObject({ kind: 'path', from: 'KOR', to: 'RUS', k: 1 });
    expect(snapshot.highlightedPath[0]).toBe('KOR');
    expect(snapshot.highlightedPath.at(-1)).toBe('RUS');
    expect(snapshot.source).toBe('Source: Sejong Focus No.25, The Sejong Institute, 2023-04-03');
    for (const node of snapshot.nodes) expect(snapshot.positions[node.id]).toBeDefined();
    for (const edge of snapshot.edges) expect(edge.evidence[0].quote.length).toBeGreaterThan(0);
  });

  it('lays out the neighbourhood of North Korea', async () => {
    const res = await post({ title: 'North Korea', query: { kind: 'neighborhood', actor: 'PRK', depth: 1 } });
    expect(res.status).toBe(201);
    const snapshot = await json(res.body.url.replace('/s/', '/api/snapshots/'));
    const ids = snapshot.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['PRK', 'KOR', 'CHN', 'RUS', 'USA']));
    expect(snapshot.query).toMatchObject({ kind: 'neighborhood', actor: 'PRK', depth: 1 });
  });

  it('lays out the whole graph, filtered, the same way every time', async () => {
    const query = { kind: 'graph', quadClass: [3, 4] };
    const [a, b] = [await post({ title: 'Conflict', query }), await post({ title: 'Conflict', query })];
    expect(a.status).toBe(201);
    const [sa, sb] = await Promise.all(
      [a, b].map((r) => json(`${server.baseUrl}/api/snapshots/${r.body.id}`)),
    );
    expect(sa.id).not.toBe(sb.id);
    expect(sa.positions).toEqual(sb.positions);
    expect(sa.filters).toEqual({ quadClass: [3, 4] });
    expect(sa.edges.every((e: { quadClass: number }) => e.quadClass === 3 || e.quadClass === 4)).toBe(true);
  });
});

describe('creating a snapshot from a browser view', () => {
  it('stores the view with the database’s records and evidence, not the request’s', async () => {
    const graph = await json(`${server.baseUrl}/api/actors/KOR/neighborhood?types=ALLIANCE`);
    const edges = graph.edges.map((e: { evidence: { quote: string }[] }) => ({
      ...e,
      evidence: e.evidence.map((ev) => ({ ...ev, quote: 'words the brief never wrote' })),
    }));
    const positions = Object.fromEntries(
      graph.nodes.map((n: { id: string }, i: number) => [n.id, { x: i * 150, y: 0 }]),
    );
    const res = await post({
      title: 'Alliance',
      view: {
        nodes: graph.nodes,
        edges,
        positions,
        zoom: 1.5,
        pan: { x: 10, y: 20 },
        filters: { types: ['ALLIANCE'] },
      },
    });
    expect(res.status).toBe(201);
    const snapshot = await json(`${server.baseUrl}/api/snapshots/${res.body.id}`);
    expect(snapshot.positions).toEqual(positions);
    expect(snapshot.zoom).toBe(1.5);
    expect(snapshot.pan).toEqual({ x: 10, y: 20 });
    expect(snapshot.filters).toEqual({ types: ['ALLIANCE'] });
    expect(snapshot.edges[0].evidence[0].quote).not.toBe('words the brief never wrote');
    expect(snapshot.query).toBeUndefined();
  });

  it('refuses a view naming a relationship the graph does not hold, and stores nothing', async () => {
    const before = await countSnapshots(gateway);
    const actor = { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [] };
    const other = { id: 'USA', name: 'United States', kind: 'state', aliases: [] };
    const res = await post({
      title: 'Made up',
      view: {
        nodes: [actor, other],
        edges: [MADE_UP_RELATIONSHIP],
        positions: { KOR: { x: 0, y: 0 }, USA: { x: 100, y: 0 } },
        zoom: 1,
        pan: { x: 0, y: 0 },
      },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.details.relationships).toEqual([MADE_UP_RELATIONSHIP.id]);
    expect(await countSnapshots(gateway)).toBe(before);
  });
});

describe('reading a snapshot', () => {
  let links: { id: string; url: string; embedUrl: string; svgUrl: string; pngUrl: string };
  const title = 'Allies <script>alert("x")</script> & rivals';

  beforeAll(async () => {
    const res = await post({
      title,
      caption: 'Caption with <b>markup</b>',
      query: { kind: 'path', from: 'KOR', to: 'RUS', k: 2 },
    });
    links = res.body;
  });

  it('serves the JSON with immutable cache headers', async () => {
    const res = await fetch(`${server.baseUrl}/api/snapshots/${links.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await bodyOf(res)).title).toBe(title);
  });

  it('serves a well-formed SVG with the actors’ names, evidence tooltips and the title escaped', async () => {
    const res = await fetch(links.svgUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const svg = await res.text();
    assertWellFormedSvg(svg);
    expect(svg).toContain('South Korea');
    expect(svg).toContain('Russia');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toMatch(/data-relationship-id="[a-z0-9-]+"><title>[^<]+: “/);
  });

  it('serves a PNG whose width doubles from scale 1 to scale 2', async () => {
    const [one, two] = await Promise.all([
      fetch(`${links.pngUrl}?scale=1`).then(async (r) => ({ r, png: Buffer.from(await r.arrayBuffer()) })),
      fetch(`${links.pngUrl}?scale=2&background=transparent`).then(async (r) => ({
        r,
        png: Buffer.from(await r.arrayBuffer()),
      })),
    ]);
    expect(one.r.status).toBe(200);
    expect(one.r.headers.get('content-type')).toBe('image/png');
    expect(one.r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(one.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(two.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(two.png).width).toBe(2 * pngSize(one.png).width);
    expect(two.r.headers.get('x-snapshot-scale')).toBe('2');
  });

  it('answers 400 for a scale outside 1..4', async () => {
    const res = await fetch(`${links.pngUrl}?scale=9`);
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error.message).toMatch(/scale/);
  });

  it('serves the embed page, frameable, with a script policy and the title escaped', async () => {
    const res = await fetch(links.embedUrl);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    // No PUBLIC_URL here: its links come from the Host header, so it is not kept forever.
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const html = await res.text();
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;b&gt;markup&lt;/b&gt;');
    expect(html).toContain(`href="${links.url}"`);
    expect(html).toContain('class="legend"');
    expect(html).toMatch(/data-relationship-id="[a-z0-9-]+"/);

    const bare = await (await fetch(`${links.embedUrl}?bare=1`)).text();
    expect(bare).not.toContain('<h1>');
    expect(bare).not.toContain('class="legend"');
    expect(bare).toContain('Open in briefgraph');
  });

  it('forbids framing everywhere but /embed/', async () => {
    for (const url of [`${server.baseUrl}/`, links.svgUrl, `${server.baseUrl}/api/snapshots/${links.id}`]) {
      const res = await fetch(url);
      expect(res.headers.get('x-frame-options'), url).toBe('DENY');
      expect(res.headers.get('content-security-policy'), url).toContain("frame-ancestors 'none'");
    }
  });

  it('answers oEmbed "rich" with the iframe for the permalink, the embed or an image URL', async () => {
    for (const url of [links.url, links.embedUrl, links.pngUrl]) {
      const res = await fetch(`${server.baseUrl}/api/oembed?url=${encodeURIComponent(url)}&maxwidth=600`);
      expect(res.status).toBe(200);
      const body = await bodyOf(res);
      expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'briefgraph', title });
      expect(body.width).toBeLessThanOrEqual(600);
      expect(body.html).toContain(`src="${links.embedUrl}"`);
      expect(body.html).toMatch(/^<iframe [^>]*><\/iframe>$/);
      expect(body.html).not.toContain('<script');
    }
    const xml = await fetch(`${server.baseUrl}/api/oembed?format=xml&url=${encodeURIComponent(links.url)}`);
    expect(xml.status).toBe(501);
    const other = await fetch(
      `${server.baseUrl}/api/oembed?url=${encodeURIComponent('https://example.org/x')}`,
    );
    expect(other.status).toBe(404);
  });

  it('answers 404 for an unknown id, everywhere', async () => {
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA';
    for (const path of [
      `/api/snapshots/${unknown}`,
      `/api/snapshots/${unknown}.svg`,
      `/api/snapshots/${unknown}.png`,
      `/embed/${unknown}`,
      '/api/snapshots/not-an-id',
      `/api/oembed?url=${encodeURIComponent(`${server.baseUrl}/s/${unknown}`)}`,
    ]) {
      const res = await fetch(`${server.baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect((await bodyOf(res)).error.code, path).toBe('NOT_FOUND');
      expect(res.headers.get('cache-control'), path).toBeNull();
    }
  });
});

describe('refusing bad input before anything is stored', () => {
  it('answers 404 for unknown actors, and stores nothing', async () => {
    const before = await countSnapshots(gateway);
    for (const query of [
      { kind: 'path', from: 'KOR', to: 'ATLANTIS' },
      { kind: 'neighborhood', actor: 'ATLANTIS' },
    ]) {
      const res = await post({ title: 'Nowhere', query });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('ATLANTIS');
    }
    expect(await countSnapshots(gateway)).toBe(before);
  });

  it('answers 400 with a clear message for malformed bodies, and stores nothing', async () => {
    const before = await countSnapshots(gateway);
    const view = {
      nodes: [{ id: 'KOR', name: 'South Korea', kind: 'state', aliases: [] }],
      edges: [],
      positions: { KOR: { x: 0, y: 0 } },
      zoom: 1,
      pan: { x: 0, y: 0 },
    };
    const cases: [unknown, RegExp][] = [
      ['{"title": ', /not valid JSON/],
      [{ query: { kind: 'graph' } }, /title/],
      [{ title: 'x'.repeat(201), query: { kind: 'graph' } }, /title.*200/],
      [
        { title: 'Both', query: { kind: 'graph' }, view: { ...view, nodes: [] } },
        /view\.nodes: must hold at least one actor/,
      ],
      [{ title: 'Both', query: { kind: 'graph' }, view }, /either/],
      [{ title: 'Astray', view: { ...view, positions: {} } }, /view\.positions: has no position for KOR/],
      [{ title: 'Neither' }, /either/],
      [{ title: 'Bad kind', query: { kind: 'everything' } }, /kind/],
      [{ title: 'Bad k', query: { kind: 'path', from: 'KOR', to: 'RUS', k: 50 } }, /k/],
      [{ title: 'Line\nbreak', query: { kind: 'graph' } }, /one line/],
      [{ title: 'Unknown type', query: { kind: 'graph', types: ['FRIENDSHIP'] } }, /types/],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect(await countSnapshots(gateway)).toBe(before);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await post({ title: 'Huge', caption: 'x'.repeat(3 * 1024 * 1024), query: { kind: 'graph' } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('with WRITE_TOKEN set', () => {
  const token = 'a-long-enough-write-token-0123456789';
  let guarded: TestServer;

  beforeAll(async () => {
    guarded = await startTestServer(gateway, { WRITE_TOKEN: token });
  });
  afterAll(async () => {
    await guarded?.close();
  });

  it('answers 401 without the token or with a wrong one, 201 with it; reading stays open', async () => {
    const body = { title: 'Guarded', query: { kind: 'neighborhood', actor: 'KOR' } };
    const none = await post(body, {}, guarded.baseUrl);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('UNAUTHORIZED');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await post(body, { authorization: `Bearer ${token}x` }, guarded.baseUrl);
    expect(wrong.status).toBe(401);
    const basic = await post(
      body,
      { authorization: `Basic ${Buffer.from(`u:${token}`).toString('base64')}` },
      guarded.baseUrl,
    );
    expect(basic.status).toBe(401);
    const right = await post(body, { authorization: `Bearer ${token}` }, guarded.baseUrl);
    expect(right.status).toBe(201);
    const read = await fetch(`${guarded.baseUrl}/api/snapshots/${right.body.id}`);
    expect(read.status).toBe(200);
  });
});
