/**
 * The annotation model's fields on a real Neo4j: addressee, inferred (with its note), negated,
 * note and numbers with units go in with a load and come back out of the API as they were
 * written; a negative finding is returned where its actors are shown but no path walks it; a
 * database written by the previous loader format is loaded again and gains the fields.
 */
import { readFileSync } from 'node:fs';
import { LOAD_FORMAT, loadSeeds, seedsNeedLoading } from '@briefgraph/graph/seed/loader';
import { assertValidSeed, type Seed, sha256 } from '@briefgraph/graph/seed/validate-seed';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, SEEDS_DIR, seedBrief, testGateway } from '../support/database.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';
import { createResponseValidator } from '../support/openapi-validator.ts';

/**
 *   AA ─ trade (116 %) ─ BB ─ "does not support" ─ CC       no path AA → CC: the only way to
 *   AA ─ "should hold talks with" (addressed to BB) ─ BB    CC is the negative finding;
 *   BB ─ provokes (inferred) ─ DD ─ alliance ─ CC           BB → CC goes round it, via DD.
 */
const text = [
  'AA trades with BB, up 116% in a decade.',
  'BB has not been supporting CC.',
  'AA should hold talks with BB.',
  'It provokes DD.',
  'DD is allied with CC.',
  '',
].join('\n');
const annotation = {
  brief: {
    id: 'annotation-model',
    textFile: 'annotation-model.txt',
    sha256: sha256(text),
    title: 'Annotation model',
    publisher: 'Test Institute',
    authors: [{ name: 'Test Author' }],
    publishedOn: '2024-01-01',
    language: 'en',
  },
  actors: [
    { id: 'AA', name: 'Actor AA', kind: 'state' },
    { id: 'BB', name: 'Actor BB', kind: 'state' },
    { id: 'CC', name: 'Actor CC', kind: 'state' },
    { id: 'DD', name: 'Actor DD', kind: 'state' },
    { id: 'DD_ISSUE', name: 'The DD issue', kind: 'issue' },
  ],
  relationships: [
    {
      id: 'aa-trade-bb',
      source: 'AA',
      target: 'BB',
      type: 'TRADE',
      modality: 'fact',
      attributes: { growth: { value: 116, unit: '%' }, period: 'a decade' },
      evidence: [{ quote: 'AA trades with BB, up 116% in a decade' }],
    },
    {
      id: 'bb-support-cc',
      source: 'BB',
      target: 'CC',
      type: 'SUPPORT',
      modality: 'fact',
      evidence: [{ quote: 'BB has not been supporting CC' }],
      negated: true,
      note: 'A negative finding.',
    },
    {
      id: 'aa-diplomacy-bb',
      source: 'AA',
      target: 'BB',
      type: 'DIPLOMACY',
      modality: 'recommendation',
      evidence: [{ quote: 'AA should hold talks with BB' }],
      addressee: 'AA',
    },
    {
      id: 'bb-provocation-dd',
      source: 'BB',
      target: 'DD',
      type: 'PROVOCATION',
      modality: 'fact',
      evidence: [{ quote: 'It provokes DD' }],
      inferred: true,
      note: '"It" is BB, from the sentence before.',
    },
    {
      id: 'cc-alliance-dd',
      source: 'CC',
      target: 'DD',
      type: 'ALLIANCE',
      modality: 'fact',
      evidence: [{ quote: 'DD is allied with CC' }],
    },
  ],
};
const seed: Seed = assertValidSeed(annotation, text, 'annotation-model.annotations.json');

let gateway: Neo4jGateway;
let server: TestServer;
let validate: ReturnType<typeof createResponseValidator>;

async function graphEdges(): Promise<Map<string, Record<string, unknown>>> {
  const res = await getJson(`${server.baseUrl}/api/graph`);
  expect(res.status).toBe(200);
  expect(validate('get', '/api/graph', 200, res.body)).toEqual([]);
  return new Map(res.body.edges.map((e: { id: string }) => [e.id, e]));
}

async function pathIds(query: string): Promise<string[][]> {
  const res = await getJson(`${server.baseUrl}/api/paths?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(validate('get', '/api/paths', 200, res.body)).toEqual([]);
  return res.body.paths.map((p: { edges: { id: string }[] }) => p.edges.map((e) => e.id));
}

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, [seed]);
  server = await startTestServer(gateway);
  validate = createResponseValidator((await getJson(`${server.baseUrl}/api/openapi.json`)).body);
});
afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe('the annotation fields, loaded and returned', () => {
  it('gives back addressee, inferred, negated, note and a number with its unit as written, and nothing on the rest', async () => {
    const edges = await graphEdges();
    expect(edges.get('aa-trade-bb')).toMatchObject({ attributes: { growth: { value: 116, unit: '%' } } });
    expect(edges.get('aa-diplomacy-bb')).toMatchObject({ addressee: 'AA', modality: 'recommendation' });
    expect(edges.get('bb-provocation-dd')).toMatchObject({
      inferred: true,
      note: '"It" is BB, from the sentence before.',
    });
    expect(edges.get('bb-support-cc')).toMatchObject({ negated: true, note: 'A negative finding.' });
    const plain = edges.get('cc-alliance-dd') ?? {};
    for (const key of ['addressee', 'inferred', 'negated', 'note']) expect(plain).not.toHaveProperty(key);
  });

  it('shows an issue as an actor of its own kind', async () => {
    const res = await getJson(`${server.baseUrl}/api/actors/DD_ISSUE`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'DD_ISSUE', kind: 'issue' });
  });
});

describe('a negative finding in queries', () => {
  it('is never a hop: with it the only direct way, one hop finds nothing', async () => {
    expect(await pathIds('from=BB&to=CC&maxHops=1')).toEqual([]);
  });

  it('is walked round: BB to CC goes through DD, and AA reaches CC only that way', async () => {
    expect(await pathIds('from=BB&to=CC&k=3')).toEqual([['bb-provocation-dd', 'cc-alliance-dd']]);
    const fromAa = await pathIds('from=AA&to=CC&k=5');
    expect(fromAa.length).toBeGreaterThan(0);
    for (const p of fromAa) expect(p).not.toContain('bb-support-cc');
  });

  it('reaches no one in a neighbourhood, and is returned among the actors it joins', async () => {
    // CC's only ties: the alliance with DD, and the negative finding with BB.
    const near = await getJson(`${server.baseUrl}/api/actors/CC/neighborhood?depth=1`);
    expect(near.status).toBe(200);
    expect(near.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['CC', 'DD']);
    const wider = await getJson(`${server.baseUrl}/api/actors/CC/neighborhood?depth=2`);
    expect(wider.body.edges.map((e: { id: string }) => e.id)).toContain('bb-support-cc');
  });
});

describe('the seed brief after its review', () => {
  const file = JSON.parse(readFileSync(`${SEEDS_DIR}/sejong-focus-2023-04-no25.annotations.json`, 'utf8'));
  const inFile = (id: string) => file.relationships.find((r: { id: string }) => r.id === id);

  it('round-trips every reviewed field of the file through load and GET /api/graph', async () => {
    await resetDatabase(gateway, await seedBrief());
    const edges = await graphEdges();
    for (const r of file.relationships) {
      const got = edges.get(r.id);
      expect(got, r.id).toBeDefined();
      for (const key of ['addressee', 'inferred', 'negated', 'note'] as const)
        expect(got?.[key], `${r.id}.${key}`).toEqual(r[key]);
      expect(got?.attributes, r.id).toEqual(r.attributes ?? {});
    }
    expect(edges.get('chn-trade-rus')?.attributes).toMatchObject(inFile('chn-trade-rus').attributes);
    const issue = await getJson(`${server.baseUrl}/api/actors/PRK_NUCLEAR_ISSUE`);
    expect(issue.body.kind).toBe('issue');
  });

  it('finds no China–Russia path through the negative finding', async () => {
    await resetDatabase(gateway, await seedBrief());
    expect(inFile('chn-support-rus').negated).toBe(true);
    const direct = await pathIds('from=CHN&to=RUS&maxHops=1&k=10');
    expect(direct.flat()).not.toContain('chn-support-rus');
    expect(direct.length).toBeGreaterThan(0);
  });

  it('is loaded again, with the new fields, on a database the previous loader format wrote', async () => {
    const seeds = await seedBrief();
    await resetDatabase(gateway, seeds);
    // What an older loader wrote: no addressee, inferred, negated or note on any relationship.
    await gateway.write({ name: 'test.age' }, async (run) => {
      await run('MATCH (:Actor)-[r]->(:Actor) REMOVE r.addressee, r.inferred, r.negated, r.note');
      await run('MATCH (b:Brief) SET b.loadFormat = $old', { old: LOAD_FORMAT - 1 });
    });
    expect((await graphEdges()).get('chn-support-rus')).not.toHaveProperty('negated');
    expect(await seedsNeedLoading(gateway, seeds)).toBe(true);
    await loadSeeds(gateway, seeds);
    expect(await seedsNeedLoading(gateway, seeds)).toBe(false);
    expect((await graphEdges()).get('chn-support-rus')).toMatchObject({ negated: true });
  });
});
