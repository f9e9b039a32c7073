/**
 * Snapshot images for slides, through the real app against the real Neo4j loaded with the seed
 * brief: the frame decides the size of the SVG and PNG (16:9 at 2x is 3840×2160), the emphasis
 * a snapshot keeps is drawn (faded, or left out with scope "emphasis"), verbs read as their
 * modality does, the embed page carries the permalink's preview tags, and a query too large to
 * lay out answers 413.
 */
import { RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPng } from '../../server/src/snapshots/png.fixture.ts';
import { countSnapshots, resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { fixtureSeed } from '../support/fixture-seed.ts';
import { startTestServer, type TestServer } from '../support/http.ts';

let gateway: Neo4jGateway;
let server: TestServer;

async function create(body: unknown) {
  const res = await fetch(`${server.baseUrl}/api/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function png(url: string) {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  const { width, height } = readPng(Buffer.from(await res.arrayBuffer()));
  return { width, height, scale: res.headers.get('x-snapshot-scale') };
}

const svgSize = (svg: string) => {
  const m = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

/** The content of `<meta property|name="key" content="…">` in `html`. */
function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
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

describe('the frame decides the image’s size', () => {
  let links: { id: string; svgUrl: string; pngUrl: string };
  beforeAll(async () => {
    const made = await create({ title: 'The brief', query: { kind: 'graph' } });
    expect(made.status).toBe(201);
    links = made.body;
  });

  it('a 16:9 snapshot (the default) is 1920×1080, 3840×2160 at 2x', async () => {
    const svg = await (await fetch(links.svgUrl)).text();
    expect(svgSize(svg)).toEqual({ width: 1920, height: 1080 });
    expect(await png(`${links.pngUrl}?scale=2`)).toEqual({ width: 3840, height: 2160, scale: '2' });
    expect(await png(`${links.pngUrl}?scale=1`)).toEqual({ width: 1920, height: 1080, scale: '1' });
  });

  it('4:3 and 1:1 on the URL, and a width whose height follows 16:9', async () => {
    expect(await png(`${links.pngUrl}?frame=4:3&scale=1`)).toMatchObject({ width: 1600, height: 1200 });
    expect(await png(`${links.pngUrl}?frame=1:1&scale=2`)).toMatchObject({ width: 2400, height: 2400 });
    expect(await png(`${links.pngUrl}?width=1280&scale=1`)).toMatchObject({ width: 1280, height: 720 });
    const svg = await (await fetch(`${links.svgUrl}?width=1280&height=1024`)).text();
    expect(svgSize(svg)).toEqual({ width: 1280, height: 1024 });
  });

  it('4x of a slide is capped at 16 megapixels, and the scale used is said', async () => {
    const four = await png(`${links.pngUrl}?scale=4`);
    expect(four.width * four.height).toBeLessThanOrEqual(16_000_000 + 4_000);
    expect(Number(four.scale)).toBeCloseTo(2.778, 3);
  });

  it('"auto" keeps the shape of the content, as images did before frames', async () => {
    const made = await create({ title: 'Auto', frame: 'auto', query: { kind: 'graph' } });
    const svg = await (await fetch(made.body.svgUrl)).text();
    const { width, height } = svgSize(svg);
    expect(width).toBeGreaterThanOrEqual(640);
    expect(width / height).not.toBeCloseTo(16 / 9, 1);
    expect(await png(`${made.body.pngUrl}?scale=2`)).toMatchObject({ width: 2 * width, height: 2 * height });
    // The same snapshot in a frame, when the URL asks for one.
    expect(svgSize(await (await fetch(`${made.body.svgUrl}?frame=16:9`)).text())).toEqual({
      width: 1920,
      height: 1080,
    });
  });
});

describe('the emphasis a snapshot keeps is drawn', () => {
  const path = { kind: 'path', from: 'KOR', to: 'RUS', k: 3 } as const;

  it('faded around a path: the path at full strength, the rest at 0.2, the highlight explained', async () => {
    const made = await create({ title: 'South Korea to Russia', query: path });
    const stored = (await (await fetch(`${server.baseUrl}/api/snapshots/${made.body.id}`)).json()) as any;
    expect(stored).toMatchObject({ scope: 'all', frame: '16:9' });
    expect(stored.highlightedPath).toEqual(['KOR', 'kor-diplomacy-rus', 'RUS']);
    const svg = await (await fetch(made.body.svgUrl)).text();
    expect(svg).toMatch(/class="node faded" data-actor-id="CHN"[^>]* opacity="0.2"/);
    expect(svg).toMatch(/class="node path" data-actor-id="KOR"/);
    expect(svg).toContain('Highlighted path: South Korea → Russia');
    expect(svg).toContain('Faded: the rest of the view');
    // A recommendation is never stated as a fact.
    expect(svg).toMatch(/<text[^>]*>should hold talks with<\/text>/);
    expect(svg).toContain('South Korea should hold talks with Russia: “');
  });

  it('with scope "emphasis", only the path, and the image says how much it leaves out', async () => {
    const made = await create({ title: 'Only the path', query: path, scope: 'emphasis' });
    const svg = await (await fetch(made.body.svgUrl)).text();
    expect(svg.match(/data-actor-id="/g)).toHaveLength(2);
    expect(svg.match(/data-relationship-id="/g)).toHaveLength(1);
    expect(svg).not.toContain('faded');
    expect(svg).toMatch(/Showing the highlighted path: 1 of \d+ relationships/);
  });

  it('a focus from a neighbourhood query, stored and drawn', async () => {
    const made = await create({
      title: 'Around Ukraine',
      query: { kind: 'neighborhood', actor: 'UKR', depth: 1 },
      scope: 'emphasis',
    });
    const stored = (await (await fetch(`${server.baseUrl}/api/snapshots/${made.body.id}`)).json()) as any;
    expect(stored.emphasis).toEqual({ focus: { actorId: 'UKR', depth: 1 } });
    const svg = await (await fetch(made.body.svgUrl)).text();
    expect(svg).toContain('data-actor-id="UKR"');
    expect(svg).not.toContain('faded');
  });

  /** Relationships in the database, counted here rather than by the code under test. */
  async function countInDatabase(types?: readonly string[]): Promise<number> {
    const [row] = await gateway.query(
      { name: 'test.count' },
      'MATCH (:Actor)-[r]->(:Actor) WHERE $types IS NULL OR type(r) IN $types RETURN count(r) AS n',
      { types: types ? [...types] : null },
    );
    return Number(row?.n);
  }

  it('the filters in words under the title, with the whole they are cut from', async () => {
    const made = await create({ title: 'Conflict', query: { kind: 'graph', quadClass: [3, 4] } });
    const stored = (await (await fetch(`${server.baseUrl}/api/snapshots/${made.body.id}`)).json()) as any;
    const all = await countInDatabase();
    const conflict = await countInDatabase(
      RELATIONSHIP_TYPES.filter((t) => t.quadClass === 3 || t.quadClass === 4).map((t) => t.name),
    );
    // The seed file: 14 conflict relationships of 45 (the negative finding is cooperation, SUPPORT).
    expect([conflict, all]).toEqual([14, 45]);
    expect(stored.edges).toHaveLength(conflict);
    expect(stored.totalEdges).toBe(all);
    const svg = await (await fetch(made.body.svgUrl)).text();
    expect(svg).toMatch(
      /<g class="filters"><text[^>]*>Showing conflict only: 14 of 45 relationships<\/text>/,
    );
  });

  it('an unfiltered snapshot stores no total, and its image no filters line', async () => {
    const made = await create({ title: 'All', query: { kind: 'graph' } });
    const stored = (await (await fetch(`${server.baseUrl}/api/snapshots/${made.body.id}`)).json()) as any;
    expect(stored).not.toHaveProperty('totalEdges');
    expect(await (await fetch(made.body.svgUrl)).text()).not.toContain('class="filters"');
  });

  it('a filtered view from the explorer counts every relationship among its actors', async () => {
    const graph = (await (await fetch(`${server.baseUrl}/api/graph`)).json()) as any;
    const facts = graph.edges.filter((e: any) => e.modality === 'fact');
    const view = {
      nodes: graph.nodes,
      edges: facts,
      positions: Object.fromEntries(
        graph.nodes.map((n: any, i: number) => [n.id, { x: i * 90, y: (i % 4) * 70 }]),
      ),
      zoom: 1,
      pan: { x: 0, y: 0 },
      filters: { modality: ['fact'] },
    };
    const res = await fetch(`${server.baseUrl}/api/render.svg`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Facts', view }),
    });
    expect(res.status).toBe(200);
    const all = await countInDatabase();
    expect(await res.text()).toContain(`Showing facts only: ${facts.length} of ${all} relationships`);
  });
});

describe('the embed page unfurls as the permalink does', () => {
  it('og:image is the 16:9 PNG at 1x, with a large card and the caption as description', async () => {
    const made = await create({
      title: 'South Korea to Russia',
      caption: 'Three paths, the first highlighted.',
      frame: '4:3',
      query: { kind: 'path', from: 'KOR', to: 'RUS', k: 3 },
    });
    const { id } = made.body;
    const html = await (await fetch(`${server.baseUrl}/embed/${id}`)).text();
    expect(meta(html, 'og:image')).toBe(`${server.baseUrl}/api/snapshots/${id}.png?frame=16:9&scale=1`);
    expect(meta(html, 'og:image:width')).toBe('1920');
    expect(meta(html, 'og:image:height')).toBe('1080');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:description')).toBe('Three paths, the first highlighted.');
    expect(meta(html, 'og:url')).toBe(`${server.baseUrl}/s/${id}`);
    // The picture it names is served at that size.
    expect(await png(meta(html, 'og:image')!)).toMatchObject({ width: 1920, height: 1080 });
  });

  it('without a caption, says what the picture holds', async () => {
    const made = await create({ title: 'Paths', query: { kind: 'path', from: 'KOR', to: 'RUS', k: 1 } });
    const html = await (await fetch(`${server.baseUrl}/embed/${made.body.id}`)).text();
    expect(meta(html, 'og:description')).toMatch(
      /^2 actors, 1 relationship, each with the brief's own words\. Source: Sejong Focus No\.25/,
    );
  });
});

describe('a query too large to lay out', () => {
  beforeAll(async () => {
    // A hub and 80 neighbours, 5,200 relationships among them: a neighbourhood of 81 actors
    // whose relationships are more than a snapshot lays out.
    const ids = ['HUB', ...Array.from({ length: 80 }, (_, i) => `N${i}`)];
    const edges = Array.from({ length: 5_200 }, (_, i) => ({
      id: `e${i}`,
      source: i < 80 ? 'HUB' : ids[1 + (i % 80)]!,
      target: i < 80 ? ids[1 + i]! : ids[1 + ((i * 7 + 3) % 80)]!,
      type: 'TRADE',
    })).filter((e) => e.source !== e.target);
    await resetDatabase(gateway, [fixtureSeed('big-brief', ids, edges)]);
  });

  it('answers 413 with the limits in the message, and stores nothing', async () => {
    const before = await countSnapshots(gateway);
    const res = await create({ title: 'Too big', query: { kind: 'neighborhood', actor: 'HUB', depth: 2 } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('LAYOUT_TOO_LARGE');
    expect(res.body.error.message).toMatch(
      /^A snapshot lays out at most 2000 actors and 5000 relationships; this query found 81 and \d{4}\./,
    );
    expect(await countSnapshots(gateway)).toBe(before);
  });
});
