import { describe, expect, it, vi } from 'vitest';
import type { Neo4jGateway, Row } from '../store/neo4j-gateway.ts';
import { runGraphQuery } from './run-graph-query.ts';

const actorRow = (id: string, name = id) => ({ id, name, kind: 'state', aliases: [], iso3: null });
const relRow = (id: string, source: string, target: string) => ({
  id,
  source,
  target,
  type: 'ALLIANCE',
  modality: 'fact',
  attributesJson: '{}',
  evidenceJson: JSON.stringify([{ briefId: 'brief-a', quote: 'allied', start: 0, end: 6 }]),
});

/** A gateway that answers each statement by its name and records what ran in which transaction. */
function stubGateway(answers: Record<string, Row[]>) {
  const transactions: string[][] = [];
  const read = vi.fn(
    async (_options: unknown, work: (run: (c: string, p?: Row) => Promise<Row[]>) => unknown) => {
      const ran: string[] = [];
      transactions.push(ran);
      return work(async (cypher) => {
        const name = statementName(cypher);
        ran.push(name);
        return answers[name] ?? [];
      });
    },
  );
  return { gateway: { read } as unknown as Neo4jGateway, transactions };
}

/** Which statement a Cypher text is, from a fragment only that statement has. */
function statementName(cypher: string): string {
  // The path statement resolves its keys too: it is told apart first.
  if (cypher.includes('AS ends, paths')) return 'paths.shortest';
  if (cypher.includes('UNWIND $keys')) return 'actors.resolve';
  if (cypher.includes('MATCH (c:Actor {id: $id})')) return 'neighborhood.actors';
  if (cypher.includes('collect(a) AS ranked')) return 'graph.actors';
  if (cypher.includes('a.id IN $ids AND b.id IN $ids')) return 'relationships';
  if (cypher.includes('-[r') && cypher.includes('AS rel')) return 'relationships.all';
  return 'unknown';
}

describe('runGraphQuery', () => {
  it('resolves both ends and finds the paths in one statement', async () => {
    const { gateway, transactions } = stubGateway({
      'paths.shortest': [
        {
          ends: [actorRow('KOR', 'South Korea'), actorRow('USA', 'United States')],
          paths: [
            {
              nodes: [actorRow('KOR'), actorRow('USA')],
              edges: [relRow('kor-alliance-usa', 'KOR', 'USA')],
              length: 1,
            },
          ],
        },
      ],
    });
    const result = await runGraphQuery(gateway, {
      kind: 'path',
      from: 'ROK',
      to: 'U.S.',
      k: 3,
      maxHops: 4,
      direction: 'any',
    });
    expect(transactions).toEqual([['paths.shortest']]);
    expect(result.from).toEqual({ id: 'KOR', name: 'South Korea', kind: 'state', aliases: [] });
    expect(result.to.id).toBe('USA');
    expect(result.paths.map((p) => p.edges.map((e) => e.id))).toEqual([['kor-alliance-usa']]);
  });

  it('answers 404 naming the key when an end is unknown', async () => {
    const { gateway, transactions } = stubGateway({
      'paths.shortest': [{ ends: [actorRow('KOR'), null], paths: [] }],
    });
    await expect(
      runGraphQuery(gateway, {
        kind: 'path',
        from: 'KOR',
        to: 'Atlantis',
        k: 3,
        maxHops: 4,
        direction: 'any',
      }),
    ).rejects.toMatchObject({ status: 404, message: 'No actor has the id, name or alias "Atlantis".' });
    expect(transactions).toEqual([['paths.shortest']]);
  });

  it('runs no path query when the filter leaves no type', async () => {
    const { gateway, transactions } = stubGateway({
      'actors.resolve': [
        { index: 0, actor: actorRow('KOR'), degree: 1 },
        { index: 1, actor: actorRow('USA'), degree: 1 },
      ],
    });
    const result = await runGraphQuery(gateway, {
      kind: 'path',
      from: 'KOR',
      to: 'USA',
      k: 3,
      maxHops: 4,
      direction: 'any',
      types: ['LEADERSHIP'],
      quadClass: [1],
    });
    expect(result.paths).toEqual([]);
    expect(transactions).toEqual([['actors.resolve']]);
  });

  it('finds a neighbourhood and the relationships among it in one transaction, and says when it was cut', async () => {
    const { gateway, transactions } = stubGateway({
      'actors.resolve': [{ index: 0, actor: actorRow('PRK'), degree: 4 }],
      'neighborhood.actors': [
        { actor: actorRow('PRK'), total: 3 },
        { actor: actorRow('KOR'), total: 3 },
      ],
      relationships: [{ rel: relRow('prk-alliance-kor', 'PRK', 'KOR') }],
    });
    const result = await runGraphQuery(gateway, { kind: 'neighborhood', actor: 'dprk', depth: 1, limit: 2 });
    expect(transactions).toEqual([['actors.resolve', 'neighborhood.actors', 'relationships']]);
    expect(result.center.id).toBe('PRK');
    expect(result.graph.nodes.map((n) => n.id)).toEqual(['PRK', 'KOR']);
    expect(result.graph.truncated).toBe(true);
  });

  it('refuses a stored relationship whose evidence is not valid JSON, as a named server error', async () => {
    const broken = { ...relRow('kor-alliance-usa', 'KOR', 'USA'), evidenceJson: '{oops' };
    const { gateway } = stubGateway({
      'graph.actors': [{ actor: actorRow('KOR'), total: 2 }],
      'relationships.all': [{ rel: broken }],
    });
    await expect(
      runGraphQuery(gateway, { kind: 'graph', limit: 500, edgeLimit: 5_000 }),
    ).rejects.toMatchObject({
      code: 'CORRUPT_RECORD',
      status: 500,
      message: 'A stored relationship does not match its schema.',
    });
  });
  it('opens the whole graph without a list of ids when it holds every actor, and with one when cut', async () => {
    const whole = stubGateway({
      'graph.actors': [
        { actor: actorRow('KOR'), total: 2 },
        { actor: actorRow('USA'), total: 2 },
      ],
      'relationships.all': [{ rel: relRow('kor-alliance-usa', 'KOR', 'USA') }],
    });
    const all = await runGraphQuery(whole.gateway, { kind: 'graph', limit: 2, edgeLimit: 5_000 });
    expect(whole.transactions).toEqual([['graph.actors', 'relationships.all']]);
    expect(all.graph).toMatchObject({ truncated: false, edges: [{ id: 'kor-alliance-usa' }] });
    const cut = stubGateway({ 'graph.actors': [{ actor: actorRow('KOR'), total: 2 }] });
    const top = await runGraphQuery(cut.gateway, { kind: 'graph', limit: 1, edgeLimit: 5_000 });
    expect(cut.transactions).toEqual([['graph.actors', 'relationships']]);
    expect(top.graph.truncated).toBe(true);
  });
});
