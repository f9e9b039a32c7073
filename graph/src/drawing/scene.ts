/**
 * The drawing of a graph, computed once for every renderer: from actors, relationships and
 * positions (model coordinates), the size, shape, colours and label of every actor, the curve,
 * arrow and verb of every relationship, the order they are painted in, and the bounds of it all.
 *
 * The explorer (client/src/graph/cy-adapter.ts) hands Cytoscape the numbers from here (sizes,
 * control-point distances, label sides and offsets), so Cytoscape paints this scene rather than
 * its own; the server's SVG (server/src/snapshots/render-svg.ts) writes it out. Pure: no DOM, no
 * driver, no font file (text-metrics.ts measures).
 */
import { FADED_OPACITY } from '../domain/emphasis.ts';
import type { Point } from '../domain/schemas.ts';
import { ACTOR_KIND_STYLES, BACKGROUND_COLOR, MODALITY_STYLES } from '../domain/style-tokens.ts';
import type { ActorKind, Modality } from '../domain/vocabulary.ts';
import { getRelationshipType } from '../domain/vocabulary.ts';
import { type Box, union } from './boxes.ts';
import {
  EDGE,
  type EdgeCurve,
  type EndFrame,
  edgeCurve,
  loopCurve,
  loopDirections,
  parallelDistances,
} from './edges.ts';
import {
  bodyObstacle,
  EDGE_LABEL,
  type EdgeLabelPlace,
  type NodeLabelPlace,
  placeEdgeLabels,
  placeNodeLabels,
} from './labels.ts';
import { NODE_LABEL, type NodeShape, nodeLabelLines, nodeSize } from './nodes.ts';

/** The ring of an actor on the highlighted path or selected. */
export const EMPHASIS_RING_COLOR = '#111827';

export const NODE_BORDER = { width: 2, emphasisedWidth: 3 } as const;

/**
 * Paint order, as Cytoscape's z-index (edges always under actors, then by z, then by id here;
 * Cytoscape breaks ties by insertion order). The explorer's stylesheet uses the same numbers.
 */
export const Z = {
  faded: 0,
  edge: 1,
  incident: 20,
  hover: 50,
  path: 60,
  selected: 100,
  node: 10,
} as const;

export interface SceneActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
}

export interface SceneRelationship {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly modality: Modality;
}

export interface SceneInput<
  A extends SceneActor = SceneActor,
  R extends SceneRelationship = SceneRelationship,
> {
  readonly nodes: readonly A[];
  readonly edges: readonly R[];
  readonly positions: Readonly<Record<string, Point>>;
  /** Ids (actors and relationships) of the highlighted path: thicker, ringed, verbs shown. */
  readonly path?: Iterable<string>;
  /** The selected actor or relationship (the explorer's): ringed or thick, its verb shown first. */
  readonly selected?: string | null;
  /** Relationships drawn a little thicker (those of the selected actor). */
  readonly incident?: Iterable<string>;
  /**
   * When given, only these ids (and the selection) stay at full strength; the rest is faded, as
   * the explorer fades everything but a chosen path or focus. Faded relationships get no verb.
   */
  readonly keep?: Iterable<string> | null;
  /** Straight lines between centres for every edge (the explorer's haystack edges on huge graphs). */
  readonly straight?: boolean;
}

/** One faded opacity for every renderer (graph/src/domain/emphasis.ts). */
export { FADED_OPACITY };

export type Emphasis = 'selected' | 'path' | null;

export interface SceneNode<A extends SceneActor = SceneActor> {
  readonly actor: A;
  readonly id: string;
  /** 1, or FADED_OPACITY (the label too). */
  readonly opacity: number;
  readonly faded: boolean;
  readonly x: number;
  readonly y: number;
  readonly degree: number;
  readonly size: number;
  /** Size plus border: what edges are clipped to. */
  readonly outer: number;
  readonly shape: NodeShape;
  readonly fill: string;
  readonly border: { readonly width: number; readonly color: string };
  readonly emphasis: Emphasis;
  readonly z: number;
  readonly label: {
    readonly lines: readonly string[];
    readonly size: number;
    readonly lineHeight: number;
    readonly bold: boolean;
  } & NodeLabelPlace;
}

export interface SceneEdge<
  A extends SceneActor = SceneActor,
  R extends SceneRelationship = SceneRelationship,
> {
  readonly rel: R;
  readonly id: string;
  readonly source: A;
  readonly target: A;
  readonly color: string;
  /** Dash pattern, empty for a solid line. */
  readonly dash: readonly number[];
  readonly width: number;
  readonly opacity: number;
  readonly faded: boolean;
  readonly directed: boolean;
  readonly emphasis: Emphasis;
  readonly z: number;
  /** Cytoscape's control-point-distances for this edge (its loop reach for a loop). */
  readonly distance: number;
  /** Loops only: Cytoscape's loop-direction, in degrees. */
  readonly loopDirection: number | null;
  readonly curve: EdgeCurve;
  readonly label: {
    readonly text: string;
    readonly size: number;
    readonly bold: boolean;
    /** True when the verb is drawn: a labelled edge whose verb found room. */
    readonly shown: boolean;
    /** A labelled edge whose verb found no room anywhere along it. */
    readonly dropped: boolean;
  } & EdgeLabelPlace;
}

export interface Scene<A extends SceneActor = SceneActor, R extends SceneRelationship = SceneRelationship> {
  /** In paint order. */
  readonly nodes: readonly SceneNode<A>[];
  /** In paint order (all of them under the actors). */
  readonly edges: readonly SceneEdge<A, R>[];
  /** Everything drawn: actors, their names, curves, arrows and the verbs shown. */
  readonly bounds: Box;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Degree among the relationships drawn: a loop counts twice, as Cytoscape's degree() does. */
export function degrees(edges: Iterable<{ source: string; target: string }>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

function dashOf(modality: Modality): number[] {
  const dash = MODALITY_STYLES[modality].dashArray;
  return dash ? dash.split(' ').map(Number) : [];
}

/** Box of a quadratic Bézier, from its end points and its extremes. */
function quadBox(p0: Point, c: Point, p1: Point): Box {
  const xs = [p0.x, p1.x];
  const ys = [p0.y, p1.y];
  for (const axis of ['x', 'y'] as const) {
    const denom = p0[axis] - 2 * c[axis] + p1[axis];
    if (Math.abs(denom) < 1e-9) continue;
    const t = (p0[axis] - c[axis]) / denom;
    if (t <= 0 || t >= 1) continue;
    const v = (1 - t) ** 2 * p0[axis] + 2 * (1 - t) * t * c[axis] + t ** 2 * p1[axis];
    (axis === 'x' ? xs : ys).push(v);
  }
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

function curveBox(curve: EdgeCurve, width: number): Box {
  const [c1, c2] = curve.controls;
  const parts: Box[] = [];
  if (c2) {
    const j = { x: (c1!.x + c2.x) / 2, y: (c1!.y + c2.y) / 2 };
    parts.push(quadBox(curve.start, c1!, j), quadBox(j, c2, curve.end));
  } else parts.push(quadBox(curve.start, c1!, curve.end));
  for (const p of curve.arrow ?? []) parts.push({ x1: p.x, y1: p.y, x2: p.x, y2: p.y });
  const box = union(parts)!;
  const w = width / 2;
  return { x1: box.x1 - w, y1: box.y1 - w, x2: box.x2 + w, y2: box.y2 + w };
}

export function buildScene<A extends SceneActor, R extends SceneRelationship>(
  input: SceneInput<A, R>,
): Scene<A, R> {
  const path = new Set(input.path ?? []);
  const incident = new Set(input.incident ?? []);
  const selected = input.selected ?? null;
  const actors = new Map(input.nodes.map((a) => [a.id, a]));
  const edges = input.edges.filter((e) => actors.has(e.source) && actors.has(e.target));
  const degree = degrees(edges);
  const emphasisOf = (id: string): Emphasis => (id === selected ? 'selected' : path.has(id) ? 'path' : null);
  const keep = input.keep ? new Set(input.keep) : null;
  const fadedOf = (id: string) => keep !== null && !keep.has(id) && id !== selected;

  const frames = new Map<string, EndFrame & { size: number }>();
  for (const actor of input.nodes) {
    const p = input.positions[actor.id] ?? { x: 0, y: 0 };
    const size = nodeSize(degree.get(actor.id) ?? 0);
    const border = emphasisOf(actor.id) ? NODE_BORDER.emphasisedWidth : NODE_BORDER.width;
    frames.set(actor.id, {
      x: p.x,
      y: p.y,
      size,
      outer: size + border,
      shape: ACTOR_KIND_STYLES[actor.kind].shape,
    });
  }

  const distances = input.straight ? new Map<string, number>() : parallelDistances(edges);
  const loops = loopDirections(edges);
  const departures = new Map<string, { x: number; y: number }[]>();
  const depart = (id: string, from: EndFrame, towards: Point) => {
    const dx = towards.x - from.x;
    const dy = towards.y - from.y;
    const len = Math.hypot(dx, dy);
    if (len < 1e-6) return;
    const list = departures.get(id);
    const unit = { x: dx / len, y: dy / len };
    if (list) list.push(unit);
    else departures.set(id, [unit]);
  };

  const drafts = edges.map((rel) => {
    const s = frames.get(rel.source)!;
    const t = frames.get(rel.target)!;
    const type = getRelationshipType(rel.type);
    const emphasis = emphasisOf(rel.id);
    const width = emphasis ? EDGE.pathWidth : incident.has(rel.id) ? EDGE.incidentWidth : EDGE.width;
    const distance = distances.get(rel.id) ?? 0;
    const loopDirection = rel.source === rel.target ? (loops.get(rel.id) ?? -45) : null;
    const curve =
      loopDirection === null
        ? edgeCurve(s, t, distance, width, type.directed)
        : loopCurve(s, distance, loopDirection, width, type.directed);
    depart(rel.source, s, curve.controls[0]!);
    depart(rel.target, t, curve.controls[curve.controls.length - 1]!);
    return { rel, type, emphasis, width, distance, loopDirection, curve };
  });

  const nodeLabels = placeNodeLabels(
    input.nodes.map((a) => {
      const f = frames.get(a.id)!;
      return {
        id: a.id,
        x: f.x,
        y: f.y,
        size: f.size,
        outer: f.outer,
        round: f.shape === 'ellipse',
        lines: nodeLabelLines(a.name),
        bold: emphasisOf(a.id) !== null,
      };
    }),
    departures,
  );

  // Verbs are drawn for the selected relationship first, then the path's, in id order.
  const labelled = [
    ...(selected && drafts.some((d) => d.rel.id === selected) ? [selected] : []),
    ...drafts
      .filter((d) => path.has(d.rel.id) && d.rel.id !== selected && !fadedOf(d.rel.id))
      .map((d) => d.rel.id)
      .sort(),
  ];
  const obstacles = [
    ...input.nodes.map((a) =>
      bodyObstacle({ ...frames.get(a.id)!, round: frames.get(a.id)!.shape === 'ellipse' }),
    ),
    ...[...nodeLabels.values()].map((l) => ({ box: l.box })),
  ];
  const verbs = placeEdgeLabels(
    drafts.map((d) => ({
      id: d.rel.id,
      source: d.rel.source,
      target: d.rel.target,
      text: d.type.label,
      curve: d.curve,
      distance: d.distance,
      // A ghosted line may run under a verb; a line at full strength may not.
      faded: fadedOf(d.rel.id),
    })),
    labelled,
    obstacles,
  );
  const wanted = new Set(labelled);

  const nodes: SceneNode<A>[] = input.nodes.map((actor) => {
    const f = frames.get(actor.id)!;
    const emphasis = emphasisOf(actor.id);
    const style = ACTOR_KIND_STYLES[actor.kind];
    const faded = fadedOf(actor.id);
    return {
      actor,
      id: actor.id,
      opacity: faded ? FADED_OPACITY : 1,
      faded,
      x: f.x,
      y: f.y,
      degree: degree.get(actor.id) ?? 0,
      size: f.size,
      outer: f.outer,
      shape: f.shape,
      fill: style.fill,
      border: emphasis
        ? { width: NODE_BORDER.emphasisedWidth, color: EMPHASIS_RING_COLOR }
        : { width: NODE_BORDER.width, color: BACKGROUND_COLOR },
      emphasis,
      z: faded ? Z.faded : emphasis === 'selected' ? Z.selected : emphasis === 'path' ? Z.path : Z.node,
      label: {
        lines: nodeLabelLines(actor.name),
        size: NODE_LABEL.size,
        lineHeight: NODE_LABEL.lineHeight,
        bold: emphasis !== null,
        ...nodeLabels.get(actor.id)!,
      },
    };
  });

  const sceneEdges: SceneEdge<A, R>[] = drafts.map((d) => {
    const verb = verbs.get(d.rel.id)!;
    const faded = fadedOf(d.rel.id);
    const z = faded
      ? Z.faded
      : d.emphasis === 'selected'
        ? Z.selected
        : d.emphasis === 'path'
          ? Z.path
          : incident.has(d.rel.id)
            ? Z.incident
            : Z.edge;
    return {
      rel: d.rel,
      id: d.rel.id,
      source: actors.get(d.rel.source)!,
      target: actors.get(d.rel.target)!,
      color: d.type.color,
      dash: dashOf(d.rel.modality),
      width: d.width,
      opacity: faded ? FADED_OPACITY : d.emphasis || incident.has(d.rel.id) ? 1 : EDGE.opacity,
      faded,
      directed: d.type.directed,
      emphasis: d.emphasis,
      z,
      distance: d.distance,
      loopDirection: d.loopDirection,
      curve: d.curve,
      label: {
        text: d.type.label,
        size: EDGE_LABEL.size,
        bold: EDGE_LABEL.bold,
        shown: verb.shown,
        dropped: wanted.has(d.rel.id) && !verb.shown,
        ...verb.place,
      },
    };
  });

  const paintOrder = <T extends { z: number; id: string }>(list: T[]) =>
    list.sort((a, b) => a.z - b.z || byId(a, b));
  paintOrder(nodes);
  paintOrder(sceneEdges);

  const bounds = union([
    ...nodes.map((n) => bodyObstacle({ ...n, round: false }).box),
    ...nodes.map((n) => n.label.box),
    ...sceneEdges.map((e) => curveBox(e.curve, e.width)),
    ...sceneEdges.filter((e) => e.label.shown).map((e) => e.label.box),
  ]) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { nodes, edges: sceneEdges, bounds };
}
