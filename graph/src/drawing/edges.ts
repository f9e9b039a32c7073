/**
 * Relationship curves as Cytoscape draws an `unbundled-bezier` edge with one control point,
 * `edge-distances: node-position` and `control-point-weights: 0.5` (cytoscape/src/extensions/
 * renderer/base/coord-ele-math/edge-control-points.mjs, edge-endpoints.mjs, edge-arrows.mjs):
 *
 *   control = midpoint of the two centres + distance × the unit normal (−dy, dx) of source → target
 *   start   = the source's border towards the control point
 *   tip     = the target's border towards the control point (where an arrow's point sits)
 *   end     = the tip pulled back towards the control point by the arrow's gap (width × scale × 2)
 *   the line is the quadratic Bézier start → control → end; its midpoint is the curve at t = 0.5
 *
 * The explorer hands Cytoscape the distance computed here for every edge, so Cytoscape only
 * paints this curve; the server's SVG writes the same quadratic. The distances spread the
 * relationships between one pair symmetrically about the straight line, one step apart, in
 * id order, whichever way each of them points.
 */
import type { Point } from '../domain/schemas.ts';
import type { NodeShape } from './nodes.ts';
import { borderPoint } from './shapes.ts';

export const EDGE = {
  width: 2,
  /** Relationships of the selected actor. */
  incidentWidth: 3,
  /** The highlighted path and the selected relationship. */
  pathWidth: 4.5,
  arrowScale: 1.1,
  /** Distance between the control points of neighbouring parallel relationships. */
  parallelStep: 28,
  /** A relationship from an actor to itself: Cytoscape's loop reach, and its sweep. */
  loopDistance: 28,
  loopSweepDeg: -90,
  opacity: 0.9,
} as const;

export interface PairEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/**
 * Control-point distance of every edge, measured along its own normal. Edges between the same
 * two actors are sorted by id and fanned about the straight line ((i − (n − 1) / 2) × step); the
 * sign follows each edge's direction, so the fan is the same whichever way they point. Loops
 * get their reach (loops() numbers them).
 */
export function parallelDistances(
  edges: Iterable<PairEdge>,
  step: number = EDGE.parallelStep,
): Map<string, number> {
  const groups = new Map<string, PairEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const distances = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    group.forEach((e, i) => {
      if (e.source === e.target) {
        distances.set(e.id, EDGE.loopDistance);
        return;
      }
      const canonical = (i - (group.length - 1) / 2) * step;
      // The canonical normal is that of the lower id towards the higher one; the other way it flips.
      const distance = (e.source < e.target ? 1 : -1) * canonical;
      distances.set(e.id, distance === 0 ? 0 : distance);
    });
  }
  return distances;
}

/** Loop directions, in degrees, so several loops on one actor each get their own side. */
export function loopDirections(edges: Iterable<PairEdge>): Map<string, number> {
  const count = new Map<string, number>();
  const directions = new Map<string, number>();
  const loops = [...edges].filter((e) => e.source === e.target).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const e of loops) {
    const k = count.get(e.source) ?? 0;
    count.set(e.source, k + 1);
    // Cytoscape's default direction is −45° (up and to the right); the next ones turn by 90°.
    directions.set(e.id, -45 + 90 * k);
  }
  return directions;
}

/** Cytoscape's arrow size for a line width (getArrowWidth), before its 0.3 × 0.15 triangle. */
export function arrowSize(width: number, scale: number = EDGE.arrowScale): number {
  return Math.max((width * 13.37) ** 0.9, 29) * scale;
}

/** How far the line stops short of the border for a triangle arrow (its `gap`). */
export function arrowGap(width: number, scale: number = EDGE.arrowScale): number {
  return width * scale * 2;
}

export interface EndFrame {
  readonly x: number;
  readonly y: number;
  readonly shape: NodeShape;
  /** Size plus border width: what Cytoscape clips to. */
  readonly outer: number;
}

/** A quadratic Bézier, or for a loop two of them joined at the midpoint of their control points. */
export interface EdgeCurve {
  readonly start: Point;
  /** One control point, or two for a loop. */
  readonly controls: readonly Point[];
  readonly end: Point;
  /** Where the arrow's point touches the target (the end itself for an undirected edge). */
  readonly tip: Point;
  /** Cytoscape's midX/midY: the curve at t = 0.5, or the junction of a loop's two halves. */
  readonly mid: Point;
  /** The arrowhead's three corners (point first), or null. */
  readonly arrow: readonly [Point, Point, Point] | null;
}

const lerp = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

export function quadAt(p0: Point, c: Point, p1: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x,
    y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y,
  };
}

export function quadTangent(p0: Point, c: Point, p1: Point, t: number): Point {
  const x = 2 * (1 - t) * (c.x - p0.x) + 2 * t * (p1.x - c.x);
  const y = 2 * (1 - t) * (c.y - p0.y) + 2 * t * (p1.y - c.y);
  const len = Math.hypot(x, y) || 1;
  return { x: x / len, y: y / len };
}

/** Cytoscape's shortenIntersection: from `point`, `amount` closer to `towards`. */
function pullBack(point: Point, towards: Point, amount: number): Point {
  const dx = point.x - towards.x;
  const dy = point.y - towards.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-9) return point;
  const ratio = Math.max(1e-5, (len - amount) / len);
  return { x: towards.x + ratio * dx, y: towards.y + ratio * dy };
}

function arrowHead(tip: Point, from: Point, width: number): readonly [Point, Point, Point] {
  const size = arrowSize(width);
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // Cytoscape's triangle: point at the tip, base 0.3 × size back, 0.15 × size to each side.
  const bx = tip.x - ux * 0.3 * size;
  const by = tip.y - uy * 0.3 * size;
  const hw = 0.15 * size;
  return [tip, { x: bx - uy * hw, y: by + ux * hw }, { x: bx + uy * hw, y: by - ux * hw }];
}

/** The curve of an edge between two different actors with control-point distance `distance`. */
export function edgeCurve(
  source: EndFrame,
  target: EndFrame,
  distance: number,
  width: number,
  directed: boolean,
): EdgeCurve {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const len = Math.hypot(dx, dy) || 1e-6;
  const control = {
    x: (source.x + target.x) / 2 + (-dy / len) * distance,
    y: (source.y + target.y) / 2 + (dx / len) * distance,
  };
  const start = borderPoint(source.shape, source, source.outer, control);
  const tip = borderPoint(target.shape, target, target.outer, control);
  const end = directed ? pullBack(tip, control, arrowGap(width)) : tip;
  // Cytoscape points the arrow from the curve at t = 0.9 to its tip.
  const arrow = directed ? arrowHead(tip, quadAt(start, control, end, 0.9), width) : null;
  return { start, controls: [control], end, tip, mid: quadAt(start, control, end, 0.5), arrow };
}

/** A loop on one actor (Cytoscape's findLoopPoints, unbundled, with its own direction). */
export function loopCurve(
  node: EndFrame,
  distance: number,
  directionDeg: number,
  width: number,
  directed: boolean,
): EdgeCurve {
  const rad = Math.PI / 180;
  const loopAngle = directionDeg * rad - Math.PI / 2;
  const sweep = EDGE.loopSweepDeg * rad;
  const reach = 1.4 * distance;
  const out = loopAngle - sweep / 2;
  const back = loopAngle + sweep / 2;
  const c1 = { x: node.x + Math.cos(out) * reach, y: node.y + Math.sin(out) * reach };
  const c2 = { x: node.x + Math.cos(back) * reach, y: node.y + Math.sin(back) * reach };
  const start = borderPoint(node.shape, node, node.outer, c1);
  const tip = borderPoint(node.shape, node, node.outer, c2);
  const end = directed ? pullBack(tip, c2, arrowGap(width)) : tip;
  const junction = lerp(c1, c2, 0.5);
  const arrow = directed ? arrowHead(tip, quadAt(junction, c2, end, 0.9), width) : null;
  return { start, controls: [c1, c2], end, tip, mid: junction, arrow };
}

/** The point of an edge at t (0..1) along its parameter, and the unit tangent there. */
export function pointOnCurve(curve: EdgeCurve, t: number): { at: Point; tangent: Point } {
  const [c1, c2] = curve.controls;
  if (!c2) {
    return {
      at: quadAt(curve.start, c1!, curve.end, t),
      tangent: quadTangent(curve.start, c1!, curve.end, t),
    };
  }
  const junction = lerp(c1!, c2, 0.5);
  return t < 0.5
    ? {
        at: quadAt(curve.start, c1!, junction, t * 2),
        tangent: quadTangent(curve.start, c1!, junction, t * 2),
      }
    : {
        at: quadAt(junction, c2, curve.end, t * 2 - 1),
        tangent: quadTangent(junction, c2, curve.end, t * 2 - 1),
      };
}
