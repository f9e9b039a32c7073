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
import {
  ACTOR_KIND_STYLES,
  BACKGROUND_COLOR,
  MODALITY_STYLES,
  NEGATED_STYLE,
} from '../domain/style-tokens.ts';
import type { ActorKind, Modality } from '../domain/vocabulary.ts';
import { getRelationshipType, modalVerb, negatedVerb } from '../domain/vocabulary.ts';
import { bendAroundActors } from './avoid.ts';
import { type Box, union } from './boxes.ts';
import { type BundleClass, bundleBadge, bundleRelationships } from './bundles.ts';
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
  /** A negative finding: grey, dash-dot, "does not …" (NEGATED_STYLE); no bundle, no size. */
  readonly negated?: boolean | undefined;
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
  /**
   * Merge the relationships of one pair of actors into one edge per direction and class, with a
   * count badge (bundles.ts). `path`, `selected`, `incident` and `keep` still name
   * relationships: a bundle is emphasised, kept or selected when one of its members is.
   * Snapshots draw with their `bundle` setting; the explorer with its toggle (off by default).
   */
  readonly bundle?: boolean;
  /**
   * Names and verbs (and their gaps) this many times their size, actors and lines as they are:
   * an image that shrinks a large graph to fit a slide keeps its text legible (1, the explorer's).
   */
  readonly textScale?: number;
  /**
   * Verbs as their modality reads, modalVerb() of the vocabulary ("should hold talks with",
   * "is assessed to oppose"), rather than the type's plain verb.
   */
  readonly modalVerbs?: boolean;
  /**
   * When given, lines are wider the more briefs support them (corroborationWidth): the number
   * of briefs of a relationship (domain/corroboration.ts); a bundle takes its best-supported
   * member's. Off unless asked (the explorer's legend toggle, a snapshot's `corroboration`).
   */
  readonly corroborationOf?: ((rel: R) => number) | undefined;
}

/** Width steps by corroboration: 1 brief as drawn, 2 briefs 1.6x, 3 or more 2.2x. */
export const CORROBORATION_WIDTHS = [1, 1.6, 2.2] as const;

export function corroborationWidth(briefs: number): number {
  const step = Math.min(CORROBORATION_WIDTHS.length, Math.max(1, Math.floor(briefs))) - 1;
  return CORROBORATION_WIDTHS[step] ?? 1;
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

/** What a bundled edge stands for (SceneInput.bundle). */
export interface SceneBundle {
  readonly class: BundleClass;
  readonly count: number;
  /** The member relationships' ids, in id order. */
  readonly ids: readonly string[];
  /** The members' one type, or null when they are of several (the line is then neutral). */
  readonly type: string | null;
  /** The firmest modality among the members: the one its dash shows. */
  readonly modality: Modality;
}

export interface SceneEdge<
  A extends SceneActor = SceneActor,
  R extends SceneRelationship = SceneRelationship,
> {
  /** The relationship drawn; for a bundle, its first member (by id). */
  readonly rel: R;
  /** The relationship's id, or the bundle's (`bundle:KOR~USA:cooperation`). */
  readonly id: string;
  /** The relationships this edge draws: [rel], or a bundle's members in id order. */
  readonly members: readonly R[];
  /** Null for a relationship drawn on its own. */
  readonly bundle: SceneBundle | null;
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
    /** The verb, or a bundle's count badge ("7 relationships"). */
    readonly text: string;
    readonly size: number;
    readonly bold: boolean;
    /** A bundle's count badge: shown whenever it finds room and the bundle is not faded. */
    readonly badge: boolean;
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

/** One line of the scene before its labels: a relationship, or a bundle of them. */
interface Line<R extends SceneRelationship> {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly rel: R;
  readonly members: readonly R[];
  readonly bundle: SceneBundle | null;
  readonly directed: boolean;
  readonly color: string;
  readonly dash: readonly number[];
  readonly text: string;
  /** Its own id and its members': what selection, path, incidence and keep are matched against. */
  readonly names: readonly string[];
}

function linesOf<R extends SceneRelationship>(edges: readonly R[], bundle: boolean): Line<R>[] {
  const single = (rel: R): Line<R> => {
    const type = getRelationshipType(rel.type);
    const negated = rel.negated === true;
    return {
      id: rel.id,
      source: rel.source,
      target: rel.target,
      rel,
      members: [rel],
      bundle: null,
      directed: type.directed,
      color: negated ? NEGATED_STYLE.color : type.color,
      dash: negated ? NEGATED_STYLE.dashArray.split(' ').map(Number) : dashOf(rel.modality),
      text: negated ? negatedVerb(rel.type, rel.modality) : type.label,
      names: [rel.id],
    };
  };
  if (!bundle) return edges.map(single);
  const grouped = bundleRelationships(edges);
  return [
    ...grouped.single.map(single),
    ...grouped.bundles.map((b) => ({
      id: b.id,
      source: b.source,
      target: b.target,
      rel: b.members[0]!,
      members: b.members,
      bundle: {
        class: b.class,
        count: b.members.length,
        ids: b.members.map((m) => m.id),
        type: b.type,
        modality: b.modality,
      },
      directed: b.directed,
      color: b.color,
      dash: dashOf(b.modality),
      text: bundleBadge(b.members.length),
      names: [b.id, ...b.members.map((m) => m.id)],
    })),
  ];
}

export function buildScene<A extends SceneActor, R extends SceneRelationship>(
  input: SceneInput<A, R>,
): Scene<A, R> {
  const path = new Set(input.path ?? []);
  const textScale = input.textScale ?? 1;
  const verbOf = (line: Line<R>) =>
    input.modalVerbs && !line.bundle && !line.rel.negated
      ? modalVerb(line.rel.type, line.rel.modality)
      : line.text;
  const incident = new Set(input.incident ?? []);
  const selected = input.selected ?? null;
  const actors = new Map(input.nodes.map((a) => [a.id, a]));
  const edges = input.edges.filter((e) => actors.has(e.source) && actors.has(e.target));
  // Sizes count relationships, bundled or not: an actor does not shrink when its lines merge.
  // A negative finding is no tie: it does not make an actor bigger.
  const degree = degrees(edges.filter((e) => !e.negated));
  const emphasisOf = (id: string): Emphasis => (id === selected ? 'selected' : path.has(id) ? 'path' : null);
  const keep = input.keep ? new Set(input.keep) : null;
  const fadedOf = (id: string) => keep !== null && !keep.has(id) && id !== selected;
  const lines = linesOf(edges, input.bundle === true);
  const lineEmphasis = (line: Line<R>): Emphasis =>
    selected !== null && line.names.includes(selected)
      ? 'selected'
      : line.names.some((n) => path.has(n))
        ? 'path'
        : null;
  const lineIncident = (line: Line<R>) => line.names.some((n) => incident.has(n));
  const lineFaded = (line: Line<R>) => line.names.every(fadedOf);

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

  const weightOf = input.corroborationOf;
  const weight = (line: Line<R>) =>
    weightOf ? corroborationWidth(Math.max(...line.members.map((m) => weightOf(m)))) : 1;
  const widthOf = (line: Line<R>) =>
    (lineEmphasis(line) ? EDGE.pathWidth : lineIncident(line) ? EDGE.incidentWidth : EDGE.width) *
    weight(line);
  const distances = input.straight
    ? new Map<string, number>()
    : bendAroundActors(
        lines.map((l) => ({
          id: l.id,
          source: l.source,
          target: l.target,
          width: widthOf(l),
          directed: l.directed,
        })),
        frames,
        parallelDistances(lines),
      );
  const loops = loopDirections(lines);
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

  const drafts = lines.map((line) => {
    const s = frames.get(line.source)!;
    const t = frames.get(line.target)!;
    const emphasis = lineEmphasis(line);
    const width = widthOf(line);
    const distance = distances.get(line.id) ?? 0;
    const loopDirection = line.source === line.target ? (loops.get(line.id) ?? -45) : null;
    const curve =
      loopDirection === null
        ? edgeCurve(s, t, distance, width, line.directed)
        : loopCurve(s, distance, loopDirection, width, line.directed);
    depart(line.source, s, curve.controls[0]!);
    depart(line.target, t, curve.controls[curve.controls.length - 1]!);
    return { line, emphasis, faded: lineFaded(line), width, distance, loopDirection, curve };
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
    textScale,
  );

  // Verbs are drawn for the selected relationship first, then the path's, in id order; then the
  // count badges of the bundles at full strength (not on a straight-line scene: a huge graph
  // shows them on hover).
  const selectedLine = drafts.find((d) => d.emphasis === 'selected');
  const labelled = [
    ...(selectedLine ? [selectedLine.line.id] : []),
    ...drafts
      .filter((d) => d.emphasis === 'path' && !d.faded)
      .map((d) => d.line.id)
      .sort(),
    ...(input.straight
      ? []
      : drafts
          .filter((d) => d.line.bundle && !d.emphasis && !d.faded)
          .map((d) => d.line.id)
          .sort()),
  ];
  const obstacles = [
    ...input.nodes.map((a) =>
      bodyObstacle({ ...frames.get(a.id)!, round: frames.get(a.id)!.shape === 'ellipse' }),
    ),
    ...[...nodeLabels.values()].map((l) => ({ box: l.box })),
  ];
  const verbs = placeEdgeLabels(
    drafts.map((d) => ({
      id: d.line.id,
      source: d.line.source,
      target: d.line.target,
      text: verbOf(d.line),
      ...(d.line.bundle ? { badge: true, shortText: bundleBadge(d.line.bundle.count, true) } : {}),
      curve: d.curve,
      distance: d.distance,
      // A ghosted line may run under a verb; a line at full strength may not.
      faded: d.faded,
    })),
    labelled,
    obstacles,
    textScale,
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
        size: NODE_LABEL.size * textScale,
        lineHeight: NODE_LABEL.lineHeight * textScale,
        bold: emphasis !== null,
        ...nodeLabels.get(actor.id)!,
      },
    };
  });

  const sceneEdges: SceneEdge<A, R>[] = drafts.map((d) => {
    const { line, faded } = d;
    const verb = verbs.get(line.id)!;
    const incidentLine = lineIncident(line);
    const z = faded
      ? Z.faded
      : d.emphasis === 'selected'
        ? Z.selected
        : d.emphasis === 'path'
          ? Z.path
          : incidentLine
            ? Z.incident
            : Z.edge;
    return {
      rel: line.rel,
      id: line.id,
      members: line.members,
      bundle: line.bundle,
      source: actors.get(line.source)!,
      target: actors.get(line.target)!,
      color: line.color,
      dash: line.dash,
      width: d.width,
      opacity: faded ? FADED_OPACITY : d.emphasis || incidentLine ? 1 : EDGE.opacity,
      faded,
      directed: line.directed,
      emphasis: d.emphasis,
      z,
      distance: d.distance,
      loopDirection: d.loopDirection,
      curve: d.curve,
      label: {
        // The verb, or the badge placed (its short form where only that found room).
        text: verb.text,
        size: EDGE_LABEL.size * textScale,
        bold: EDGE_LABEL.bold,
        badge: line.bundle !== null,
        shown: verb.shown,
        dropped: wanted.has(line.id) && !verb.shown,
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
