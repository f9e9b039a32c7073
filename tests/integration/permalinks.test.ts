/**
 * Snapshot permalinks as a chat tool or CMS sees them (preview tags, oEmbed), and the drawing
 * options a snapshot keeps (frame, emphasis), against the real Neo4j loaded with the seed brief.
 */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSnapshots, resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/http.ts';

let gateway: Neo4jGateway;
let server: TestServer;
let clientDir: string;

/** A stand-in for the built client: the tags must go into whatever index.html the build made. */
const INDEX_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>briefgraph</title></head><body><div id="app"></div></body></html>';

async function post(path: string, body: unknown) {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** GET with a Host header of the test's choosing, as a forging client would send it. */
function getWithHost(url: string, host: string): Promise<{ headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** The content of `<meta property|name="key" content="…">` in `html`. */
function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html);
  return match?.[1]
    ?.replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

const view = {
  nodes: [
    { id: 'KOR', name: 'South Korea', kind: 'state', aliases: [] },
    { id: 'USA', name: 'United States', kind: 'state', aliases: [] },
  ],
  edges: [],
  positions: { KOR: { x: 0, y: 0 }, USA: { x: 200, y: 0 } },
  zoom: 1,
  pan: { x: 0, y: 0 },
};

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, await seedBrief());
  clientDir = await mkdtemp(join(tmpdir(), 'briefgraph-client-'));
  await writeFile(join(clientDir, 'index.html'), INDEX_HTML);
  server = await startTestServer(gateway, {}, clientDir);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
  if (clientDir) await rm(clientDir, { recursive: true, force: true });
});

describe('a permalink unfurls', () => {
  let id: string;
  beforeAll(async () => {
    const res = await post('/api/snapshots', {
      title: 'South Korea to Russia',
      caption: 'Two hops, through China.',
      query: { kind: 'path', from: 'KOR', to: 'RUS', k: 3 },
    });
    expect(res.status).toBe(201);
    id = res.body.id;
  });

  it('with the index.html of the latest build, without a restart', async () => {
    expect(await (await fetch(`${server.baseUrl}/s/${id}`)).text()).toContain('<div id="app"></div>');
    const rebuilt = INDEX_HTML.replace('<div id="app"></div>', '<div id="app" data-build="2"></div>');
    await writeFile(join(clientDir, 'index.html'), rebuilt);
    // A build an instant later must not look unchanged to a coarse file clock.
    await utimes(join(clientDir, 'index.html'), new Date(), new Date(Date.now() + 5_000));
    try {
      const html = await (await fetch(`${server.baseUrl}/s/${id}`)).text();
      expect(html).toContain('<div id="app" data-build="2"></div>');
      expect(html).toContain('<title>South Korea to Russia · briefgraph</title>');
    } finally {
      await writeFile(join(clientDir, 'index.html'), INDEX_HTML);
      await utimes(join(clientDir, 'index.html'), new Date(), new Date(Date.now() + 10_000));
    }
  });

  it('as its 16:9 picture, title and caption, with a large card and oEmbed discovery', async () => {
    const res = await fetch(`${server.baseUrl}/s/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="app"></div>');
    expect(html).toContain('<title>South Korea to Russia · briefgraph</title>');
    expect(meta(html, 'og:title')).toBe('South Korea to Russia');
    expect(meta(html, 'og:description')).toBe('Two hops, through China.');
    expect(meta(html, 'og:url')).toBe(`${server.baseUrl}/s/${id}`);
    expect(meta(html, 'og:image')).toBe(`${server.baseUrl}/api/snapshots/${id}.png?frame=16:9&scale=1`);
    expect(meta(html, 'og:image:width')).toBe('1920');
    expect(meta(html, 'og:image:height')).toBe('1080');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(oembed?.replaceAll('&amp;', '&')).toBe(
      `${server.baseUrl}/api/oembed?format=json&url=${encodeURIComponent(`${server.baseUrl}/s/${id}`)}`,
    );
    // The page changes with every client build: never cached as immutable.
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('says what the picture holds when the snapshot has no caption', async () => {
    const made = await post('/api/snapshots', { title: 'Allies', view });
    const html = await (await fetch(`${server.baseUrl}/s/${made.body.id}`)).text();
    expect(meta(html, 'og:description')).toBe("2 actors, 0 relationships, each with the brief's own words.");
  });

  it('an unknown snapshot still opens the explorer, with 404 for robots', async () => {
    const res = await fetch(`${server.baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(INDEX_HTML);
  });

  it('oEmbed answers 501 for xml and 400 for what is not a format', async () => {
    const url = encodeURIComponent(`${server.baseUrl}/s/${id}`);
    expect((await fetch(`${server.baseUrl}/api/oembed?format=xml&url=${url}`)).status).toBe(501);
    const junk = await fetch(`${server.baseUrl}/api/oembed?format=%C2%BC&url=${url}`);
    expect(junk.status).toBe(400);
    expect(((await junk.json()) as any).error.message).toBe(
      'Invalid query: format: must be json (or xml, which is not offered).',
    );
  });

  it('oEmbed takes an empty format as json', async () => {
    const url = encodeURIComponent(`${server.baseUrl}/s/${id}`);
    const res = await fetch(`${server.baseUrl}/api/oembed?format=&url=${url}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).type).toBe('rich');
  });
});

describe('what a snapshot keeps for drawing', () => {
  it('a path query: 16:9, bundled, the first path highlighted', async () => {
    const made = await post('/api/snapshots', {
      title: 'Paths',
      query: { kind: 'path', from: 'KOR', to: 'RUS' },
    });
    const snapshot = (await (await fetch(`${server.baseUrl}/api/snapshots/${made.body.id}`)).json()) as any;
    expect(snapshot).toMatchObject({ version: 2, frame: '16:9', scope: 'all', bundle: true });
    expect(snapshot.highlightedPath[0]).toBe('KOR');
    expect(snapshot.highlightedPath.at(-1)).toBe('RUS');
    expect(snapshot.emphasis).toBeUndefined();
  });

  it('a neighbourhood query: the neighbourhood as the focus', async () => {
    const made = await post('/api/snapshots', {
      title: 'Around North Korea',
      query: { kind: 'neighborhood', actor: 'dprk', depth: 2 },
      frame: { width: 1280, height: 1024 },
      scope: 'emphasis',
    });
    const snapshot = (await (await fetch(`${server.baseUrl}/api/snapshots/${made.body.id}`)).json()) as any;
    expect(snapshot.emphasis).toEqual({ focus: { actorId: 'PRK', depth: 2 } });
    expect(snapshot.frame).toEqual({ width: 1280, height: 1024 });
    expect(snapshot.scope).toBe('emphasis');
  });

  it('a view: the selection and focus the analyst had', async () => {
    const made = await post('/api/snapshots', {
      title: 'Selected',
      frame: '4:3',
      bundle: false,
      view: {
        ...view,
        emphasis: { selected: { kind: 'actor', id: 'USA' }, focus: { actorId: 'KOR', depth: 1 } },
      },
    });
    expect(made.status).toBe(201);
    const snapshot = (await (await fetch(`${server.baseUrl}/api/snapshots/${made.body.id}`)).json()) as any;
    expect(snapshot.emphasis).toEqual({
      selected: { kind: 'actor', id: 'USA' },
      focus: { actorId: 'KOR', depth: 1 },
    });
    expect(snapshot).toMatchObject({ frame: '4:3', bundle: false });
  });
});

describe('broken geometry and emphasis are refused before anything is stored', () => {
  it.each([
    [
      { positions: { ...view.positions, KOR: { x: 1e300, y: 0 } } },
      'Invalid snapshot: view.positions.KOR.x: must be at most 1000000.',
    ],
    [{ zoom: 1000 }, 'Invalid snapshot: view.zoom: must be at most 20.'],
    [{ pan: { x: 0, y: -2e6 } }, 'Invalid snapshot: view.pan.y: must be at least -1000000.'],
    [
      { emphasis: { selected: { kind: 'relationship', id: 'kor-made-up-usa' } } },
      'Invalid snapshot: view.emphasis.selected.id: kor-made-up-usa is not in the view.',
    ],
    [
      { emphasis: { focus: { actorId: 'CHN', depth: 1 } } },
      'Invalid snapshot: view.emphasis.focus.actorId: CHN is not in the view.',
    ],
  ])('%j → 400', async (change, message) => {
    const before = await countSnapshots(gateway);
    const res = await post('/api/snapshots', { title: 'Broken', view: { ...view, ...change } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
    expect(await countSnapshots(gateway)).toBe(before);
  });

  it('a frame out of bounds → 400 naming the side', async () => {
    const res = await post('/api/snapshots', { title: 'Tiny', view, frame: { width: 100, height: 100 } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'Invalid snapshot: frame.width: must be at least 320 px (and 1 more).',
    );
  });
});

describe('image URLs take a frame', () => {
  let id: string;
  beforeAll(async () => {
    id = (await post('/api/snapshots', { title: 'Framed', query: { kind: 'path', from: 'KOR', to: 'RUS' } }))
      .body.id;
  });

  it('downloads are named by scale and frame, so 1x, 2x and 4x never overwrite each other', async () => {
    for (const [query, name] of [
      ['scale=2&download=1', `briefgraph-framed-${id.slice(0, 6)}-2x-16x9.png`],
      ['scale=1&frame=4:3&download=1', `briefgraph-framed-${id.slice(0, 6)}-1x-4x3.png`],
      ['scale=1&width=1280&download=1', `briefgraph-framed-${id.slice(0, 6)}-1x-1280x720.png`],
    ] as const) {
      const res = await fetch(`${server.baseUrl}/api/snapshots/${id}.png?${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    }
    const svg = await fetch(`${server.baseUrl}/api/snapshots/${id}.svg?frame=1:1&download=1`);
    expect(svg.headers.get('content-disposition')).toBe(
      `attachment; filename="briefgraph-framed-${id.slice(0, 6)}-1x1.svg"`,
    );
  });

  it('refuses a frame it cannot draw, with the limit in the message', async () => {
    const wide = await fetch(`${server.baseUrl}/api/snapshots/${id}.png?width=9000`);
    expect(wide.status).toBe(400);
    expect(((await wide.json()) as any).error.message).toBe('Invalid query: width: must be at most 7680.');
    const thin = await fetch(`${server.baseUrl}/api/snapshots/${id}.png?width=320`);
    expect(thin.status).toBe(400);
    expect(((await thin.json()) as any).error.message).toBe(
      'Invalid query: a 320×180 frame: height must be at least 240 px.',
    );
    const shape = await fetch(`${server.baseUrl}/api/snapshots/${id}.svg?frame=3:2`);
    expect(((await shape.json()) as any).error.message).toBe(
      'Invalid query: frame: must be 16:9, 4:3, 1:1 or auto.',
    );
  });
});

describe('framing and caching are decided by what is served', () => {
  it('a path that resolves out of /embed/ to the explorer is not frameable', async () => {
    for (const path of ['/embed/x/..%2F..%2Findex.html', '/embed/x/..%2f..%2findex.html', '/index.html']) {
      const res = await fetch(`${server.baseUrl}${path}`);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('with PUBLIC_URL, pages with absolute links are immutable and use it, whatever the Host header says', async () => {
    const pinned = await startTestServer(gateway, { PUBLIC_URL: 'https://briefs.example.org' }, clientDir);
    try {
      const made = await fetch(`${pinned.baseUrl}/api/snapshots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Pinned', view }),
      });
      const { id } = (await made.json()) as { id: string };
      // fetch() will not send a Host header of its own choosing; node:http does.
      const embed = await getWithHost(`${pinned.baseUrl}/embed/${id}`, 'evil.example');
      expect(embed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const html = embed.body;
      expect(html).toContain('https://briefs.example.org/s/');
      expect(html).not.toContain('evil.example');
    } finally {
      await pinned.close();
    }
  });

  it('without PUBLIC_URL, a page built from the Host header is kept five minutes only', async () => {
    const made = await post('/api/snapshots', { title: 'Host-made', view });
    const url = encodeURIComponent(`${server.baseUrl}/s/${made.body.id}`);
    for (const path of [`/embed/${made.body.id}`, `/api/oembed?url=${url}`, `/s/${made.body.id}`]) {
      const res = await fetch(`${server.baseUrl}${path}`);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=300');
    }
    const forged = await getWithHost(`${server.baseUrl}/embed/${made.body.id}`, 'evil.example');
    expect(forged.body).toContain(`http://evil.example/s/${made.body.id}`);
    expect(forged.headers['cache-control']).toBe('public, max-age=300');
  });
});
