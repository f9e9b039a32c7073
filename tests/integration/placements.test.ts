/**
 * The whole graph's stored layout on real Neo4j: after a load every actor has a position and a
 * community; a later load keeps placed actors where they were (also one whose name changed)
 * and places the new ones; the compact whole-graph answer carries those placements and the
 * same graph as the full answer but the quotes, which /api/relationships gives back; a brief
 * saved through the API is laid out by the server.
 */
import { get as httpGet } from 'node:http';
import { decodeCompactGraph } from '@briefgraph/graph/contracts/compact-graph';
import { loadSeeds } from '@briefgraph/graph/seed/loader';
import { refreshPlacements } from '@briefgraph/graph/seed/placements';
import type { Seed } from '@briefgraph/graph/seed/validate-seed';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { fixtureSeed } from '../support/fixture-seed.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';

let gateway: Neo4jGateway;
let server: TestServer;
let seeds: Seed[];

beforeAll(async () => {
  gateway = testGateway();
  seeds = await seedBrief();
  server = await startTestServer(gateway);
});

beforeEach(async () => {
  await resetDatabase(gateway, seeds);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

interface Stored {
  id: string;
  x: number | null;
  y: number | null;
  community: number | null;
}

async function stored(): Promise<Map<string, Stored>> {
  const rows = await gateway.query(
    { name: 'test.placements' },
    'MATCH (a:Actor) RETURN a.id AS id, a.layoutX AS x, a.layoutY AS y, a.community AS community',
  );
  return new Map(rows.map((r) => [String(r.id), r as unknown as Stored]));
}

/** Five new actors around the seed's KOR: a brief that grows the graph by a little. */
function growingBrief(): Seed {
  const ids = ['NEW_A', 'NEW_B', 'NEW_C', 'NEW_D', 'NEW_E'];
  return fixtureSeed(
    'growing-brief',
    ['KOR', ...ids],
    ids.map((id, i) => ({
      id: `kor-partnership-${id.slice(4).toLowerCase()}`,
      source: 'KOR',
      target: id,
      type: i % 2 ? 'TRADE' : 'PARTNERSHIP',
    })),
  );
}

describe('placements after a load', () => {
  it('give every actor a position and a community', async () => {
    const before = await stored();
    expect([...before.values()].every((a) => a.x === null)).toBe(true);
    const done = await refreshPlacements(gateway);
    const after = await stored();
    expect(done.actors).toBe(seeds[0]!.actors.length);
    for (const a of after.values()) {
      expect(Number.isFinite(a.x), a.id).toBe(true);
      expect(Number.isFinite(a.y), a.id).toBe(true);
      expect(Number.isInteger(a.community), a.id).toBe(true);
    }
    // Spread out, not stacked: no two actors share a position.
    const points = new Set([...after.values()].map((a) => `${a.x},${a.y}`));
    expect(points.size).toBe(after.size);
    // A second refresh with nothing new writes nothing and moves nobody.
    expect(await refreshPlacements(gateway)).toMatchObject({ moved: 0, written: 0 });
  });

  it('keep placed actors where they were when a brief adds new ones, and place those', async () => {
    await refreshPlacements(gateway);
    const before = await stored();
    await loadSeeds(gateway, [...seeds, growingBrief()]);
    const loaded = await stored();
    // The loader rewrote KOR (the new brief lists it) but kept its place.
    expect(loaded.get('KOR')).toEqual(before.get('KOR'));
    expect(loaded.get('NEW_A')?.x).toBeNull();
    const done = await refreshPlacements(gateway);
    expect(done.moved).toBe(5);
    const after = await stored();
    for (const [id, a] of before)
      expect({ id, x: after.get(id)?.x, y: after.get(id)?.y }).toEqual({ id, x: a.x, y: a.y });
    for (const id of ['NEW_A', 'NEW_B', 'NEW_C', 'NEW_D', 'NEW_E']) {
      expect(Number.isFinite(after.get(id)?.x), id).toBe(true);
    }
  });

  it('are all laid out afresh when asked, whatever was placed', async () => {
    await refreshPlacements(gateway);
    // As if the graph had been laid out long ago: every actor in one corner.
    await gateway.write({ name: 'test.corner' }, (run) =>
      run('MATCH (a:Actor) SET a.layoutX = toFloat(id(a)), a.layoutY = 0.0, a.community = 0'),
    );
    const kept = await refreshPlacements(gateway);
    expect(kept.moved).toBe(0);
    const fresh = await refreshPlacements(gateway, undefined, { fresh: true });
    expect(fresh.moved).toBe(fresh.actors);
    const after = await stored();
    expect([...after.values()].some((a) => a.y !== 0)).toBe(true);
    // And the same picture as a first layout of this graph.
    await gateway.write({ name: 'test.unplace' }, (run) =>
      run('MATCH (a:Actor) REMOVE a.layoutX, a.layoutY, a.community'),
    );
    await refreshPlacements(gateway);
    expect(await stored()).toEqual(after);
  });

  it('survive a change to an actor (its name) in a reload', async () => {
    await refreshPlacements(gateway);
    const before = (await stored()).get('PRK');
    const renamed = structuredClone(seeds);
    const prk = renamed[0]!.actors.find((a) => a.id === 'PRK')!;
    prk.name = `${prk.name} (renamed)`;
    renamed[0]!.contentHash = `${renamed[0]!.contentHash}-renamed`;
    await loadSeeds(gateway, renamed);
    const [row] = await gateway.query(
      { name: 'test.prk' },
      "MATCH (a:Actor {id: 'PRK'}) RETURN a.name AS name",
    );
    expect(row?.name).toBe(prk.name);
    expect((await stored()).get('PRK')).toEqual(before);
  });
});

describe('GET /api/graph?format=compact', () => {
  it('is the full answer in columns, with the stored placements and without quotes', async () => {
    await refreshPlacements(gateway);
    const full = await getJson(`${server.baseUrl}/api/graph?limit=10000&edgeLimit=25000`);
    const compact = await getJson(`${server.baseUrl}/api/graph?limit=10000&edgeLimit=25000&format=compact`);
    expect(compact.status).toBe(200);
    expect(compact.body.format).toBe('compact-1');
    const decoded = decodeCompactGraph(compact.body);
    const withoutQuotes = {
      ...full.body,
      edges: full.body.edges.map((e: { evidence: Array<Record<string, unknown>> }) => ({
        ...e,
        evidence: e.evidence.map((ev) => ({ ...ev, quote: '' })),
      })),
    };
    expect(decoded.graph).toEqual(withoutQuotes);
    const db = await stored();
    expect(decoded.placements.size).toBe(db.size);
    for (const [id, p] of decoded.placements) {
      const s = db.get(id)!;
      expect(p).toEqual({ x: s.x, y: s.y, community: s.community });
    }
    expect(JSON.stringify(compact.body).length).toBeLessThan(JSON.stringify(full.body).length / 2);
  });

  it('sends null placements for actors not laid out yet', async () => {
    const { body } = await getJson(`${server.baseUrl}/api/graph?format=compact`);
    expect(body.actors.x.every((x: unknown) => x === null)).toBe(true);
    expect(decodeCompactGraph(body).placements.size).toBe(0);
  });

  it('refuses an unknown format with a 400 naming it', async () => {
    const { status, body } = await getJson(`${server.baseUrl}/api/graph?format=tiny`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('format');
  });
});

describe('GET /api/relationships', () => {
  it('gives the quotes back: the full records, in the order asked, unknown ids left out', async () => {
    const full = await getJson(`${server.baseUrl}/api/graph`);
    const wanted = [full.body.edges[3], full.body.edges[0]];
    const ids = [wanted[0].id, 'no-such-relationship', wanted[1].id, wanted[0].id].join(',');
    const { status, body } = await getJson(`${server.baseUrl}/api/relationships?ids=${ids}`);
    expect(status).toBe(200);
    expect(body.items).toEqual(wanted);
    expect(body.items[0].evidence[0].quote.length).toBeGreaterThan(0);
  });

  it('refuses no ids, or more than 500, with a 400 naming ids', async () => {
    for (const query of ['', '?ids=', `?ids=${Array.from({ length: 501 }, (_, i) => `r${i}`).join(',')}`]) {
      const { status, body } = await getJson(`${server.baseUrl}/api/relationships${query}`);
      expect(status, query).toBe(400);
      expect(JSON.stringify(body), query).toContain('ids');
    }
  });
});

describe('the server lays out what a load changed', () => {
  it('places the actors of a brief saved through the API, in its worker thread', async () => {
    await refreshPlacements(gateway);
    const before = await stored();
    const sentence = 'South Korea signed a trade pact with Atlantis.';
    const post = await fetch(`${server.baseUrl}/api/briefs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Atlantis and Seoul',
        publisher: 'Test Institute',
        published: '2026-11-30',
        text: `${sentence}\n`,
      }),
    });
    expect(post.status, await post.clone().text()).toBe(201);
    const brief = (await post.json()) as Record<string, any>;
    const kor = seeds[0]!.actors.find((a) => a.id === 'KOR')!;
    const annotation = {
      brief: {
        id: brief.id,
        textFile: `${brief.id}.txt`,
        title: brief.title,
        publisher: brief.publisher,
        authors: brief.authors,
        publishedOn: brief.publishedOn,
        language: brief.language,
        sha256: brief.sha256,
      },
      frontMatter: [],
      actors: [kor, { id: 'ATLANTIS', name: 'Atlantis', kind: 'state', aliases: [] }],
      relationships: [
        {
          id: 'kor-trade-atlantis',
          source: 'KOR',
          target: 'ATLANTIS',
          type: 'TRADE',
          modality: 'fact',
          evidence: [{ quote: sentence }],
        },
      ],
    };
    const put = await fetch(`${server.baseUrl}/api/briefs/${brief.id}/annotations`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(annotation),
    });
    expect(put.status, await put.clone().text()).toBe(200);
    await server.placements.settled();
    const after = await stored();
    expect(Number.isFinite(after.get('ATLANTIS')?.x)).toBe(true);
    expect(after.get('KOR')).toEqual(before.get('KOR'));
  });
});

describe('a large whole-graph answer', () => {
  it('is answered again from memory until a load or a layout changes the graph', async () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => `BIG_${i}`);
    const edges = ids.slice(1).map((id, i) => ({ id: `big-${i}`, source: 'BIG_0', target: id }));
    await resetDatabase(gateway, [fixtureSeed('big-brief', ids, edges)]);
    const url = `${server.baseUrl}/api/graph?limit=10000&edgeLimit=25000&format=compact`;
    const read = vi.spyOn(gateway, 'read');
    try {
      const first = await getJson(url);
      expect(first.body.actors.id).toHaveLength(1_000);
      const readsForFirst = read.mock.calls.length;
      const again = await getJson(url);
      // Only the fingerprint was read the second time, and the answer is the same.
      expect(read.mock.calls.length - readsForFirst).toBe(1);
      expect(again.body).toEqual(first.body);
      // A browser holding the answer gets a 304.
      const etag = again.headers.get('etag');
      expect(etag).toBeTruthy();
      // (node:http, not fetch: fetch asks a conditional request with Cache-Control: no-cache.)
      const status = await new Promise<number | undefined>((done, fail) =>
        httpGet(url, { headers: { 'if-none-match': etag! } }, (res) => {
          res.resume();
          done(res.statusCode);
        }).on('error', fail),
      );
      expect(status).toBe(304);
      // A layout refresh changes the answer: the positions are in it.
      await refreshPlacements(gateway);
      const placed = await getJson(url);
      expect(placed.body.actors.x.every((x: unknown) => typeof x === 'number')).toBe(true);
      // And so does a load.
      await loadSeeds(gateway, [fixtureSeed('big-brief', ids.slice(0, 999), edges.slice(0, 997))]);
      const loaded = await getJson(url);
      expect(loaded.body.actors.id).toHaveLength(999);
    } finally {
      read.mockRestore();
    }
  });
});
