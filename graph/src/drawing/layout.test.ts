import { describe, expect, it } from 'vitest';
import type { Actor, Relationship } from '../domain/schemas.ts';
import { fitViewport, LayoutTooLargeError, layoutGraph, stretchApart } from './layout.ts';

function ring(n: number): { nodes: Actor[]; edges: Relationship[] } {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `A${i}`,
    name: `Actor ${i}`,
    kind: 'state' as const,
    aliases: [],
  }));
  const edges = nodes.map((a, i) => ({
    id: `e${i}`,
    source: a.id,
    target: `A${(i + 1) % n}`,
    type: 'TRADE' as const,
    directed: false,
    modality: 'fact' as const,
    quadClass: 2 as const,
    attributes: {},
    evidence: [{ briefId: 'b1', quote: 'q', start: 0, end: 1 }],
  }));
  return { nodes, edges };
}

describe('layoutGraph', () => {
  it('places every actor, apart from the others', () => {
    const { nodes, edges } = ring(12);
    const positions = layoutGraph(nodes, edges);
    expect(Object.keys(positions).sort()).toEqual(nodes.map((n) => n.id).sort());
    const points = Object.values(positions);
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(20);
      }
    }
  });

  it('gives the same picture for the same graph, whatever the order of its elements', () => {
    const { nodes, edges } = ring(15);
    const first = layoutGraph(nodes, edges);
    expect(layoutGraph([...nodes].reverse(), [...edges].reverse())).toEqual(first);
    expect(layoutGraph(nodes, edges)).toEqual(first);
  });

  it('leaves Math.random as it was', () => {
    const random = Math.random;
    const { nodes, edges } = ring(5);
    layoutGraph(nodes, edges);
    expect(Math.random).toBe(random);
  });

  it('refuses a graph over the snapshot limits', () => {
    const { nodes } = ring(2_001);
    expect(() => layoutGraph(nodes, [])).toThrow(LayoutTooLargeError);
  });

  it('lays out a landscape picture', () => {
    const { nodes, edges } = ring(20);
    const points = Object.values(layoutGraph(nodes, edges.slice(0, 19)));
    const width = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));
    const height = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y));
    expect(width).toBeGreaterThanOrEqual(height);
  });
});

describe('stretchApart', () => {
  it('spreads positions until each pair is long enough, and leaves long pairs alone', () => {
    const positions = { A: { x: 0, y: 0 }, B: { x: 100, y: 0 } };
    const stretched = stretchApart(positions, [{ source: 'A', target: 'B', minLength: 250 }]);
    expect(stretched.B!.x - stretched.A!.x).toBeCloseTo(250);
    expect(stretchApart(positions, [{ source: 'A', target: 'B', minLength: 50 }])).toBe(positions);
  });
});

describe('fitViewport', () => {
  it('centres the positions in the viewport', () => {
    const { zoom, pan } = fitViewport(
      { A: { x: -100, y: -50 }, B: { x: 100, y: 50 } },
      { width: 1200, height: 800 },
    );
    expect(zoom).toBeGreaterThan(0);
    expect(pan).toEqual({ x: 600, y: 400 });
  });
});
