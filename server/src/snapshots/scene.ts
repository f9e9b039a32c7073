/**
 * The geometry of a snapshot's graph, in the model coordinates of its positions: node shapes and
 * sizes, wrapped labels, edge curves trimmed at node borders, arrowheads, and the bounding box
 * of all of it. Pure; render-svg.ts turns a Scene into markup. Sizes follow the explorer's
 * stylesheet (client/src/graph/cy-elements.ts) so an image looks like the view it came from.
 */
import type { Actor, Relationship, Snapshot } from '@briefgraph/graph/domain/schemas';
import {
  ACTOR_KIND_STYLES,
  type ActorKindStyle,
  MODALITY_STYLES,
} from '@briefgraph/graph/domain/style-tokens';
import { getRelationshipType } from '@briefgraph/graph/domain/vocabulary';
import { nodeSize } from '@briefgraph/graph/drawing/nodes';
import { textWidth, wrapText } from './fonts.ts';

export const NODE_LABEL_SIZE = 12;
export const NODE_LABEL_LINE = 14;
const NODE_LABEL_MAX_WIDTH = 130;
const NODE_LABEL_GAP = 4;
export const EDGE_LABEL_SIZE = 11;
/** Distance between parallel edges at their middle (Cytoscape's control-point-step-size). */
const PARALLEL_STEP = 28;
const EDGE_WIDTH = 2;
const PATH_EDGE_WIDTH = 4.5;

type Shape = ActorKindStyle['shape'];

/** Polygon outlines in units of the half-size; the ellipse and the rounded shapes are drawn apart. */
const POLYGONS: Partial<Record<Shape, ReadonlyArray<readonly [number, number]>>> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  tag: [
    [-1, -1],
    [0.4, -1],
    [1, 0],
    [0.4, 1],
    [-1, 1],
  ],
  'round-rectangle': [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  barrel: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
};

export function shapePolygon(shape: Shape): ReadonlyArray<readonly [number, number]> | undefined {
  return POLYGONS[shape];
}

/** Distance from a node's centre to its border along the unit vector (ux, uy). */
function borderDistance(shape: Shape, half: number, ux: number, uy: number): number {
  const polygon = POLYGONS[shape];
  if (!polygon) return half;
  let best = half;
  let found = false;
  for (let i = 0; i < polygon.length; i++) {
    const [ax, ay] = polygon[i]!;
    const [bx, by] = polygon[(i + 1) % polygon.length]!;
    const ex = (bx - ax) * half;
    const ey = (by - ay) * half;
    const denom = ux * ey - uy * ex;
    if (Math.abs(denom) < 1e-9) continue;
    const t = (ax * half * ey - ay * half * ex) / denom;
    const s = (ax * half * uy - ay * half * ux) / denom;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9 && (!found || t < best)) {
      best = t;
      found = true;
    }
  }
  return best;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export type LabelSide = 'below' | 'above' | 'right' | 'left';

export interface SceneNode {
  actor: Actor;
  x: number;
  y: number;
  size: number;
  style: ActorKindStyle;
  label: string[];
  labelSide: LabelSide;
  /** Anchor of the label lines, and the baseline of the first one. */
  labelX: number;
  labelY: number;
  labelBox: Box;
  onPath: boolean;
}

export interface SceneEdge {
  rel: Relationship;
  source: Actor;
  target: Actor;
  /** SVG path data of the line. */
  d: string;
  /** Arrowhead polygon points, for directed types. */
  arrow: [number, number][] | null;
  color: string;
  dash: string;
  width: number;
  onPath: boolean;
  /** The verb, drawn beside the middle of highlighted edges. */
  verb: string;
  /** Centre of the verb's label. */
  labelAt: { x: number; y: number };
  box: Box;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  bounds: Box;
}

const emptyBox = (): Box => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });

function grow(box: Box, x: number, y: number): void {
  box.minX = Math.min(box.minX, x);
  box.minY = Math.min(box.minY, y);
  box.maxX = Math.max(box.maxX, x);
  box.maxY = Math.max(box.maxY, y);
}

function merge(box: Box, other: Box): void {
  grow(box, other.minX, other.minY);
  grow(box, other.maxX, other.maxY);
}

/** Bounding box of a quadratic Bézier from its extremes. */
function quadBox(p0: [number, number], c: [number, number], p1: [number, number]): Box {
  const box = emptyBox();
  grow(box, ...p0);
  grow(box, ...p1);
  for (const axis of [0, 1] as const) {
    const denom = p0[axis] - 2 * c[axis] + p1[axis];
    if (Math.abs(denom) < 1e-9) continue;
    const t = (p0[axis] - c[axis]) / denom;
    if (t <= 0 || t >= 1) continue;
    const at = (i: 0 | 1) => (1 - t) ** 2 * p0[i] + 2 * (1 - t) * t * c[i] + t ** 2 * p1[i];
    grow(box, at(0), at(1));
  }
  return box;
}

function arrowHead(tip: [number, number], ux: number, uy: number, width: number): [number, number][] {
  // (ux, uy) points from the tip back along the line.
  const length = 6 + 2.2 * width;
  const half = 2.5 + 1.2 * width;
  const bx = tip[0] + ux * length;
  const by = tip[1] + uy * length;
  return [tip, [bx - uy * half, by + ux * half], [bx + uy * half, by - ux * half]];
}

const f = (v: number) => Math.round(v * 100) / 100;

export function buildScene(
  snapshot: Pick<Snapshot, 'nodes' | 'edges' | 'positions' | 'highlightedPath'>,
): Scene {
  const onPath = new Set(snapshot.highlightedPath ?? []);
  const degree = new Map<string, number>();
  for (const e of snapshot.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const bounds = emptyBox();
  const nodes: SceneNode[] = snapshot.nodes.map((actor) => {
    const p = snapshot.positions[actor.id] ?? { x: 0, y: 0 };
    const size = nodeSize(degree.get(actor.id) ?? 0);
    grow(bounds, p.x - size / 2 - 3, p.y - size / 2 - 3);
    grow(bounds, p.x + size / 2 + 3, p.y + size / 2 + 3);
    return {
      actor,
      x: p.x,
      y: p.y,
      size,
      style: ACTOR_KIND_STYLES[actor.kind],
      label: wrapText(actor.name, NODE_LABEL_SIZE, NODE_LABEL_MAX_WIDTH, {
        maxLines: 3,
        bold: onPath.has(actor.id),
      }),
      labelSide: 'below',
      labelX: p.x,
      labelY: p.y,
      labelBox: emptyBox(),
      onPath: onPath.has(actor.id),
    };
  });
  const byId = new Map(nodes.map((n) => [n.actor.id, n]));
  /** Unit vectors along which edges leave each actor, for placing its label clear of them. */
  const departures = new Map<SceneNode, [number, number][]>();
  const depart = (n: SceneNode, towards: [number, number]) => {
    const dx = towards[0] - n.x;
    const dy = towards[1] - n.y;
    const len = Math.hypot(dx, dy);
    if (len > 1e-6) departures.set(n, [...(departures.get(n) ?? []), [dx / len, dy / len]]);
  };

  // Parallel edges fan out around the straight line, in a stable order, on the same side
  // whichever way each one points.
  const groups = new Map<string, Relationship[]>();
  for (const e of snapshot.edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const offsetOf = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : 1));
    group.forEach((e, i) => {
      offsetOf.set(e.id, (i - (group.length - 1) / 2) * PARALLEL_STEP);
    });
  }

  const edges: SceneEdge[] = [];
  for (const rel of snapshot.edges) {
    const s = byId.get(rel.source);
    const t = byId.get(rel.target);
    if (!s || !t) continue;
    const type = getRelationshipType(rel.type);
    const highlighted = onPath.has(rel.id);
    const width = highlighted ? PATH_EDGE_WIDTH : EDGE_WIDTH;
    const offset = offsetOf.get(rel.id) ?? 0;
    const geometry = s === t ? loopGeometry(s, offset) : curveGeometry(s, t, offset);
    const [p0, c, tip] = geometry;
    depart(s, c);
    depart(t, c);
    let end = tip;
    let arrow: [number, number][] | null = null;
    if (type.directed) {
      const bx = c[0] - tip[0];
      const by = c[1] - tip[1];
      const len = Math.hypot(bx, by) || 1;
      arrow = arrowHead(tip, bx / len, by / len, width);
      const back = 4 + 2.2 * width;
      end = [tip[0] + (bx / len) * back, tip[1] + (by / len) * back];
    }
    const straight = offset === 0 && s !== t;
    const d = straight
      ? `M${f(p0[0])} ${f(p0[1])}L${f(end[0])} ${f(end[1])}`
      : `M${f(p0[0])} ${f(p0[1])}Q${f(c[0])} ${f(c[1])} ${f(end[0])} ${f(end[1])}`;
    const box = quadBox(p0, c, tip);
    const verb = type.label;
    const label = edgeLabelPlace(p0, c, tip, textWidth(verb, EDGE_LABEL_SIZE, true));
    if (highlighted) {
      grow(box, label.x - label.halfWidth, label.y - EDGE_LABEL_SIZE / 2 - 2);
      grow(box, label.x + label.halfWidth, label.y + EDGE_LABEL_SIZE / 2 + 2);
    }
    merge(bounds, box);
    edges.push({
      rel,
      source: s.actor,
      target: t.actor,
      d,
      arrow,
      color: type.color,
      dash: MODALITY_STYLES[rel.modality].dashArray,
      width,
      onPath: highlighted,
      verb,
      labelAt: { x: label.x, y: label.y },
      box,
    });
  }
  for (const node of nodes) {
    placeLabel(node, departures.get(node) ?? []);
    merge(bounds, node.labelBox);
  }
  if (!Number.isFinite(bounds.minX)) grow(bounds, 0, 0);
  return { nodes, edges, bounds };
}

const SIDES: ReadonlyArray<{ side: LabelSide; ux: number; uy: number; bias: number }> = [
  { side: 'below', ux: 0, uy: 1, bias: 0.35 },
  { side: 'above', ux: 0, uy: -1, bias: 0.2 },
  { side: 'right', ux: 1, uy: 0, bias: 0 },
  { side: 'left', ux: -1, uy: 0, bias: 0 },
];

/**
 * Puts the label on the side its edges leave least: under the actor unless edges arrive from
 * below, then above, right or left. Explorer labels sit below; images have no hover to rescue
 * a label an arrow runs through.
 */
function placeLabel(node: SceneNode, departures: readonly [number, number][]): void {
  let best = SIDES[0]!;
  let bestCost = Infinity;
  for (const candidate of SIDES) {
    // The closest edge to this side, by cosine: 1 is an edge straight through the label.
    const crowding = Math.max(-1, ...departures.map(([x, y]) => x * candidate.ux + y * candidate.uy));
    const cost = crowding - candidate.bias;
    if (cost < bestCost - 1e-9) {
      best = candidate;
      bestCost = cost;
    }
  }
  const half = node.size / 2;
  const lines = node.label.length;
  const width = Math.max(...node.label.map((l) => textWidth(l, NODE_LABEL_SIZE, node.onPath)));
  const height = lines * NODE_LABEL_LINE;
  let top: number;
  let left: number;
  switch (best.side) {
    case 'below':
      top = node.y + half + NODE_LABEL_GAP;
      left = node.x - width / 2;
      node.labelX = node.x;
      break;
    case 'above':
      top = node.y - half - NODE_LABEL_GAP - height;
      left = node.x - width / 2;
      node.labelX = node.x;
      break;
    case 'right':
      top = node.y - height / 2;
      left = node.x + half + NODE_LABEL_GAP + 2;
      node.labelX = left;
      break;
    case 'left':
      top = node.y - height / 2;
      left = node.x - half - NODE_LABEL_GAP - 2 - width;
      node.labelX = left + width;
      break;
  }
  node.labelSide = best.side;
  node.labelY = top + NODE_LABEL_SIZE - 1;
  node.labelBox = { minX: left - 2, minY: top - 1, maxX: left + width + 2, maxY: top + height + 2 };
}

/**
 * Where an edge's horizontal label goes: beside the curve's middle, on the side it bows to (up
 * for a straight edge), just far enough that the text box clears the line.
 */
function edgeLabelPlace(
  p0: [number, number],
  c: [number, number],
  p1: [number, number],
  width: number,
): { x: number; y: number; halfWidth: number } {
  const mx = 0.25 * p0[0] + 0.5 * c[0] + 0.25 * p1[0];
  const my = 0.25 * p0[1] + 0.5 * c[1] + 0.25 * p1[1];
  const dx = p1[0] - p0[0];
  const dy = p1[1] - p0[1];
  const len = Math.hypot(dx, dy) || 1;
  let nx = -dy / len;
  let ny = dx / len;
  const bow = (c[0] - (p0[0] + p1[0]) / 2) * nx + (c[1] - (p0[1] + p1[1]) / 2) * ny;
  if (bow < -1e-6 || (Math.abs(bow) <= 1e-6 && ny > 0)) {
    nx = -nx;
    ny = -ny;
  }
  const halfWidth = width / 2 + 3;
  const clearance = Math.abs(nx) * halfWidth + Math.abs(ny) * (EDGE_LABEL_SIZE / 2 + 2) + 3;
  return { x: mx + nx * clearance, y: my + ny * clearance, halfWidth };
}

type Curve = [p0: [number, number], control: [number, number], tip: [number, number]];

/** A quadratic curve bowed `offset` px sideways at its middle, trimmed at both borders. */
function curveGeometry(s: SceneNode, t: SceneNode, offset: number): Curve {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy) || 1e-6;
  // The normal is taken from the canonical (id-ordered) direction so a pair's fan is stable.
  const sign = s.actor.id < t.actor.id ? 1 : -1;
  const nx = (-dy / len) * sign;
  const ny = (dx / len) * sign;
  const c: [number, number] = [(s.x + t.x) / 2 + nx * 2 * offset, (s.y + t.y) / 2 + ny * 2 * offset];
  const from = (n: SceneNode): [number, number] => {
    const vx = c[0] - n.x;
    const vy = c[1] - n.y;
    const vl = Math.hypot(vx, vy) || 1e-6;
    const r = borderDistance(n.style.shape, n.size / 2, vx / vl, vy / vl) + (n.onPath ? 2 : 1);
    return [n.x + (vx / vl) * r, n.y + (vy / vl) * r];
  };
  return [from(s), c, from(t)];
}

/** A relationship from an actor to itself: a loop above it, larger for each parallel one. */
function loopGeometry(n: SceneNode, offset: number): Curve {
  const r = n.size / 2;
  const reach = r + 28 + Math.abs(offset);
  return [
    [n.x - r * 0.5, n.y - r * 0.87],
    [n.x, n.y - reach * 2],
    [n.x + r * 0.5, n.y - r * 0.87],
  ];
}
