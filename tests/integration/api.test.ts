/**
 * Every API endpoint against the real Neo4j loaded with the seed brief, with its error cases,
 * and every response checked against the OpenAPI document the server serves.
 */
import { readFileSync } from 'node:fs';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, SEEDS_DIR, seedBrief, testGateway } from '../support/database.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';
import { createResponseValidator } from '../support/openapi-validator.ts';

const BRIEF_ID = 'sejong-focus-2023-04-no25';
const briefText = readFileSync(`${SEEDS_DIR}/${BRIEF_ID}.txt`, 'utf8');
const annotation = JSON.parse(readFileSync(`${SEEDS_DIR}/${BRIEF_ID}.annotations.json`, 'utf8')) as {
  actors: { id: string }[];
  relationships: { id: string; source: string; target: string; type: string }[];
};

let gateway: Neo4jGateway;
let server: TestServer;
let validate: ReturnType<typeof createResponseValidator>;

/** GET a path, assert the status, and check the body against the documented schema. */
async function call(path: string, status: number, documentedPath = path.split('?')[0] ?? path) {
  const res = await getJson(`${server.baseUrl}${path}`);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(validate('get', documentedPath, status, res.body)).toEqual([]);
  return res.body;
}

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, await seedBrief());
  server = await startTestServer(gateway);
  validate = createResponseValidator((await getJson(`${server.baseUrl}/api/openapi.json`)).body);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document that lists every route', async () => {
    const { body } = await getJson(`${server.baseUrl}/api/openapi.json`);
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/actors',
      '/api/actors/{id}',
      '/api/actors/{id}/neighborhood',
      '/api/graph',
      '/api/paths',
      '/api/search',
      '/api/briefs',
      '/api/briefs/{id}',
      '/api/vocabulary',
      '/api/health',
    ]) {
      expect(Object.keys(body.paths)).toContain(path);
    }
  });
});

describe('GET /api/health', () => {
  it('reports Neo4j up with its 5.26 version', async () => {
    const body = await call('/api/health', 200);
    expect(body).toEqual({
      status: 'ok',
      neo4j: { status: 'up', version: expect.stringMatching(/^5\.26\./) },
    });
  });
});

describe('GET /api/vocabulary', () => {
  it('serves ALLIANCE, TRADE and PROVOCATION with direction and quad class', async () => {
    const body = await call('/api/vocabulary', 200);
    const byName = Object.fromEntries(body.relationshipTypes.map((t: { name: string }) => [t.name, t]));
    expect(byName.ALLIANCE).toMatchObject({ directed: false, quadClass: 2 });
    expect(byName.TRADE).toMatchObject({ directed: false, quadClass: 2 });
    expect(byName.PROVOCATION).toMatchObject({ directed: true, quadClass: 4, label: 'provokes' });
  });
});

describe('GET /api/actors', () => {
  it('pages through every actor of the seed', async () => {
    const first = await call('/api/actors?limit=5', 200);
    expect(first.items).toHaveLength(5);
    expect(first.total).toBe(annotation.actors.length);
    const rest = await call(`/api/actors?limit=100&offset=5`, 200);
    const ids = [...first.items, ...rest.items].map((a: { id: string }) => a.id).sort();
    expect(ids).toEqual(annotation.actors.map((a) => a.id).sort());
  });

  it('rejects a page size out of range', async () => {
    const body = await call('/api/actors?limit=0', 400);
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.message).toContain('limit');
  });
});

describe('GET /api/actors/:id', () => {
  it.each([
    ['KOR', 'KOR'],
    ['ROK', 'KOR'],
    ['korea', 'KOR'],
    ['dprk', 'PRK'],
    ['U.S.', 'USA'],
    ['washington', 'USA'],
    ['PRC', 'CHN'],
    ['Russia', 'RUS'],
  ])('resolves %s to %s', async (key, id) => {
    const body = await call(`/api/actors/${encodeURIComponent(key)}`, 200, '/api/actors/{id}');
    expect(body.id).toBe(id);
    expect(body.degree).toBeGreaterThan(0);
  });

  it('answers 404 with a JSON error for an unknown actor', async () => {
    const body = await call('/api/actors/ATLANTIS', 404, '/api/actors/{id}');
    expect(body.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('ATLANTIS') });
  });
});

describe('GET /api/actors/:id/neighborhood', () => {
  it('returns the actors one hop from North Korea and only relationships among them', async () => {
    const body = await call('/api/actors/dprk/neighborhood?depth=1', 200, '/api/actors/{id}/neighborhood');
    const expected = new Set(['PRK']);
    for (const r of annotation.relationships) {
      if (r.source === 'PRK') expected.add(r.target);
      if (r.target === 'PRK') expected.add(r.source);
    }
    expect(new Set(body.nodes.map((n: { id: string }) => n.id))).toEqual(expected);
    for (const e of body.edges) {
      expect(expected.has(e.source) && expected.has(e.target)).toBe(true);
    }
  });

  it('filters by relationship type', async () => {
    const body = await call(
      '/api/actors/PRK/neighborhood?depth=1&types=PROVOCATION',
      200,
      '/api/actors/{id}/neighborhood',
    );
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e: { type: string }) => e.type === 'PROVOCATION')).toBe(true);
  });

  it.each([
    ['depth=4', 'depth'],
    ['types=NOT_A_TYPE', 'types'],
    ['types=ALLIANCE]-()%20DETACH%20DELETE%20n//', 'types'],
    ['modality=rumour', 'modality'],
    ['quadClass=7', 'quadClass'],
  ])('rejects %s with 400', async (query, field) => {
    const body = await call(`/api/actors/KOR/neighborhood?${query}`, 400, '/api/actors/{id}/neighborhood');
    expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('leaves the actor alone when the filters exclude every relationship type', async () => {
    const body = await call(
      '/api/actors/KOR/neighborhood?types=ALLIANCE&quadClass=4',
      200,
      '/api/actors/{id}/neighborhood',
    );
    expect(body).toEqual({ nodes: [expect.objectContaining({ id: 'KOR' })], edges: [], truncated: false });
  });

  it('answers 404 for an unknown actor', async () => {
    await call('/api/actors/NOWHERE/neighborhood', 404, '/api/actors/{id}/neighborhood');
  });
});

describe('GET /api/graph', () => {
  it('returns the whole seed graph', async () => {
    const body = await call('/api/graph', 200);
    expect(body.truncated).toBe(false);
    expect(body.nodes).toHaveLength(annotation.actors.length);
    expect(body.edges.map((e: { id: string }) => e.id).sort()).toEqual(
      annotation.relationships.map((r) => r.id).sort(),
    );
  });

  it('keeps only conflict relationships when filtered by quad classes 3 and 4', async () => {
    const body = await call('/api/graph?quadClass=3,4', 200);
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e: { quadClass: number }) => e.quadClass === 3 || e.quadClass === 4)).toBe(true);
  });

  it('marks the answer truncated when the limit cuts actors', async () => {
    const body = await call('/api/graph?limit=3', 200);
    expect(body.nodes).toHaveLength(3);
    expect(body.truncated).toBe(true);
  });

  it('cut by the limit, keeps the most connected actors (ties by id), filtered or not', async () => {
    const all = await call('/api/graph', 200);
    const ranked = (edges: Array<{ source: string; target: string }>) => {
      const degree = new Map<string, number>();
      for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
      return [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
    };
    const top = await call('/api/graph?limit=4', 200);
    expect(top.nodes.map((n: { id: string }) => n.id).sort()).toEqual(ranked(all.edges).slice(0, 4).sort());
    const conflict = await call('/api/graph?limit=4&quadClass=3,4', 200);
    const conflictEdges = all.edges.filter(
      (e: { quadClass: number }) => e.quadClass === 3 || e.quadClass === 4,
    );
    expect(conflict.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      ranked(conflictEdges).slice(0, 4).sort(),
    );
  });
});

describe('GET /api/paths', () => {
  it('finds paths from ROK to Russia whose every hop carries a verbatim quote of the brief', async () => {
    const body = await call('/api/paths?from=ROK&to=Russia&k=3', 200);
    expect(body.from.id).toBe('KOR');
    expect(body.to.id).toBe('RUS');
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths.length).toBeLessThanOrEqual(3);
    for (const path of body.paths) {
      expect(path.nodes[0].id).toBe('KOR');
      expect(path.nodes.at(-1).id).toBe('RUS');
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      for (const edge of path.edges) {
        expect(edge.evidence.length).toBeGreaterThan(0);
        for (const ev of edge.evidence) expect(briefText.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
    const lengths = body.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('answers an empty list when no path uses only the given type', async () => {
    const body = await call('/api/paths?from=KOR&to=RUS&types=TRADE&maxHops=2', 200);
    expect(body.paths).toEqual([]);
  });

  it.each([
    ['from=KOR&to=RUS&maxHops=100', 'maxHops'],
    ['from=KOR&to=RUS&k=0', 'k'],
    ['from=KOR&to=RUS&k=abc', 'k'],
    ['from=KOR&to=RUS&types=FRIENDSHIP', 'types'],
    ['from=KOR&to=RUS&types=ALLIANCE|TRADE*1..20]-(x) RETURN x//', 'types'],
    ['from=KOR&to=RUS&direction=sideways', 'direction'],
    ['to=RUS', 'from'],
  ])('rejects %s with 400', async (query, field) => {
    const body = await call(`/api/paths?${query.replaceAll(' ', '%20')}`, 400, '/api/paths');
    expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers 404 when an end is unknown', async () => {
    const body = await call('/api/paths?from=KOR&to=Atlantis', 404, '/api/paths');
    expect(body.error.message).toContain('Atlantis');
  });
});

describe('GET /api/search', () => {
  it.each([
    ['ROK', 'KOR'],
    ['dprk', 'PRK'],
    ['Washington', 'USA'],
    ['beij', 'CHN'],
    ['Rusia', 'RUS'],
    // Demonyms and short forms find the state before the people, assets and events named after it.
    ['Chinese', 'CHN'],
    ['American', 'USA'],
    ['North Korean', 'PRK'],
    ['N. Korea', 'PRK'],
    ['Kremlin', 'RUS'],
    ['japanese', 'JPN'],
  ])('ranks %s first as %s', async (q, id) => {
    const body = await call(`/api/search?q=${encodeURIComponent(q)}`, 200, '/api/search');
    expect(body.items[0]?.actor.id).toBe(id);
  });

  it('treats Lucene syntax in the query as text', async () => {
    const body = await call(`/api/search?q=${encodeURIComponent('"(*:~')}`, 200, '/api/search');
    expect(body.items).toEqual([]);
  });

  it('requires q', async () => {
    await call('/api/search', 400, '/api/search');
  });
});

describe('GET /api/briefs', () => {
  it('lists the seed brief with its metadata', async () => {
    const body = await call('/api/briefs', 200);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      id: BRIEF_ID,
      publishedOn: '2023-04-03',
      publisher: 'The Sejong Institute',
    });
    expect(body.items[0].authors[0].name).toBe('Hyun-ik Hong');
  });

  it('exports the text and the annotation file byte for byte, as seeds/ holds them', async () => {
    const text = await fetch(`${server.baseUrl}/api/briefs/${BRIEF_ID}/text`);
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(Buffer.from(await text.arrayBuffer()).equals(readFileSync(`${SEEDS_DIR}/${BRIEF_ID}.txt`))).toBe(
      true,
    );
    const file = await fetch(`${server.baseUrl}/api/briefs/${BRIEF_ID}/annotations.json`);
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.equals(readFileSync(`${SEEDS_DIR}/${BRIEF_ID}.annotations.json`))).toBe(true);
    expect(
      validate('get', '/api/briefs/{id}/annotations.json', 200, JSON.parse(bytes.toString('utf8'))),
    ).toEqual([]);
    for (const path of ['text', 'annotations.json']) {
      const missing = await getJson(`${server.baseUrl}/api/briefs/no-such-brief/${path}`);
      expect(missing.status).toBe(404);
      expect(validate('get', `/api/briefs/{id}/${path}`, 404, missing.body)).toEqual([]);
      const malformed = await getJson(
        `${server.baseUrl}/api/briefs/${encodeURIComponent('Bad Id!')}/${path}`,
      );
      expect(malformed.status).toBe(400);
      expect(validate('get', `/api/briefs/{id}/${path}`, 400, malformed.body)).toEqual([]);
    }
  });

  it('returns the exact text and evidence spans that point into it', async () => {
    const body = await call(`/api/briefs/${BRIEF_ID}`, 200, '/api/briefs/{id}');
    expect(body.text).toBe(briefText);
    const relIds = new Set(body.spans.map((s: { relationshipId: string }) => s.relationshipId));
    expect(relIds).toEqual(new Set(annotation.relationships.map((r) => r.id)));
    for (const span of body.spans) expect(body.text.slice(span.start, span.end)).toBe(span.quote);
  });

  it('serves the front matter of the annotation as ranges of the text: the page clutter, no evidence', async () => {
    const body = await call(`/api/briefs/${BRIEF_ID}`, 200, '/api/briefs/{id}');
    const pieces = (body.frontMatter as { start: number; end: number }[]).map((r) =>
      body.text.slice(r.start, r.end),
    );
    expect(pieces).toHaveLength(3);
    expect(pieces[0]).toBe('Sejong Focus');
    expect(pieces[1]).toBe('Date 2023-04-03 View 2,417');
    expect(pieces[2]).toContain('hyunik@sejong.org');
    expect(pieces[2]?.endsWith('The Sejong Institute')).toBe(true);
    for (const range of body.frontMatter as { start: number; end: number }[])
      for (const span of body.spans) expect(span.end <= range.start || span.start >= range.end).toBe(true);
  });

  it('answers 404 for an unknown brief and 400 for a malformed id', async () => {
    await call('/api/briefs/no-such-brief', 404, '/api/briefs/{id}');
    await call('/api/briefs/NOT%20AN%20ID', 400, '/api/briefs/{id}');
  });
});

describe('unknown routes', () => {
  it('answer 404 with a JSON error body', async () => {
    const res = await getJson(`${server.baseUrl}/api/nothing-here?x=1`);
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: 'No route for GET /api/nothing-here.' });
  });
});

describe('methods a route does not take', () => {
  it.each([
    ['PATCH', '/api/paths', 'GET, HEAD'],
    ['DELETE', '/api/actors/KOR', 'GET, HEAD'],
    ['PUT', '/api/snapshots', 'POST'],
    ['GET', '/api/render.png', 'POST'],
    ['POST', '/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA.png', 'GET, HEAD'],
  ])('%s %s answers 405 with Allow: %s', async (method, path, allow) => {
    const res = await fetch(`${server.baseUrl}${path}`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(((await res.json()) as any).error).toEqual({
      code: 'METHOD_NOT_ALLOWED',
      message: `${method} is not allowed on ${path}; use ${allow}.`,
    });
  });
});

describe('the OpenAPI document says what the server enforces', () => {
  let doc: any;
  beforeAll(async () => {
    doc = (await getJson(`${server.baseUrl}/api/openapi.json`)).body;
  });
  const param = (path: string, name: string) =>
    doc.paths[path].get.parameters.find((p: { name: string }) => p.name === name);

  it('describes list parameters by the items they take', () => {
    const quad = new RegExp(param('/api/graph', 'quadClass').schema.pattern);
    expect(['', '1', '3,4', '1,2,3,4'].filter((v) => quad.test(v))).toEqual(['', '1', '3,4', '1,2,3,4']);
    expect(['0', '5', '1,', 'conflict'].filter((v) => quad.test(v))).toEqual([]);
    const modality = new RegExp(param('/api/paths', 'modality').schema.pattern);
    expect(modality.test('fact,recommendation')).toBe(true);
    expect(modality.test('opinion')).toBe(false);
  });

  it('gives path parameters their patterns and bounds', () => {
    expect(param('/api/briefs/{id}', 'id').schema.pattern).toBe('^[a-z0-9][a-z0-9-]{1,99}$');
    expect(param('/api/snapshots/{id}', 'id').schema.pattern).toBe('^[A-Za-z0-9_-]{22}$');
    expect(param('/api/actors/{id}', 'id').schema).toMatchObject({ minLength: 1, maxLength: 200 });
  });

  it('declares the statuses the server can answer', () => {
    expect(Object.keys(doc.paths['/api/paths'].get.responses)).toEqual(['200', '400', '404', '431', '503']);
    expect(Object.keys(doc.paths['/api/vocabulary'].get.responses)).toEqual(['200', '431']);
    expect(Object.keys(doc.paths['/api/render.png'].post.responses)).toContain('413');
  });

  it('an empty number is refused, not read as 0', async () => {
    const body = await call('/api/actors?offset=', 400, '/api/actors');
    expect(body.error.message).toBe('Invalid query: offset: must be a number.');
  });
});

describe('messages for bad input', () => {
  it('names the real problem of an overlong search, not a missing one', async () => {
    const body = await call(`/api/search?q=${'a'.repeat(300)}`, 400, '/api/search');
    expect(body.error.message).toBe('Invalid query: q: must be at most 200 characters.');
  });

  it('does not repeat the name of a malformed path parameter', async () => {
    const body = await call('/api/briefs/NOT%20AN%20ID', 400, '/api/briefs/{id}');
    expect(body.error.message).toMatch(/^Invalid brief id: a brief id is lower-case kebab/);
  });
});
