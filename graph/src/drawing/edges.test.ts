import { describe, expect, it } from 'vitest';
import { arrowGap, arrowSize, EDGE, edgeCurve, loopCurve, parallelDistances, quadAt } from './edges.ts';

const A = { x: 0, y: 0, shape: 'ellipse' as const, outer: 30 };
const B = { x: 200, y: 0, shape: 'ellipse' as const, outer: 30 };

/** Signed offset of a point from the line A→B, positive on the side of A→B's normal (−dy, dx). */
const offsetFromAB = (p: { x: number; y: number }) => p.y;

describe('parallelDistances: one curve per relationship between the same two actors', () => {
  it('leaves a lone relationship straight', () => {
    expect(parallelDistances([{ id: 'e1', source: 'A', target: 'B' }])).toEqual(new Map([['e1', 0]]));
  });

  it('spreads parallel relationships symmetrically, one step apart, in id order', () => {
    const d = parallelDistances([
      { id: 'e3', source: 'A', target: 'B' },
      { id: 'e1', source: 'A', target: 'B' },
      { id: 'e2', source: 'A', target: 'B' },
    ]);
    expect([d.get('e1'), d.get('e2'), d.get('e3')]).toEqual([-EDGE.parallelStep, 0, EDGE.parallelStep]);
  });

  it('fans relationships the same way whichever way they point', () => {
    const edges = [
      { id: 'e1', source: 'A', target: 'B' },
      { id: 'e2', source: 'B', target: 'A' },
    ];
    const d = parallelDistances(edges);
    // Along their own normals the signs agree; in the picture they lie on opposite sides.
    expect(d.get('e1')).toBe(-EDGE.parallelStep / 2);
    expect(d.get('e2')).toBe(-EDGE.parallelStep / 2);
    const c1 = edgeCurve(A, B, d.get('e1')!, 2, false).controls[0]!;
    const c2 = edgeCurve(B, A, d.get('e2')!, 2, false).controls[0]!;
    expect(offsetFromAB(c1)).toBeCloseTo(-offsetFromAB(c2), 9);
    expect(Math.abs(offsetFromAB(c1) - offsetFromAB(c2))).toBeCloseTo(EDGE.parallelStep, 9);
  });

  it('keeps groups of different pairs apart', () => {
    const d = parallelDistances([
      { id: 'x', source: 'A', target: 'B' },
      { id: 'y', source: 'A', target: 'C' },
    ]);
    expect([d.get('x'), d.get('y')]).toEqual([0, 0]);
  });
});

describe('edgeCurve: Cytoscape’s unbundled-bezier with one control point', () => {
  it('puts the control point on the normal of the centres’ midpoint', () => {
    const curve = edgeCurve(A, B, 20, 2, false);
    expect(curve.controls).toEqual([{ x: 100, y: 20 }]);
  });

  it('starts and ends on the borders, towards the control point', () => {
    const curve = edgeCurve(A, B, 0, 2, false);
    expect(curve.start.x).toBeCloseTo(15, 9);
    expect(curve.end.x).toBeCloseTo(185, 9);
    expect(curve.mid).toEqual({ x: 100, y: 0 });
  });

  it('stops a directed line short of the arrow’s point, which touches the border', () => {
    const curve = edgeCurve(A, B, 0, 2, true);
    expect(curve.tip.x).toBeCloseTo(185, 9);
    expect(curve.end.x).toBeCloseTo(185 - arrowGap(2), 9);
    const [tip, left, right] = curve.arrow!;
    expect(tip).toEqual(curve.tip);
    // Cytoscape's triangle: 0.3 × size long, 0.3 × size wide.
    expect(tip.x - left.x).toBeCloseTo(0.3 * arrowSize(2), 9);
    expect(Math.abs(left.y - right.y)).toBeCloseTo(0.3 * arrowSize(2), 9);
  });

  it('sizes arrows as Cytoscape does: at least 29 px (times the arrow scale), more for thick lines', () => {
    expect(arrowSize(2)).toBeCloseTo(29 * EDGE.arrowScale, 9);
    expect(arrowSize(4.5)).toBeCloseTo((4.5 * 13.37) ** 0.9 * EDGE.arrowScale, 9);
  });

  it('has its midpoint on the curve at t = 0.5, as Cytoscape’s midX/midY', () => {
    const curve = edgeCurve(A, B, 28, 2, true);
    expect(curve.mid).toEqual(quadAt(curve.start, curve.controls[0]!, curve.end, 0.5));
  });

  it('draws a loop as two quadratics joined between their control points', () => {
    const loop = loopCurve(A, EDGE.loopDistance, -45, 2, false);
    expect(loop.controls).toHaveLength(2);
    const [c1, c2] = loop.controls;
    expect(loop.mid.x).toBeCloseTo((c1!.x + c2!.x) / 2, 9);
    expect(loop.mid.y).toBeCloseTo((c1!.y + c2!.y) / 2, 9);
    // Cytoscape's default loop (direction −45°, sweep −90°) leaves upwards and comes back from the left.
    expect(c1!.y).toBeLessThan(0);
    expect(c2!.x).toBeLessThan(0);
  });
});
