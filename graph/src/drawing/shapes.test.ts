import { describe, expect, it } from 'vitest';
import { borderPoint, nodeOutline, roundRectangleRadius } from './shapes.ts';

const centre = { x: 100, y: 50 };
const dist = (p: { x: number; y: number }) => Math.hypot(p.x - centre.x, p.y - centre.y);

describe('node outlines, as Cytoscape draws them', () => {
  it('fits its hexagon and triangle to the square, as generateUnitNgonPointsFitToSquare does', () => {
    const hexagon = nodeOutline('hexagon', 2);
    expect(hexagon.kind).toBe('polygon');
    const points =
      hexagon.kind === 'polygon' ? hexagon.points.map(([x, y]) => [x, y].map((v) => +v.toFixed(6) + 0)) : [];
    expect(points).toEqual([
      [-0.5, -1],
      [-1, 0],
      [-0.5, 1],
      [0.5, 1],
      [1, 0],
      [0.5, -1],
    ]);
    const triangle = nodeOutline('triangle', 2);
    expect(
      triangle.kind === 'polygon' && triangle.points.map(([x, y]) => [+x.toFixed(6) + 0, +y.toFixed(6) + 0]),
    ).toEqual([
      [0, -1],
      [-1, 1],
      [1, 1],
    ]);
  });

  it('fits the octagon (an issue) to the square, as Cytoscape does: flat sides on the axes', () => {
    const octagon = nodeOutline('octagon', 2);
    const points =
      octagon.kind === 'polygon' ? octagon.points.map(([x, y]) => [x, y].map((v) => +v.toFixed(6) + 0)) : [];
    expect(points).toHaveLength(8);
    expect(points.slice(0, 2)).toEqual([
      [-0.414214, -1],
      [-1, -0.414214],
    ]);
  });

  it('rounds rectangles by a quarter of their side, at most 8 px', () => {
    expect(roundRectangleRadius(24, 24)).toBe(6);
    expect(roundRectangleRadius(56, 56)).toBe(8);
    expect(nodeOutline('round-rectangle', 24)).toEqual({ kind: 'round-rectangle', half: 12, radius: 6 });
  });

  it('draws a barrel as Cytoscape does: straight sides, corners cut by a quadratic', () => {
    const barrel = nodeOutline('barrel', 40);
    expect(barrel.kind).toBe('path');
    if (barrel.kind !== 'path') return;
    expect(barrel.commands[0]).toEqual({ op: 'M', to: [-20, -18] });
    expect(barrel.commands.filter((c) => c.op === 'Q')).toHaveLength(4);
  });
});

describe('borderPoint: where an edge meets a node', () => {
  it('is on the circle for a round actor', () => {
    const p = borderPoint('ellipse', centre, 30, { x: 200, y: 150 });
    expect(dist(p)).toBeCloseTo(15, 9);
    expect(p.x - centre.x).toBeCloseTo(p.y - centre.y, 9);
  });

  it('follows the polygon for a diamond: the tip along an axis, the side along a diagonal', () => {
    expect(borderPoint('diamond', centre, 40, { x: 300, y: 50 })).toEqual({ x: 120, y: 50 });
    // Half-diagonal of the unit diamond's side: 1/√2 of the half-size.
    expect(dist(borderPoint('diamond', centre, 40, { x: 200, y: 150 }))).toBeCloseTo(20 / Math.SQRT2, 9);
  });

  it('meets a rounded rectangle on its flat side or on its rounded corner', () => {
    expect(borderPoint('round-rectangle', centre, 40, { x: 100, y: -100 })).toEqual({ x: 100, y: 30 });
    // Towards the corner the border is the 8 px arc, inside the square's corner.
    const corner = borderPoint('round-rectangle', centre, 40, { x: 200, y: 150 });
    expect(dist(corner)).toBeLessThan(20 * Math.SQRT2);
    expect(Math.hypot(corner.x - (centre.x + 12), corner.y - (centre.y + 12))).toBeCloseTo(8, 9);
  });

  it('stays on the tag and the triangle', () => {
    // The tag's point is at (1, 0): straight to the right it reaches the full half-size.
    expect(borderPoint('tag', centre, 40, { x: 400, y: 50 })).toEqual({ x: 120, y: 50 });
    // The triangle's base is its bottom side.
    expect(borderPoint('triangle', centre, 40, { x: 100, y: 400 }).y).toBeCloseTo(70, 9);
  });
});
