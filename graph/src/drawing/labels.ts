/**
 * Where labels go, deterministically, so the explorer and the images agree:
 *
 * - An actor's name goes on the side of it that its relationships leave least (below unless
 *   edges arrive from below, then above, right or left), avoiding other actors and the names
 *   already placed (actors in id order).
 * - A relationship's verb goes beside its curve, clear of the line, on the side it bows to. The
 *   collision pass tries the middle first, then slides along the edge (t = 0.4, 0.6, 0.3, ...),
 *   on that side then the other, then a little further out from the middle; a place counts only
 *   when the verb's box touches no actor, no actor's name and no verb placed before, and the
 *   curve nearest to it joins the same two actors (so it never reads as the verb of another
 *   pair; among parallel relationships its colour, the line's, tells which). A verb that fits
 *   nowhere is dropped. Verbs are placed in the order given (the selection, the path).
 */
import type { Point } from '../domain/schemas.ts';
import { type Box, BoxGrid, boxAround, type Circle, segmentCrossesBox, segmentDistance } from './boxes.ts';
import { type EdgeCurve, pointOnCurve } from './edges.ts';
import { labelBlockHeight, labelBlockWidth, NODE_LABEL } from './nodes.ts';
import { textWidth } from './text-metrics.ts';

export type LabelSide = 'below' | 'above' | 'right' | 'left';

export const EDGE_LABEL = {
  size: 11,
  bold: true,
  /** Cytoscape's text-background-padding. */
  padding: 2,
  /** Clear space between the line and the verb's box. */
  clearance: 2,
  /** Space kept between a verb and anything else. */
  margin: 1,
} as const;

/** Right and left labels sit a little further out than below and above ones (Cytoscape text-margin-x). */
const SIDE_GAP = NODE_LABEL.gap + 2;

export interface NodeLabelPlace {
  readonly side: LabelSide;
  /** x of the text anchor (centre, left edge or right edge of the lines, by side), y of the block's top. */
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** The label's white box: the text plus its padding. */
  readonly box: Box;
  /** Cytoscape's text-margin-x/-y for this side. */
  readonly margin: Point;
}

export interface LabelledNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly outer: number;
  /** Round actors block a circle, the others their square. */
  readonly round: boolean;
  readonly lines: readonly string[];
  readonly bold: boolean;
}

/** Something a label must not cover: a box, or a circle within it. */
export interface Obstacle {
  readonly box: Box;
  readonly circle?: Circle;
}

const SIDES: ReadonlyArray<{ side: LabelSide; ux: number; uy: number; bias: number }> = [
  { side: 'below', ux: 0, uy: 1, bias: 0.35 },
  { side: 'above', ux: 0, uy: -1, bias: 0.2 },
  { side: 'right', ux: 1, uy: 0, bias: 0 },
  { side: 'left', ux: -1, uy: 0, bias: 0 },
];

/** What each overlap with another actor or name costs a side, against at most 2 for crowding. */
const OVERLAP_COST = 1.5;

/**
 * `scale` enlarges the text (and its gaps) but not the actor: an image that shrinks a large graph
 * to fit a slide draws its names bigger in model units so they stay legible (1 in the explorer).
 */
export function nodeLabelAt(node: LabelledNode, side: LabelSide, scale = 1): NodeLabelPlace {
  const width = labelBlockWidth(node.lines, NODE_LABEL.size * scale, node.bold);
  const height = labelBlockHeight(node.lines.length, NODE_LABEL.size * scale, NODE_LABEL.lineHeight * scale);
  const half = node.size / 2;
  const gap = NODE_LABEL.gap * scale;
  const sideGap = SIDE_GAP * scale;
  let left: number;
  let top: number;
  let x: number;
  let margin: Point;
  switch (side) {
    case 'below':
      top = node.y + half + gap;
      left = node.x - width / 2;
      x = node.x;
      margin = { x: 0, y: gap };
      break;
    case 'above':
      top = node.y - half - gap - height;
      left = node.x - width / 2;
      x = node.x;
      margin = { x: 0, y: -gap };
      break;
    case 'right':
      top = node.y - height / 2;
      left = node.x + half + sideGap;
      x = left;
      margin = { x: sideGap, y: 0 };
      break;
    case 'left':
      top = node.y - height / 2;
      left = node.x - half - sideGap - width;
      x = left + width;
      margin = { x: -sideGap, y: 0 };
      break;
  }
  const p = NODE_LABEL.padding * scale;
  return {
    side,
    x,
    top,
    width,
    height,
    margin,
    box: { x1: left - p, y1: top - p, x2: left + width + p, y2: top + height + p },
  };
}

/** A node's own body, as an obstacle. */
export function bodyObstacle(node: Pick<LabelledNode, 'x' | 'y' | 'outer' | 'round'>): Obstacle {
  const r = node.outer / 2;
  const box = boxAround(node.x, node.y, r, r);
  return node.round ? { box, circle: { cx: node.x, cy: node.y, r } } : { box };
}

/**
 * Sides for every actor's label. `departures` holds, per actor, the unit vectors along which its
 * edges leave it (towards their control points).
 */
export function placeNodeLabels(
  nodes: readonly LabelledNode[],
  departures: ReadonlyMap<string, readonly Point[]>,
  scale = 1,
): Map<string, NodeLabelPlace> {
  const grid = new BoxGrid<string>(64 * Math.max(1, scale));
  for (const n of nodes) {
    const body = bodyObstacle(n);
    grid.add(body.box, n.id, body.circle);
  }
  const placed = new Map<string, NodeLabelPlace>();
  const order = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const node of order) {
    const leaving = departures.get(node.id) ?? [];
    let best: NodeLabelPlace | null = null;
    let bestCost = Infinity;
    for (const candidate of SIDES) {
      // The edge closest to this side, by cosine: 1 is an edge straight through the label.
      const crowding = Math.max(-1, ...leaving.map((d) => d.x * candidate.ux + d.y * candidate.uy));
      const place = nodeLabelAt(node, candidate.side, scale);
      const others = grid.hits(place.box).filter((h) => h.owner !== node.id).length;
      const cost = crowding - candidate.bias + OVERLAP_COST * others;
      if (cost < bestCost - 1e-9) {
        best = place;
        bestCost = cost;
      }
    }
    placed.set(node.id, best!);
    grid.add(best!.box, node.id);
  }
  return placed;
}

export interface EdgeLabelPlace {
  /** Centre of the verb (and of its box). */
  readonly at: Point;
  readonly box: Box;
  readonly width: number;
  readonly height: number;
  /** Where along the curve it sits (0.5 is the middle). */
  readonly t: number;
}

export interface LabelledEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly text: string;
  readonly curve: EdgeCurve;
  /** Control-point distance: its sign says which side the curve bows to. */
  readonly distance: number;
  /** A ghosted edge (faded in the explorer) does not count as a line a verb could be read against. */
  readonly faded?: boolean;
  /**
   * A count badge (a bundle's): placed on its line first, else beside it, never where another
   * pair's line is nearer than its own; `shortText` ("×7") is tried where `text` finds no room.
   */
  readonly badge?: boolean;
  readonly shortText?: string;
}

/** Along the edge first, then away from its middle: (t, extra distance from the line). */
const CANDIDATES: ReadonlyArray<readonly [number, number]> = [
  ...[0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((t) => [t, 0] as const),
  ...[8, 16, 24, 36, 48].flatMap((extra) => [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => [t, extra] as const)),
];

function edgeLabelSize(text: string, scale: number) {
  const width = Math.ceil(textWidth(text, EDGE_LABEL.size * scale, EDGE_LABEL.bold));
  return { width, height: EDGE_LABEL.size * scale };
}

/**
 * The verb beside the curve at t, on side +1 (the side it bows to, or the upper one for a
 * straight edge) or −1, its box `extra` px further from the line than it needs to be.
 */
export function edgeLabelAt(
  edge: LabelledEdge,
  t: number,
  side: 1 | -1,
  extra = 0,
  scale = 1,
): EdgeLabelPlace {
  const { width, height } = edgeLabelSize(edge.text, scale);
  const { at, tangent } = pointOnCurve(edge.curve, t);
  // The normal (−ty, tx) is the side a positive control-point distance bows to.
  let nx = -tangent.y;
  let ny = tangent.x;
  const bowsPositive = edge.distance > 1e-6 || (Math.abs(edge.distance) <= 1e-6 && ny <= 0);
  if (!bowsPositive) {
    nx = -nx;
    ny = -ny;
  }
  nx *= side;
  ny *= side;
  const hw = width / 2 + EDGE_LABEL.padding * scale;
  const hh = height / 2 + EDGE_LABEL.padding * scale;
  const clearance = Math.abs(nx) * hw + Math.abs(ny) * hh + EDGE_LABEL.clearance * scale + extra;
  const centre = { x: at.x + nx * clearance, y: at.y + ny * clearance };
  return { at: centre, box: boxAround(centre.x, centre.y, hw, hh), width, height, t };
}

/** Where a badge's box would be centred on the curve at t. */
const ON_LINE = [0.5, 0.4, 0.6, 0.3, 0.7];

export function edgeLabelOn(edge: LabelledEdge, t: number, scale = 1): EdgeLabelPlace {
  const { width, height } = edgeLabelSize(edge.text, scale);
  const { at } = pointOnCurve(edge.curve, t);
  const hw = width / 2 + EDGE_LABEL.padding * scale;
  const hh = height / 2 + EDGE_LABEL.padding * scale;
  return { at, box: boxAround(at.x, at.y, hw, hh), width, height, t };
}

export interface EdgeLabelResult {
  readonly place: EdgeLabelPlace;
  /** False when it is not drawn: not asked for, or no room anywhere along its edge. */
  readonly shown: boolean;
  /** The text placed: the edge's, or its shorter one when only that found room. */
  readonly text: string;
}

const SAMPLES = 16;

/** Every edge as short segments in a grid: "does another pair's curve pass closer than mine?" */
class CurveIndex {
  private readonly grid = new BoxGrid<{ pair: string; a: Point; b: Point }>();

  constructor(edges: readonly LabelledEdge[]) {
    for (const edge of edges) {
      if (edge.faded) continue;
      let a = edge.curve.start;
      for (let i = 1; i <= SAMPLES; i++) {
        const b = i === SAMPLES ? edge.curve.end : pointOnCurve(edge.curve, i / SAMPLES).at;
        const box = {
          x1: Math.min(a.x, b.x),
          y1: Math.min(a.y, b.y),
          x2: Math.max(a.x, b.x),
          y2: Math.max(a.y, b.y),
        };
        this.grid.add(box, { pair: pairKey(edge), a, b });
        a = b;
      }
    }
  }

  /** True when a curve between another pair of actors runs through the box. */
  crosses(box: Box, pair: string): boolean {
    for (const { owner } of this.grid.hits(box)) {
      if (owner.pair !== pair && segmentCrossesBox(owner.a, owner.b, box)) return true;
    }
    return false;
  }

  /** True when a curve between another pair of actors passes closer to p than `distance`. */
  closerThan(p: Point, distance: number, pair: string): boolean {
    for (const { owner } of this.grid.hits(boxAround(p.x, p.y, distance, distance))) {
      if (owner.pair !== pair && segmentDistance(p, owner.a, owner.b) < distance) return true;
    }
    return false;
  }
}

const pairKey = (e: { source: string; target: string }) =>
  e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;

/**
 * The collision pass. `obstacles` are the actors' bodies and names; `labelled` the edges whose
 * verbs are drawn, in priority order. Every other edge gets its first choice (for a hover).
 */
export function placeEdgeLabels(
  edges: readonly LabelledEdge[],
  labelled: readonly string[],
  obstacles: readonly Obstacle[],
  scale = 1,
): Map<string, EdgeLabelResult> {
  const grid = new BoxGrid<number>(64 * Math.max(1, scale));
  obstacles.forEach((o, i) => {
    grid.add(o.box, i, o.circle);
  });
  const byId = new Map(edges.map((e) => [e.id, e]));
  // Built only when a verb is to be placed: most scenes of a big graph have none.
  let index: CurveIndex | null = null;
  const curves = () => {
    index ??= new CurveIndex(edges);
    return index;
  };
  const clearOf = (place: EdgeLabelPlace) => grid.hits(place.box, EDGE_LABEL.margin * scale).length === 0;
  /**
   * Beside the line: clear of actors, names and verbs, and no other pair's curve nearer than its
   * own; or, when `lenient`, at least none running under it.
   */
  const besideLine = (edge: LabelledEdge, lenient: boolean): EdgeLabelPlace | null => {
    const clear = CANDIDATES.flatMap(([t, extra]) =>
      ([1, -1] as const).map((side) => edgeLabelAt(edge, t, side, extra * scale, scale)),
    ).filter(clearOf);
    const pair = pairKey(edge);
    return (
      clear.find((place) => {
        const own = pointOnCurve(edge.curve, place.t).at;
        return !curves().closerThan(place.at, Math.hypot(place.at.x - own.x, place.at.y - own.y), pair);
      }) ??
      (lenient ? clear.find((place) => !curves().crosses(place.box, pair)) : undefined) ??
      null
    );
  };
  /** On the line (a badge): clear of actors, names and verbs, and no other pair's curve under it. */
  const onLine = (edge: LabelledEdge): EdgeLabelPlace | null => {
    const pair = pairKey(edge);
    return (
      ON_LINE.map((t) => edgeLabelOn(edge, t, scale)).find(
        (place) => clearOf(place) && !curves().crosses(place.box, pair),
      ) ?? null
    );
  };
  const out = new Map<string, EdgeLabelResult>();
  for (const id of labelled) {
    const edge = byId.get(id);
    if (!edge || out.has(id)) continue;
    let text = edge.text;
    let found: EdgeLabelPlace | null = null;
    if (edge.badge) {
      // A count, which only its own line explains: on that line, or beside it where no other
      // pair's line is nearer; the long form, then the short one; else none.
      for (const candidate of [edge.text, ...(edge.shortText ? [edge.shortText] : [])]) {
        const version = { ...edge, text: candidate };
        found = onLine(version) ?? besideLine(version, false);
        if (found) {
          text = candidate;
          break;
        }
      }
    } else found = besideLine(edge, true);
    if (found) {
      grid.add(found.box, -1);
      out.set(id, { place: found, shown: true, text });
    } else {
      out.set(id, { place: edgeLabelAt(edge, 0.5, 1, 0, scale), shown: false, text: edge.text });
    }
  }
  for (const edge of edges) {
    if (!out.has(edge.id))
      out.set(edge.id, { place: edgeLabelAt(edge, 0.5, 1, 0, scale), shown: false, text: edge.text });
  }
  return out;
}
