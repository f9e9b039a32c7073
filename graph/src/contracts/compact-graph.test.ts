import { describe, expect, it } from 'vitest';
import type { Graph } from '../domain/schemas.ts';
import { decodeCompactGraph, encodeCompactGraph } from './compact-graph.ts';

const graph: Graph = {
  truncated: true,
  nodes: [
    { id: 'KOR', name: 'South Korea', kind: 'state', aliases: ['ROK'], iso3: 'KOR' },
    { id: 'PRK', name: 'North Korea', kind: 'state', aliases: [] },
    { id: 'UN', name: 'United Nations', kind: 'organization', aliases: ['UN'] },
  ],
  edges: [
    {
      id: 'prk-provocation-kor',
      source: 'PRK',
      target: 'KOR',
      type: 'PROVOCATION',
      directed: true,
      modality: 'fact',
      quadClass: 4,
      attributes: { missiles: 2 },
      evidence: [
        { briefId: 'brief-a', quote: 'North Korea fired.', start: 10, end: 28 },
        { briefId: 'brief-b', quote: 'Pyongyang fired.', start: 0, end: 16 },
      ],
      inferred: true,
      note: 'Read from the second sentence.',
    },
    {
      id: 'un-opposition-prk',
      source: 'UN',
      target: 'PRK',
      type: 'OPPOSITION',
      directed: true,
      modality: 'recommendation',
      quadClass: 3,
      attributes: {},
      evidence: [{ briefId: 'brief-b', quote: 'The UN should sanction it.', start: 40, end: 66 }],
      addressee: 'UN',
      negated: true,
    },
  ],
};

describe('the compact whole-graph payload', () => {
  it('holds columns, actor and brief indices, and no quote', () => {
    const compact = encodeCompactGraph(graph, new Map([['PRK', { x: 1.5, y: -2, community: 3 }]]));
    expect(compact).toEqual({
      format: 'compact-1',
      truncated: true,
      briefs: ['brief-a', 'brief-b'],
      actors: {
        id: ['KOR', 'PRK', 'UN'],
        name: ['South Korea', 'North Korea', 'United Nations'],
        kind: ['state', 'state', 'organization'],
        aliases: [['ROK'], [], ['UN']],
        iso3: ['KOR', null, null],
        x: [null, 1.5, null],
        y: [null, -2, null],
        community: [null, 3, null],
      },
      relationships: {
        id: ['prk-provocation-kor', 'un-opposition-prk'],
        source: [1, 2],
        target: [0, 1],
        type: ['PROVOCATION', 'OPPOSITION'],
        modality: ['fact', 'recommendation'],
        attributes: [{ missiles: 2 }, null],
        addressee: [null, 2],
        flags: [1, 2],
        note: ['Read from the second sentence.', null],
        evidence: [
          [0, 10, 28, 1, 0, 16],
          [1, 40, 66],
        ],
      },
    });
    expect(JSON.stringify(compact)).not.toContain('fired');
  });

  it('decodes to the same graph but the quotes, and to the placements sent', () => {
    const { graph: decoded, placements } = decodeCompactGraph(
      JSON.parse(
        JSON.stringify(encodeCompactGraph(graph, new Map([['UN', { x: 0, y: 7.5, community: 0 }]]))),
      ),
    );
    expect(decoded).toEqual({
      ...graph,
      edges: graph.edges.map((e) => ({ ...e, evidence: e.evidence.map((ev) => ({ ...ev, quote: '' })) })),
    });
    expect([...placements]).toEqual([['UN', { x: 0, y: 7.5, community: 0 }]]);
  });

  it('refuses a relationship whose end is not among the actors', () => {
    const broken = { ...graph, nodes: graph.nodes.slice(0, 2) };
    expect(() => encodeCompactGraph(broken)).toThrow(/UN/);
  });
});
