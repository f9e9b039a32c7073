/**
 * k shortest simple paths on a fixture graph whose answers are known by construction.
 *
 *        B ── D              A─B─D is the only 2-hop path from A to D;
 *       / \\  |              A─E─F─G─H─D is the only simple 5-hop path;
 *      A   C  |              B has two parallel edges to C (c1, c2), so A─B─C─B─D is a
 *       \\    |              4-hop walk that revisits B: never a simple path.
 *        E─F─G─H
 */
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGateway } from '../support/database.ts';
import { fixtureSeed } from '../support/fixture-seed.ts';
import { getJson, startTestServer, type TestServer } from '../support/http.ts';

let gateway: Neo4jGateway;
let server: TestServer;

const seed = fixtureSeed(
  'fixture-paths',
  ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'],
  [
    { id: 'ab', source: 'AA', target: 'BB', type: 'ALLIANCE' },
    { id: 'bd', source: 'BB', target: 'DD', type: 'PROVOCATION' },
    { id: 'bc1', source: 'BB', target: 'CC', type: 'TRADE' },
    { id: 'bc2', source: 'BB', target: 'CC', type: 'TRADE', modality: 'assessment' },
    { id: 'ae', source: 'AA', target: 'EE', type: 'ALLIANCE' },
    { id: 'ef', source: 'EE', target: 'FF', type: 'ALLIANCE' },
    { id: 'fg', source: 'FF', target: 'GG', type: 'ALLIANCE' },
    { id: 'gh', source: 'GG', target: 'HH', type: 'ALLIANCE', modality: 'recommendation' },
    { id: 'hd', source: 'HH', target: 'DD', type: 'ALLIANCE' },
  ],
);

/**
 * Twelve equally short paths S → Mi → T, stored in a scrambled order: whatever order Neo4j
 * walks them in, the answer must be the same k paths every time, the first by relationship id.
 */
const TIE_ORDER = [7, 1, 12, 3, 9, 2, 11, 5, 8, 4, 10, 6];
const pad = (i: number) => String(i).padStart(2, '0');
const tiedSeed = fixtureSeed(
  'fixture-ties',
  ['SS', 'TT', ...TIE_ORDER.map((i) => `M${pad(i)}`)],
  TIE_ORDER.flatMap((i) => [
    { id: `s-m${pad(i)}`, source: 'SS', target: `M${pad(i)}`, type: 'ALLIANCE' as const },
    { id: `m${pad(i)}-t`, source: `M${pad(i)}`, target: 'TT', type: 'ALLIANCE' as const },
  ]),
);

async function paths(query: string): Promise<string[][]> {
  const res = await getJson(`${server.baseUrl}/api/paths?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.paths.map((p: { edges: { id: string }[] }) => p.edges.map((e) => e.id));
}

beforeAll(async () => {
  gateway = testGateway();
  await resetDatabase(gateway, [seed, tiedSeed]);
  server = await startTestServer(gateway);
});

afterAll(async () => {
  await server?.close();
  await gateway?.close();
});

describe('GET /api/paths on the fixture graph', () => {
  it('returns the shortest path first and then the next simple one, skipping the walk that revisits B', async () => {
    expect(await paths('from=AA&to=DD&k=2&maxHops=5')).toEqual([
      ['ab', 'bd'],
      ['ae', 'ef', 'fg', 'gh', 'hd'],
    ]);
  });

  it('returns only the shortest path when k=1', async () => {
    expect(await paths('from=AA&to=DD&k=1&maxHops=5')).toEqual([['ab', 'bd']]);
  });

  it('respects maxHops', async () => {
    expect(await paths('from=AA&to=DD&k=5&maxHops=4')).toEqual([['ab', 'bd']]);
  });

  it('counts parallel relationships as different paths', async () => {
    const found = await paths('from=AA&to=CC&k=3&maxHops=2');
    expect(found.sort()).toEqual([
      ['ab', 'bc1'],
      ['ab', 'bc2'],
    ]);
  });

  it('filters by relationship type', async () => {
    expect(await paths('from=AA&to=DD&k=3&maxHops=5&types=ALLIANCE')).toEqual([
      ['ae', 'ef', 'fg', 'gh', 'hd'],
    ]);
  });

  it('filters by modality: without recommendations the long way is cut', async () => {
    expect(await paths('from=AA&to=DD&k=3&maxHops=5&types=ALLIANCE&modality=fact,assessment')).toEqual([]);
  });

  it('filters by quad class: material cooperation only cannot cross the provocation', async () => {
    expect(await paths('from=AA&to=DD&k=3&maxHops=5&quadClass=2')).toEqual([['ae', 'ef', 'fg', 'gh', 'hd']]);
  });

  it('follows stored directions with direction=outgoing', async () => {
    expect(await paths('from=DD&to=AA&k=3&maxHops=5&direction=any')).toEqual([
      ['bd', 'ab'],
      ['hd', 'gh', 'fg', 'ef', 'ae'],
    ]);
    expect(await paths('from=DD&to=AA&k=3&maxHops=5&direction=outgoing')).toEqual([]);
  });

  it('orders the nodes of each path from the start to the end', async () => {
    const res = await getJson(`${server.baseUrl}/api/paths?from=DD&to=AA&k=1`);
    expect(res.body.paths[0].nodes.map((n: { id: string }) => n.id)).toEqual(['DD', 'BB', 'AA']);
  });
});

describe('one hop', () => {
  it('is every direct relationship, parallel ones ordered by id', async () => {
    expect(await paths('from=BB&to=CC&k=3&maxHops=1')).toEqual([['bc1'], ['bc2']]);
    expect(await paths('from=BB&to=CC&k=1&maxHops=1&modality=assessment')).toEqual([['bc2']]);
    expect(await paths('from=AA&to=DD&k=3&maxHops=1')).toEqual([]);
  });
});

describe('ties among equally short paths', () => {
  const firstThree = [
    ['s-m01', 'm01-t'],
    ['s-m02', 'm02-t'],
    ['s-m03', 'm03-t'],
  ];

  it('are broken by relationship id, not by storage order', async () => {
    expect(await paths('from=SS&to=TT&k=3')).toEqual(firstThree);
  });

  it('give the same k paths after the same seeds are loaded again', async () => {
    await resetDatabase(gateway, [tiedSeed, seed]);
    expect(await paths('from=SS&to=TT&k=3')).toEqual(firstThree);
    expect((await paths('from=SS&to=TT&k=10')).map((p) => p[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `s-m${pad(i + 1)}`),
    );
  });
});
