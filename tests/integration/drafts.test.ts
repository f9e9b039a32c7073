/**
 * POST /api/briefs/:id/draft against the real Neo4j loaded with the seed brief: a draft in the
 * documented shape whose every quote is the brief's own text at its offsets, known actors linked
 * by id, nothing stored; an unknown brief is a 404.
 */
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, resetDatabase, seedBrief, testGateway } from '../support/database.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';
import { createResponseValidator } from '../support/openapi-validator.ts';

const BRIEF = 'sejong-focus-2023-04-no25';
let gateway: Neo4jGateway;
let server: TestServer;
let validate: ReturnType<typeof createResponseValidator>;

const draft = async (id: string) => {
  const res = await fetch(`${server.baseUrl}/api/briefs/${id}/draft`, { method: 'POST' });
  const body = (await res.json()) as any;
  expect(validate('post', '/api/briefs/{id}/draft', res.status, body)).toEqual([]);
  return { status: res.status, body, headers: res.headers };
};

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

describe('POST /api/briefs/:id/draft', () => {
  it('drafts the brief: every quote is the text at its offsets, known actors keep their ids, nothing is stored', async () => {
    const before = await countGraph(gateway);
    const { text } = (await getJson(`${server.baseUrl}/api/briefs/${BRIEF}`)).body as { text: string };
    const { status, body, headers } = await draft(BRIEF);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body.relationships.length).toBeGreaterThan(20);
    for (const rel of body.relationships) {
      for (const e of rel.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    // The graph's actors are known: linked by their ids, not drafted as new.
    const byId = new Map(body.actors.map((a: any) => [a.id, a]));
    for (const id of ['KOR', 'USA', 'CHN', 'RUS', 'PRK', 'NATO']) {
      expect(byId.get(id), id).toMatchObject({ id, isNew: false });
    }
    // One the brief states plainly, in its own words ("strengthening of the Korea-U.S. alliance").
    const alliance = body.relationships.find(
      (r: any) => r.type === 'ALLIANCE' && [r.source, r.target].sort().join() === 'KOR,USA',
    );
    expect(alliance).toMatchObject({ modality: 'fact', negated: false });
    expect(await countGraph(gateway)).toEqual(before);
  });

  it('answers 404 for a brief it does not hold, 400 for a malformed id', async () => {
    const missing = await draft('no-such-brief');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const malformed = await fetch(`${server.baseUrl}/api/briefs/${encodeURIComponent('Bad Id!')}/draft`, {
      method: 'POST',
    });
    expect(malformed.status).toBe(400);
  });
});
