/**
 * Node shapes as Cytoscape draws them and clips edges to them (cytoscape/src/extensions/renderer/
 * base/node-shapes.mjs and canvas/drawing-shapes.mjs, 3.34): the unit polygons, the
 * round-rectangle corner radius, the barrel's curves. An image drawn from these outlines, with
 * edges ending where borderPoint() says, looks like the canvas.
 */
import type { Point } from '../domain/schemas.ts';
import type { NodeShape } from './nodes.ts';

type Unit = ReadonlyArray<readonly [number, number]>;

/** Cytoscape's generateUnitNgonPointsFitToSquare(sides, 0). */
function ngonFitToSquare(sides: number): Unit {
  const increment = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2;
  const raw = Array.from({ length: sides }, (_, i) => {
    const angle = start + i * increment;
    return [Math.cos(angle), Math.sin(-angle)] as const;
  });
  const xs = raw.map((p) => p[0]);
  const ys = raw.map((p) => p[1]);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = raw.map(([x, y]) => [x * sx, y * sy] as const);
  const minY = Math.min(...scaled.map((p) => p[1]));
  return minY < -1 ? scaled.map(([x, y]) => [x, y + (-1 - minY)] as const) : scaled;
}

const POLYGONS: Partial<Record<NodeShape, Unit>> = {
  triangle: ngonFitToSquare(3),
  hexagon: ngonFitToSquare(6),
  octagon: ngonFitToSquare(8),
  diamond: [
    [0, 1],
    [1, 0],
    [0, -1],
    [-1, 0],
  ],
  tag: [
    [-1, -1],
    [0.25, -1],
    [1, 0],
    [0.25, 1],
    [-1, 1],
  ],
};

/** Cytoscape's automatic round-rectangle radius. */
export function roundRectangleRadius(width: number, height: number): number {
  return Math.min(width / 4, height / 4, 8);
}

/** Cytoscape's barrel: how far the corners are cut, as a share of the node's size. */
function barrelConstants(width: number, height: number) {
  return {
    heightOffset: Math.min(15, 0.05 * height),
    widthOffset: Math.min(100, 0.25 * width),
    ctrlPtOffsetPct: 0.05,
  };
}

/** What a renderer draws for a node of `size` centred on the origin (the border is stroked on it). */
export type NodeOutline =
  | { readonly kind: 'circle'; readonly r: number }
  | { readonly kind: 'polygon'; readonly points: ReadonlyArray<readonly [number, number]> }
  | { readonly kind: 'round-rectangle'; readonly half: number; readonly radius: number }
  | {
      readonly kind: 'path';
      /** Moves, lines and quadratic curves, in SVG path order (Cytoscape's drawBarrelPath). */
      readonly commands: ReadonlyArray<
        | { readonly op: 'M' | 'L'; readonly to: readonly [number, number] }
        | {
            readonly op: 'Q';
            readonly control: readonly [number, number];
            readonly to: readonly [number, number];
          }
      >;
    };

export function nodeOutline(shape: NodeShape, size: number): NodeOutline {
  const h = size / 2;
  const polygon = POLYGONS[shape];
  if (polygon) return { kind: 'polygon', points: polygon.map(([x, y]) => [x * h, y * h] as const) };
  switch (shape) {
    case 'round-rectangle':
      return { kind: 'round-rectangle', half: h, radius: roundRectangleRadius(size, size) };
    case 'barrel': {
      const { heightOffset: ho, widthOffset: wo, ctrlPtOffsetPct } = barrelConstants(size, size);
      // The drawn barrel takes its control offset from the cut, the clipping one below from the width.
      const c = ctrlPtOffsetPct * wo;
      return {
        kind: 'path',
        commands: [
          { op: 'M', to: [-h, -h + ho] },
          { op: 'L', to: [-h, h - ho] },
          { op: 'Q', control: [-h + c, h], to: [-h + wo, h] },
          { op: 'L', to: [h - wo, h] },
          { op: 'Q', control: [h - c, h], to: [h, h - ho] },
          { op: 'L', to: [h, -h + ho] },
          { op: 'Q', control: [h - c, -h], to: [h - wo, -h] },
          { op: 'L', to: [-h + wo, -h] },
          { op: 'Q', control: [-h + c, -h], to: [-h, -h + ho] },
        ],
      };
    }
    default:
      return { kind: 'circle', r: h };
  }
}

const qbezier = (a: number, b: number, c: number, t: number) =>
  (1 - t) * (1 - t) * a + 2 * (1 - t) * t * b + t * t * c;

/** The polygon Cytoscape intersects edges with for a barrel (generateBarrel().intersectLine). */
function barrelClipPolygon(size: number): Unit {
  const h = size / 2;
  const { heightOffset: ho, widthOffset: wo, ctrlPtOffsetPct } = barrelConstants(size, size);
  const c = ctrlPtOffsetPct * size;
  const corners: Array<[number, number, number, number, number, number]> = [
    [-h, -h + ho, -h + c, -h, -h + wo, -h],
    [h - wo, -h, h - c, -h, h, -h + ho],
    [h, h - ho, h - c, h, h - wo, h],
    [-h + wo, h, -h + c, h, -h, h - ho],
  ];
  return corners.flatMap(([x0, y0, x1, y1, x2, y2]) => [
    [x0, y0] as const,
    ...[0.15, 0.5, 0.85].map((t) => [qbezier(x0, x1, x2, t), qbezier(y0, y1, y2, t)] as const),
    [x2, y2] as const,
  ]);
}

/** Distance along the unit ray (ux, uy) from the origin to the edge of a convex polygon. */
function rayToPolygon(points: Unit, ux: number, uy: number): number | null {
  let best: number | null = null;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % points.length]!;
    const ex = bx - ax;
    const ey = by - ay;
    const denom = ux * ey - uy * ex;
    if (Math.abs(denom) < 1e-12) continue;
    const t = (ax * ey - ay * ex) / denom;
    const s = (ax * uy - ay * ux) / denom;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9 && (best === null || t < best)) best = t;
  }
  return best;
}

/** The same along a rounded square of half-size `h` and corner radius `r`. */
function rayToRoundRectangle(h: number, r: number, ux: number, uy: number): number {
  const ax = Math.abs(ux);
  const ay = Math.abs(uy);
  const t = Math.min(ax > 1e-12 ? h / ax : Infinity, ay > 1e-12 ? h / ay : Infinity);
  const px = ax * t;
  const py = ay * t;
  if (px <= h - r || py <= h - r) return t;
  // The ray leaves through a corner: meet the quarter circle centred (h - r, h - r).
  const c = h - r;
  const b = ax * c + ay * c;
  const disc = b * b - (2 * c * c - r * r);
  return b + Math.sqrt(Math.max(0, disc));
}

/**
 * Where a line from the node's centre towards `towards` crosses the node's border, for a node
 * whose outer size (its size plus its border, Cytoscape's outerWidth) is `outer`.
 */
export function borderPoint(shape: NodeShape, centre: Point, outer: number, towards: Point): Point {
  const dx = towards.x - centre.x;
  const dy = towards.y - centre.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-9) return { x: centre.x, y: centre.y };
  const ux = dx / len;
  const uy = dy / len;
  const h = outer / 2;
  let distance: number;
  const polygon = shape === 'barrel' ? barrelClipPolygon(outer) : POLYGONS[shape];
  if (polygon) {
    const scaled = shape === 'barrel' ? polygon : polygon.map(([x, y]) => [x * h, y * h] as const);
    distance = rayToPolygon(scaled, ux, uy) ?? h;
  } else if (shape === 'round-rectangle') {
    distance = rayToRoundRectangle(h, Math.min(roundRectangleRadius(outer, outer), h), ux, uy);
  } else {
    distance = h;
  }
  return { x: centre.x + ux * distance, y: centre.y + uy * distance };
}
