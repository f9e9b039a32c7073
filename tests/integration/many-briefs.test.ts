/**
 * Many briefs in one graph, on a real Neo4j: the Sejong seed brief and a second brief
 * (tests/fixtures/second-brief/) that shares South Korea and the United States and ONE
 * relationship with it (kor-alliance-usa), in real sentences, so every offset is a real one.
 * Corroboration comes from the evidence; the `briefs` filter narrows every query kind.
 */
import { fileURLToPath } from 'node:url';
import { corroboration, supportingBriefIds } from '@briefgraph/graph/domain/corroboration';
import { readSeedFolder } from '@briefgraph/graph/seed/seed-files';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';

const SECOND_DIR = fileURLToPath(new URL('../fixtures/second-brief', import.meta.url));
const SEJONG = 'sejong-focus-2023-04-no25';
const SECOND = 'alliance-outlook-2024-01';
const SECOND_EDGES = ['jpn-diplomacy-kor-shuttle', 'kor-alliance-usa', 'prk-missile-provocation-kor-2023'];

let gateway: Neo4jGateway;
let server: TestServer;

interface Edge {
  id: string;
  evidence: { briefId: string; quote: string; start: number; end: number }[];
}

const edgeIds = (body: { edges: Edge[] }) => body.edges.map((e) => e.id).sort();

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, [...(await seedBrief()), ...(await readSeedFolder(SECOND_DIR))]);
  server = await startTestServer(gateway);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe('corroboration', () => {
  it('the shared relationship holds the quotes of both briefs (corroboration 2), each at its own offsets', async () => {
    const res = await getJson(`${server.baseUrl}/api/graph`);
    expect(res.status).toBe(200);
    const shared = (res.body.edges as Edge[]).find((e) => e.id === 'kor-alliance-usa')!;
    expect(supportingBriefIds(shared).sort()).toEqual([SECOND, SEJONG].sort());
    expect(corroboration(shared)).toBe(2);
    for (const briefId of [SEJONG, SECOND]) {
      const brief = await getJson(`${server.baseUrl}/api/briefs/${briefId}`);
      for (const ev of shared.evidence.filter((e) => e.briefId === briefId)) {
        expect(brief.body.text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
    // Every other relationship is one brief's.
    const others = (res.body.edges as Edge[]).filter((e) => e.id !== 'kor-alliance-usa');
    expect(others.every((e) => corroboration(e) === 1)).toBe(true);
  });

  it('lists both briefs, reviewed, newest first', async () => {
    const res = await getJson(`${server.baseUrl}/api/briefs`);
    expect(res.body.items.map((b: { id: string; reviewed: boolean }) => [b.id, b.reviewed])).toEqual([
      [SECOND, true],
      [SEJONG, true],
    ]);
  });
});

describe('the brief filter', () => {
  it('keeps only the relationships of the briefs named, in the whole graph', async () => {
    const res = await getJson(`${server.baseUrl}/api/graph?briefs=${SECOND}`);
    expect(res.status).toBe(200);
    expect(edgeIds(res.body)).toEqual(SECOND_EDGES);
    // A filter leaves out the actors that keep no relationship.
    expect(res.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['JPN', 'KOR', 'PRK', 'USA']);
    const both = await getJson(`${server.baseUrl}/api/graph?briefs=${SECOND},${SEJONG}`);
    const all = await getJson(`${server.baseUrl}/api/graph`);
    expect(edgeIds(both.body)).toEqual(edgeIds(all.body));
  });

  it('keeps a relationship that the named brief shares with another', async () => {
    const res = await getJson(`${server.baseUrl}/api/graph?briefs=${SEJONG}`);
    const ids = edgeIds(res.body);
    expect(ids).toContain('kor-alliance-usa');
    expect(ids).not.toContain('jpn-diplomacy-kor-shuttle');
  });

  it('narrows a neighbourhood, walking only the named brief', async () => {
    const res = await getJson(`${server.baseUrl}/api/actors/KOR/neighborhood?briefs=${SECOND}&depth=2`);
    expect(res.status).toBe(200);
    expect(edgeIds(res.body)).toEqual(SECOND_EDGES);
    const unfiltered = await getJson(`${server.baseUrl}/api/actors/KOR/neighborhood?depth=2`);
    expect(unfiltered.body.edges.length).toBeGreaterThan(SECOND_EDGES.length);
  });

  it('narrows paths to hops that the named brief supports', async () => {
    const res = await getJson(`${server.baseUrl}/api/paths?from=JPN&to=USA&k=3&briefs=${SECOND}`);
    expect(res.status).toBe(200);
    const paths = res.body.paths.map((p: { edges: Edge[] }) => p.edges.map((e) => e.id));
    expect(paths).toEqual([['jpn-diplomacy-kor-shuttle', 'kor-alliance-usa']]);
    const sejong = await getJson(`${server.baseUrl}/api/paths?from=JPN&to=USA&k=3&briefs=${SEJONG}`);
    for (const path of sejong.body.paths as { edges: Edge[] }[]) {
      for (const edge of path.edges) expect(supportingBriefIds(edge)).toContain(SEJONG);
    }
    expect(sejong.body.paths.length).toBeGreaterThan(0);
  });

  it('answers an unknown brief id with an empty answer, not an error', async () => {
    const graph = await getJson(`${server.baseUrl}/api/graph?briefs=no-such-brief`);
    expect([graph.status, graph.body.edges, graph.body.nodes]).toEqual([200, [], []]);
    const near = await getJson(`${server.baseUrl}/api/actors/KOR/neighborhood?briefs=no-such-brief`);
    expect([near.status, near.body.edges]).toEqual([200, []]);
    const paths = await getJson(`${server.baseUrl}/api/paths?from=KOR&to=USA&briefs=no-such-brief`);
    expect([paths.status, paths.body.paths]).toEqual([200, []]);
  });

  it('refuses a malformed brief id with a 400 whose JSON names it', async () => {
    const res = await getJson(`${server.baseUrl}/api/graph?briefs=${SECOND},Not%20A%20Brief`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(JSON.stringify(res.body.error)).toMatch(/briefs/);
    expect(JSON.stringify(res.body.error)).toMatch(/brief id is lower-case kebab/);
    const path = await getJson(`${server.baseUrl}/api/paths?from=KOR&to=USA&briefs=BAD!`);
    expect(path.status).toBe(400);
  });
});

describe('a snapshot with a brief filter', () => {
  it('draws only that brief and says so in its filters line', async () => {
    const res = await fetch(`${server.baseUrl}/api/snapshots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'The second brief', query: { kind: 'graph', briefs: [SECOND] } }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const links = (await res.json()) as { id: string; svgUrl: string };
    const snapshot = await getJson(`${server.baseUrl}/api/snapshots/${links.id}`);
    expect(snapshot.body.filters).toEqual({ briefs: [SECOND] });
    expect(edgeIds(snapshot.body)).toEqual(SECOND_EDGES);
    const svg = await (await fetch(links.svgUrl)).text();
    expect(svg).toMatch(new RegExp(`Showing brief ${SECOND} only: 3 of \\d+ relationships`));
  });

  it('keeps weighting by corroboration, and the image draws the shared relationship wider', async () => {
    const res = await fetch(`${server.baseUrl}/api/snapshots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Weighted',
        corroboration: true,
        bundle: false,
        query: { kind: 'neighborhood', actor: 'KOR', briefs: [SECOND] },
      }),
    });
    expect(res.status).toBe(201);
    const links = (await res.json()) as { id: string; svgUrl: string };
    expect((await getJson(`${server.baseUrl}/api/snapshots/${links.id}`)).body.corroboration).toBe(true);
    const svg = await (await fetch(links.svgUrl)).text();
    const width = (id: string) => {
      const group = new RegExp(`data-relationship-id="${id}"[\\s\\S]*?stroke-width="([\\d.]+)"`).exec(svg);
      return Number(group?.[1]);
    };
    expect(width('kor-alliance-usa')).toBeGreaterThan(width('jpn-diplomacy-kor-shuttle'));
    // The legend says what the widths mean.
    expect(svg).toContain('Briefs supporting it');
  });
});
