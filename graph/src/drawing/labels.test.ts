import { describe, expect, it } from 'vitest';
import { overlaps } from './boxes.ts';
import { edgeCurve, pointOnCurve } from './edges.ts';
import {
  bodyObstacle,
  type LabelledEdge,
  type LabelledNode,
  placeEdgeLabels,
  placeNodeLabels,
} from './labels.ts';

function node(id: string, x: number, y: number, name = id): LabelledNode {
  return { id, x, y, size: 30, outer: 32, round: true, lines: [name], bold: false };
}

function edge(
  id: string,
  from: LabelledNode,
  to: LabelledNode,
  distance = 0,
  text = 'is allied with',
): LabelledEdge {
  const frame = (n: LabelledNode) => ({ x: n.x, y: n.y, shape: 'ellipse' as const, outer: n.outer });
  return {
    id,
    source: from.id,
    target: to.id,
    text,
    distance,
    curve: edgeCurve(frame(from), frame(to), distance, 4.5, false),
  };
}

/** Shortest distance from p to the curve, sampled. */
function distanceToCurve(e: LabelledEdge, p: { x: number; y: number }): number {
  let best = Infinity;
  for (let i = 0; i <= 100; i++) {
    const q = pointOnCurve(e.curve, i / 100).at;
    best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return best;
}

describe('placeNodeLabels', () => {
  it('puts a name below its actor, unless its relationships leave that way', () => {
    const a = node('A', 0, 0);
    const free = placeNodeLabels([a], new Map());
    expect(free.get('A')!.side).toBe('below');
    const fromBelow = placeNodeLabels([a], new Map([['A', [{ x: 0, y: 1 }]]]));
    expect(fromBelow.get('A')!.side).toBe('above');
  });

  it('keeps a name off a neighbouring actor', () => {
    const a = node('A', 0, 0);
    const b = node('B', 0, 30);
    const places = placeNodeLabels([a, b], new Map());
    expect(places.get('A')!.side).not.toBe('below');
    expect(overlaps(places.get('A')!.box, bodyObstacle(b).box)).toBe(false);
  });
});

describe('placeEdgeLabels: the collision pass', () => {
  const a = node('A', 0, 0);
  const b = node('B', 240, 0);

  it('puts a verb beside the middle of its edge when there is room', () => {
    const e = edge('ab', a, b);
    const place = placeEdgeLabels([e], ['ab'], []).get('ab')!;
    expect(place.shown).toBe(true);
    expect(place.place.t).toBe(0.5);
    expect(place.place.at.x).toBeCloseTo(120, 6);
    // Clear of the line, but right by it.
    expect(place.place.box.y2).toBeLessThan(0);
    expect(distanceToCurve(e, place.place.at)).toBeLessThan(12);
  });

  it('slides the verb along its edge when another actor’s name is in the way', () => {
    const c = node('C', 120, -40, 'Somewhere');
    const names = placeNodeLabels([a, b, c], new Map());
    const e = edge('ab', a, b);
    const obstacles = [a, b, c].flatMap((n) => [bodyObstacle(n), { box: names.get(n.id)!.box }]);
    const place = placeEdgeLabels([e], ['ab'], obstacles).get('ab')!;
    expect(place.shown).toBe(true);
    for (const o of obstacles) expect(overlaps(place.place.box, o.box)).toBe(false);
    expect(distanceToCurve(e, place.place.at)).toBeLessThan(40);
  });

  it('drops a verb that fits nowhere rather than print it over a name', () => {
    const e = edge('ab', a, b);
    const everywhere = { box: { x1: -1000, y1: -1000, x2: 1000, y2: 1000 } };
    expect(placeEdgeLabels([e], ['ab'], [everywhere]).get('ab')!.shown).toBe(false);
  });

  it('keeps the verbs of parallel relationships off each other', () => {
    const e1 = edge('e1', a, b, -14, 'is allied with');
    const e2 = edge('e2', a, b, 14, 'cooperates on security with');
    const places = placeEdgeLabels([e1, e2], ['e1', 'e2'], [bodyObstacle(a), bodyObstacle(b)]);
    expect(places.get('e1')!.shown).toBe(true);
    expect(places.get('e2')!.shown).toBe(true);
    expect(overlaps(places.get('e1')!.place.box, places.get('e2')!.place.box)).toBe(false);
  });

  it('never puts a verb nearer to another pair’s line than to its own', () => {
    const e = edge('ab', a, b);
    // A line between two other actors runs just above where the verb would go.
    const other = edge('cd', node('C', -200, -15), node('D', 440, -15));
    const place = placeEdgeLabels([e, other], ['ab'], [bodyObstacle(a), bodyObstacle(b)]).get('ab')!;
    expect(place.shown).toBe(true);
    expect(place.place.at.y).toBeGreaterThan(0);
    expect(distanceToCurve(e, place.place.at)).toBeLessThan(distanceToCurve(other, place.place.at));
  });

  it('lets a ghosted line run near a verb', () => {
    const e = edge('ab', a, b);
    const other = { ...edge('cd', node('C', -200, -15), node('D', 440, -15)), faded: true };
    const place = placeEdgeLabels([e, other], ['ab'], [bodyObstacle(a), bodyObstacle(b)]).get('ab')!;
    expect(place.place.at.y).toBeLessThan(0);
  });

  it('gives an edge nobody asked a verb for its first choice, not drawn', () => {
    const e = edge('ab', a, b);
    const place = placeEdgeLabels([e], [], []).get('ab')!;
    expect(place.shown).toBe(false);
    expect(place.place.t).toBe(0.5);
  });
});
