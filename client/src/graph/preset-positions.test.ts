import { describe, expect, it } from 'vitest';
import { presetPositions } from './preset-positions.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("a big graph drawn where the server's layout put it", () => {
  it('keeps every stored position as it is', () => {
    const stored = new Map([
      ['A', { x: -500, y: 20 }],
      ['B', { x: 300, y: -40 }],
    ]);
    expect(presetPositions(['A', 'B'], [{ source: 'A', target: 'B' }], stored)).toEqual({
      A: { x: -500, y: 20 },
      B: { x: 300, y: -40 },
    });
  });

  it('says there is nothing to draw from when the server placed none of the actors', () => {
    expect(presetPositions(['A', 'B'], [{ source: 'A', target: 'B' }], new Map())).toBeNull();
  });

  it('puts an actor not placed yet next to its placed neighbours, not at the origin', () => {
    const stored = new Map([
      ['A', { x: 1000, y: 1000 }],
      ['B', { x: 1100, y: 1000 }],
      ['FAR', { x: -3000, y: -3000 }],
    ]);
    const out = presetPositions(
      ['A', 'B', 'FAR', 'NEW'],
      [
        { source: 'NEW', target: 'A' },
        { source: 'B', target: 'NEW' },
      ],
      stored,
    );
    const placed = out?.NEW;
    expect(placed).toBeDefined();
    // Between A and B (1050, 1000), a neighbour's offset away at most.
    expect(distance(placed!, { x: 1050, y: 1000 })).toBeLessThanOrEqual(80);
    expect(distance(placed!, { x: 1050, y: 1000 })).toBeGreaterThan(0);
  });

  it('puts actors with no placed neighbour on a ring outside the placed ones, apart from each other', () => {
    const stored = new Map([
      ['A', { x: -100, y: -100 }],
      ['B', { x: 100, y: 100 }],
    ]);
    const out = presetPositions(['A', 'B', 'L1', 'L2', 'L3'], [{ source: 'L1', target: 'L2' }], stored);
    const ring = ['L1', 'L2', 'L3'].map((id) => out?.[id]);
    for (const p of ring) {
      expect(p).toBeDefined();
      // Outside the box of the placed actors (corners at ±100).
      expect(Math.max(Math.abs(p!.x), Math.abs(p!.y))).toBeGreaterThan(100);
    }
    expect(distance(ring[0]!, ring[1]!)).toBeGreaterThan(50);
    expect(distance(ring[1]!, ring[2]!)).toBeGreaterThan(50);
  });

  it('spreads several new actors of one neighbour instead of stacking them', () => {
    const stored = new Map([['HUB', { x: 0, y: 0 }]]);
    const ids = ['HUB', 'N1', 'N2', 'N3', 'N4'];
    const out = presetPositions(
      ids,
      ids.slice(1).map((id) => ({ source: 'HUB', target: id })),
      stored,
    )!;
    const keys = new Set(ids.slice(1).map((id) => `${Math.round(out[id]!.x)},${Math.round(out[id]!.y)}`));
    expect(keys.size).toBe(4);
  });
});
