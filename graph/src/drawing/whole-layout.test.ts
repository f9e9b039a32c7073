import { describe, expect, it } from 'vitest';
import type { Point } from '../domain/schemas.ts';
import { layoutWholeGraph, WHOLE_LAYOUT_EDGE_LENGTH } from './whole-layout.ts';

/** Two dense groups of `size` actors (A0.., B0..) joined by a single relationship. */
function twoGroups(size: number) {
  const actors: string[] = [];
  const edges: Array<{ source: string; target: string }> = [];
  for (const g of ['A', 'B']) {
    for (let i = 0; i < size; i++) {
      actors.push(`${g}${i}`);
      for (let j = 0; j < i; j++) edges.push({ source: `${g}${i}`, target: `${g}${j}` });
    }
  }
  edges.push({ source: 'A0', target: 'B0' });
  return { actors, edges };
}

const distance = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
const centroid = (ps: Point[]) => ({
  x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
  y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
});

describe('the whole-graph layout', () => {
  it('finds the two groups as communities and draws them apart', () => {
    const { positions, communities } = layoutWholeGraph(twoGroups(12));
    const a = Array.from({ length: 12 }, (_, i) => `A${i}`);
    const b = Array.from({ length: 12 }, (_, i) => `B${i}`);
    expect(new Set(a.map((id) => communities[id])).size).toBe(1);
    expect(new Set(b.map((id) => communities[id])).size).toBe(1);
    expect(communities.A0).not.toBe(communities.B0);
    const ca = centroid(a.map((id) => positions[id]!));
    const cb = centroid(b.map((id) => positions[id]!));
    const spreadA = Math.max(...a.map((id) => distance(positions[id]!, ca)));
    expect(distance(ca, cb)).toBeGreaterThan(spreadA);
  });

  it('is repeatable, and scaled so a typical relationship is as long as in the explorer', () => {
    const input = twoGroups(8);
    const first = layoutWholeGraph(input);
    expect(layoutWholeGraph(input)).toEqual(first);
    const lengths = input.edges
      .map((e) => distance(first.positions[e.source]!, first.positions[e.target]!))
      .sort((p, q) => p - q);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median).toBeGreaterThan(WHOLE_LAYOUT_EDGE_LENGTH * 0.9);
    expect(median).toBeLessThan(WHOLE_LAYOUT_EDGE_LENGTH * 1.1);
  });

  it('keeps placed actors where they were and puts a new one beside its neighbours', () => {
    const input = twoGroups(10);
    const before = layoutWholeGraph(input);
    const grown = {
      actors: [...input.actors, 'NEW'],
      edges: [...input.edges, { source: 'NEW', target: 'B3' }, { source: 'NEW', target: 'B4' }],
      previous: before.positions,
    };
    const after = layoutWholeGraph(grown);
    expect(after.moved).toBe(1);
    for (const id of input.actors) expect(after.positions[id]).toEqual(before.positions[id]);
    const near = distance(after.positions.NEW!, centroid([before.positions.B3!, before.positions.B4!]));
    const far = distance(
      after.positions.NEW!,
      centroid(input.actors.filter((id) => id.startsWith('A')).map((id) => before.positions[id]!)),
    );
    expect(near).toBeLessThan(far);
  });

  it('lays the whole graph out afresh when most actors are new', () => {
    const input = twoGroups(10);
    const few = { A0: { x: 5000, y: 5000 }, A1: { x: -5000, y: 5000 } };
    const fresh = layoutWholeGraph({ ...input, previous: few });
    expect(fresh.moved).toBe(input.actors.length);
    expect(fresh.positions.A0).not.toEqual(few.A0);
  });

  it('places actors without relationships too, and an empty graph is empty', () => {
    const { positions } = layoutWholeGraph({
      actors: ['LONE', 'A', 'B'],
      edges: [{ source: 'A', target: 'B' }],
    });
    expect(Object.keys(positions).sort()).toEqual(['A', 'B', 'LONE']);
    expect(layoutWholeGraph({ actors: [], edges: [] })).toEqual({ positions: {}, communities: {}, moved: 0 });
  });
});
