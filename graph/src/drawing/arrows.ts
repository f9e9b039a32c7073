/**
 * Arrowheads as a second channel besides colour: a directed cooperation (or structural) type
 * ends in Cytoscape's `triangle`, a conflict type (CAMEO quad class 3–4) in its `triangle-tee`,
 * the same triangle with a bar behind it, so cooperation and conflict read apart in greyscale, on
 * a washed-out projector and for colour-blind readers. Every conflict type is directed
 * (arrows.test.ts holds the vocabulary to that), so every conflict line carries the bar.
 *
 * Both shapes have the same gap (Cytoscape's standardGap), so the curve (edges.ts) is the same
 * whichever is drawn: the explorer only sets `target-arrow-shape` from `arrowShapeOf`, and the
 * server's SVG adds `teeBar` to the triangle the scene computed.
 */
import type { Point } from '../domain/schemas.ts';
import { getRelationshipType } from '../domain/vocabulary.ts';

/** Cytoscape arrow-shape names. */
export type ArrowShape = 'none' | 'triangle' | 'triangle-tee';

export function isConflictType(type: string): boolean {
  const quad = getRelationshipType(type).quadClass;
  return quad === 3 || quad === 4;
}

export function arrowShapeOf(type: string): ArrowShape {
  if (!getRelationshipType(type).directed) return 'none';
  return isConflictType(type) ? 'triangle-tee' : 'triangle';
}

/**
 * The bar of Cytoscape's triangle-tee for a triangle [tip, left, right] (edges.ts arrowHead):
 * in the arrow's own units (its size; the triangle is 0.3 long and 0.3 wide), a rectangle from
 * 0.4 to 0.5 behind the tip, as wide as the triangle (arrow-shapes.mjs `pointsTee`).
 */
export function teeBar(arrow: readonly [Point, Point, Point]): [Point, Point, Point, Point] {
  const [tip, a, b] = arrow;
  const base = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  // tip → base is 0.3 of the arrow's size; a → b is 0.3 too.
  const back = { x: (base.x - tip.x) / 0.3, y: (base.y - tip.y) / 0.3 };
  const across = { x: (b.x - a.x) / 0.3, y: (b.y - a.y) / 0.3 };
  const at = (along: number, side: number): Point => ({
    x: tip.x + back.x * along + across.x * side,
    y: tip.y + back.y * along + across.y * side,
  });
  return [at(0.4, -0.15), at(0.5, -0.15), at(0.5, 0.15), at(0.4, 0.15)];
}
