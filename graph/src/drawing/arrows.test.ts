import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.ts';
import { arrowShapeOf, isConflictType, teeBar } from './arrows.ts';
import { edgeCurve } from './edges.ts';

describe('arrowheads: cooperation and conflict apart without colour', () => {
  it('gives every conflict type a direction, so every conflict line carries the bar', () => {
    const conflict = RELATIONSHIP_TYPES.filter((t) => isConflictType(t.name));
    expect(conflict.map((t) => t.name).sort()).toEqual(
      ['CRITICISM', 'DETERRENCE', 'NEGLECT', 'OPPOSITION', 'PROVOCATION', 'WAR'].sort(),
    );
    for (const t of conflict) expect(arrowShapeOf(t.name), t.name).toBe('triangle-tee');
  });

  it('ends directed cooperation and structural ties in a plain triangle, undirected ones in nothing', () => {
    expect(arrowShapeOf('SUPPORT')).toBe('triangle');
    expect(arrowShapeOf('LEADERSHIP')).toBe('triangle');
    expect(arrowShapeOf('ALLIANCE')).toBe('none');
    expect(arrowShapeOf('TRADE')).toBe('none');
  });

  it('puts the bar 0.4 to 0.5 of the arrow size behind the tip, as wide as the triangle', () => {
    const frame = (x: number) => ({ x, y: 0, shape: 'ellipse' as const, outer: 32 });
    const curve = edgeCurve(frame(0), frame(300), 0, 2, true);
    const [tip, a, b] = curve.arrow!;
    const bar = teeBar(curve.arrow!);
    const size = (tip.x - (a.x + b.x) / 2) / 0.3;
    expect(bar.map((p) => +(tip.x - p.x).toFixed(6))).toEqual(
      [0.4, 0.5, 0.5, 0.4].map((f) => +(f * size).toFixed(6)),
    );
    expect(Math.abs(bar[1].y - bar[2].y)).toBeCloseTo(Math.abs(a.y - b.y), 6);
  });
});
