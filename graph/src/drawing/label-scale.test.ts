import { describe, expect, it } from 'vitest';
import { edgeCurve } from './edges.ts';
import { edgeLabelAt, type LabelledNode, nodeLabelAt, placeEdgeLabels } from './labels.ts';

const node: LabelledNode = {
  id: 'A',
  x: 0,
  y: 0,
  size: 30,
  outer: 32,
  round: true,
  lines: ['South Korea'],
  bold: false,
};

describe('labels drawn bigger than the model (an image fitting a big graph to a slide)', () => {
  it('scales a name and its gap, not the actor it belongs to', () => {
    const one = nodeLabelAt(node, 'below');
    const two = nodeLabelAt(node, 'below', 2);
    expect(two.width).toBeCloseTo(2 * one.width, 0);
    expect(two.height).toBe(2 * one.height);
    // The block starts past the same node border, twice as far out.
    expect(two.top - node.size / 2).toBe(2 * (one.top - node.size / 2));
  });

  it('scales a verb and its clearance from the line', () => {
    const frame = (x: number) => ({ x, y: 0, shape: 'ellipse' as const, outer: 32 });
    const curve = edgeCurve(frame(0), frame(600), 0, 4.5, false);
    const e = { id: 'ab', source: 'A', target: 'B', text: 'is allied with', curve, distance: 0 };
    const one = edgeLabelAt(e, 0.5, 1);
    const three = edgeLabelAt(e, 0.5, 1, 0, 3);
    expect(three.height).toBe(3 * one.height);
    expect(three.at.y).toBeCloseTo(3 * one.at.y, 6);
    const placed = placeEdgeLabels([e], ['ab'], [], 3).get('ab')!;
    expect(placed.shown).toBe(true);
    expect(placed.place.height).toBe(33);
  });
});
