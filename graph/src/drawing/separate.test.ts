import { describe, expect, it } from 'vitest';
import type { Actor, Relationship } from '../domain/schemas.ts';
import { layoutGraph } from './layout.ts';
import { buildScene, type SceneActor } from './scene.ts';
import { EXPLORER_LAYOUT, SEED_ACTORS, SEED_RELATIONSHIPS, SERVER_LAYOUT } from './seed-graph.fixture.ts';
import { footprints, overlappingPairs, pushApart, pushesOffLines, separateActors } from './separate.ts';

type Positions = Record<string, { x: number; y: number }>;

/** Pairs of actors whose bodies or names overlap in the scene drawn from these positions. */
const overlapsIn = (positions: Positions, bundle = false) =>
  overlappingPairs(
    footprints(buildScene({ nodes: SEED_ACTORS, edges: SEED_RELATIONSHIPS, positions, bundle })),
  );

const squeezed = (positions: Positions, k: number): Positions =>
  Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, { x: p.x * k, y: p.y * k }]));

const seedAsRecords = {
  nodes: SEED_ACTORS.map((a) => ({ ...a, aliases: [] })) as Actor[],
  edges: SEED_RELATIONSHIPS as unknown as Relationship[],
};

describe('pushApart', () => {
  it('separates two actors drawn on the same spot, along the axis that needs the smaller move', () => {
    const box = (x: number, y: number) => ({ x1: x - 20, y1: y - 5, x2: x + 20, y2: y + 5 });
    const moved = pushApart(
      [
        { id: 'A', x: 0, y: 0, boxes: [box(0, 0)] },
        { id: 'B', x: 0, y: 0, boxes: [box(0, 0)] },
        { id: 'C', x: 300, y: 0, boxes: [box(300, 0)] },
      ],
      4,
    );
    expect(moved.get('A')!.x).toBe(0);
    expect(moved.get('B')!.y - moved.get('A')!.y).toBeGreaterThanOrEqual(14);
    // C overlapped nothing: it stays.
    expect(moved.get('C')).toEqual({ x: 300, y: 0 });
  });
});

describe('separateActors: no actor or name over another after a layout', () => {
  it('leaves the seed graph’s layouts as they are: nothing overlaps there', () => {
    for (const layout of [SERVER_LAYOUT, EXPLORER_LAYOUT]) {
      expect(overlapsIn(layout)).toEqual([]);
      const out = separateActors({
        nodes: SEED_ACTORS,
        edges: SEED_RELATIONSHIPS,
        positions: layout,
        bundle: 'both',
      });
      expect(out).toEqual(layout);
    }
  });

  for (const k of [0.6, 0.35, 0.1]) {
    it(`pushes apart the seed graph squeezed to ${k} of its explorer layout, bundled or not`, () => {
      const tight = squeezed(EXPLORER_LAYOUT, k);
      expect(overlapsIn(tight).length).toBeGreaterThan(0);
      const out = separateActors({
        nodes: SEED_ACTORS,
        edges: SEED_RELATIONSHIPS,
        positions: tight,
        bundle: 'both',
      });
      expect(overlapsIn(out)).toEqual([]);
      expect(overlapsIn(out, true)).toEqual([]);
    });
  }

  it('moves only what overlaps, the same way every time, whatever the order of its input', () => {
    const tight = squeezed(EXPLORER_LAYOUT, 0.6);
    const involved = new Set(overlapsIn(tight).flat());
    const out = separateActors({ nodes: SEED_ACTORS, edges: SEED_RELATIONSHIPS, positions: tight });
    const reversed = separateActors({
      nodes: [...SEED_ACTORS].reverse(),
      edges: [...SEED_RELATIONSHIPS].reverse(),
      positions: tight,
    });
    expect(reversed).toEqual(out);
    const moved = Object.keys(tight).filter(
      (id) => out[id]!.x !== tight[id]!.x || out[id]!.y !== tight[id]!.y,
    );
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThan(SEED_ACTORS.length);
    expect(moved.some((id) => involved.has(id))).toBe(true);
  });

  it('separates two actors on one spot, whose names were one on the other', () => {
    const nodes: SceneActor[] = [
      { id: 'A', name: 'Alpha Republic', kind: 'state' },
      { id: 'B', name: 'Beta Federation', kind: 'state' },
    ];
    const out = separateActors({ nodes, edges: [], positions: { A: { x: 0, y: 0 }, B: { x: 0, y: 0 } } });
    expect(overlappingPairs(footprints(buildScene({ nodes, edges: [], positions: out })))).toEqual([]);
  });
});

describe('separateActors: no actor under a line the scene could not bend', () => {
  it('moves an actor off a fan of seven relationships that blockers keep from bending', () => {
    const nodes: SceneActor[] = ['A', 'B', 'C', 'N', 'S'].map((id) => ({ id, name: id, kind: 'state' }));
    const edges = Array.from({ length: 7 }, (_, i) => ({
      id: `a-c-${i}`,
      source: 'A',
      target: 'C',
      type: 'TRADE',
      modality: 'fact' as const,
    }));
    const positions = {
      A: { x: 0, y: 0 },
      C: { x: 160, y: 0 },
      B: { x: 80, y: 0 },
      N: { x: 80, y: -60 },
      S: { x: 80, y: 60 },
    };
    const under = (p: Positions) => pushesOffLines(buildScene({ nodes, edges, positions: p }), 0).size;
    expect(under(positions)).toBeGreaterThan(0);
    const out = separateActors({ nodes, edges, positions });
    expect(under(out)).toBe(0);
    expect(overlappingPairs(footprints(buildScene({ nodes, edges, positions: out })))).toEqual([]);
  });
});

describe('layoutGraph: seeded, and clean', () => {
  it('gives the seed graph a layout with no actor or name over another, for several seeds', () => {
    const pictures = new Set<string>();
    for (const seed of [1, 2, 3, 0x5eed_2023]) {
      const positions = layoutGraph(seedAsRecords.nodes, seedAsRecords.edges, { seed });
      expect(overlapsIn(positions), `seed ${seed}`).toEqual([]);
      expect(overlapsIn(positions, true), `seed ${seed}, bundled`).toEqual([]);
      pictures.add(JSON.stringify(positions));
    }
    // Another seed, another picture.
    expect(pictures.size).toBe(4);
  });

  it('gives the same picture for the same seed', () => {
    const a = layoutGraph(seedAsRecords.nodes, seedAsRecords.edges, { seed: 7 });
    const b = layoutGraph([...seedAsRecords.nodes].reverse(), [...seedAsRecords.edges].reverse(), {
      seed: 7,
    });
    expect(b).toEqual(a);
    expect(layoutGraph(seedAsRecords.nodes, seedAsRecords.edges)).toEqual(
      layoutGraph(seedAsRecords.nodes, seedAsRecords.edges, { seed: 0x5eed_2023 }),
    );
  });
});
