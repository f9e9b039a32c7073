import { corroboration } from '@briefgraph/graph/domain/corroboration';
import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import { modalVerb, negatedVerb, RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import type { BundleClass } from '@briefgraph/graph/drawing/bundles';
import type { LabelSide } from '@briefgraph/graph/drawing/labels';
import { NODE_LABEL, nodeLabelLines, nodeSize } from '@briefgraph/graph/drawing/nodes';
import type { Scene, SceneEdge, SceneNode } from '@briefgraph/graph/drawing/scene';
import { type QuadKey, quadKey } from '../state/filters.ts';

/**
 * Pure mapping from API records to Cytoscape element definitions, and from the shared scene
 * (graph/src/drawing/scene.ts) to the per-element numbers Cytoscape paints it with; the
 * stylesheet built from the shared tokens and drawing constants is cy-stylesheet.ts (re-exported
 * here). Plain objects, no Cytoscape import: cy-adapter.ts hands them over.
 *
 * Cytoscape computes no geometry of its own here: node sizes, label sides and offsets, and each
 * edge's control-point distance (unbundled-bezier, node-position distances, weight 0.5) come
 * from the scene, which the server's images are drawn from too.
 */

export { buildStylesheet, SELECTION_COLOR, SELECTION_RING_COLOR, type StyleRule } from './cy-stylesheet.ts';

export interface NodeData {
  readonly id: string;
  /** The actor's name. */
  readonly label: string;
  readonly kind: Actor['kind'];
  readonly degree: number;
  readonly size: number;
  /** The name as the drawing wraps it, lines joined by "\n" (Cytoscape only stacks them). */
  readonly text: string;
  /** Scene: the side of the actor its name is on, and Cytoscape's text margins for it. */
  readonly lside: LabelSide;
  readonly lmx: number;
  readonly lmy: number;
}

export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: Relationship['type'];
  readonly modality: Relationship['modality'];
  readonly directed: boolean;
  readonly quad: QuadKey;
  /** The verb shown on the selected or highlighted edge, as its modality reads: "provokes", "should hold talks with". */
  readonly label: string;
  /** Scene: control-point distance (parallel relationships fanned out). */
  readonly cpd: number;
  /** Scene: where the verb sits, from Cytoscape's midpoint of the curve. */
  readonly tmx: number;
  readonly tmy: number;
  /** Scene: the verb found no room, so a path does not print it (hover and selection still do). */
  readonly ldrop: boolean;
  /** Scene, loops only: "−45deg" and so on. */
  readonly loopdir?: string;
  /** A negative finding: grey and dash-dot (NEGATED_STYLE), its verb with "not". */
  readonly negated?: true;
  /** How many briefs support it (domain/corroboration.ts). */
  readonly briefs: number;
  /** Scene: its line width when lines are weighted by corroboration, else 0 (the stylesheet's widths). */
  readonly lw?: number;
}

/**
 * A bundle of parallel relationships (the scene's `bundle` option): an element of its own, drawn
 * instead of its members (which stay, hidden, with the class `bundled`).
 */
export interface BundleData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly bundle: true;
  /** The member relationships' ids, in id order, joined by spaces (relationship ids have none). */
  readonly members: string;
  readonly count: number;
  readonly bundleClass: BundleClass;
  /** The members' type colour, or the neutral bundle colour when they are mixed. */
  readonly color: string;
  /** The firmest modality among the members: its dash. */
  readonly modality: Relationship['modality'];
  readonly directed: boolean;
  /** The count badge: "7 relationships". */
  readonly label: string;
  readonly cpd: number;
  readonly tmx: number;
  readonly tmy: number;
  readonly ldrop: boolean;
  readonly lw: number;
}

export interface BundleElement {
  readonly group: 'edges';
  readonly data: BundleData;
  readonly classes: 'bundle';
}

export interface NodeElement {
  readonly group: 'nodes';
  readonly data: NodeData;
  readonly position?: { x: number; y: number };
}

export interface EdgeElement {
  readonly group: 'edges';
  readonly data: EdgeData;
}

/** Above this many elements the view trades detail for speed (straight edges, mid arrows). */
export const LARGE_GRAPH_ELEMENTS = 1500;

export function toNodeElement(actor: Actor, degree: number): NodeElement {
  return {
    group: 'nodes',
    data: {
      id: actor.id,
      label: actor.name,
      kind: actor.kind,
      degree,
      size: nodeSize(degree),
      text: nodeLabelLines(actor.name).join('\n'),
      lside: 'below',
      lmx: 0,
      lmy: NODE_LABEL.gap,
    },
  };
}

const known = new Set(RELATIONSHIP_TYPES.map((t) => t.name));

/** The verb as its modality reads ("should hold talks with", "does not support"), as the images print it too. */
const verbOf = (rel: Pick<Relationship, 'type' | 'modality' | 'negated'>) =>
  !known.has(rel.type)
    ? rel.type.toLowerCase()
    : rel.negated
      ? negatedVerb(rel.type, rel.modality)
      : modalVerb(rel.type, rel.modality);

export function toEdgeElement(rel: Relationship): EdgeElement {
  return {
    group: 'edges',
    data: {
      id: rel.id,
      source: rel.source,
      target: rel.target,
      type: rel.type,
      modality: rel.modality,
      directed: rel.directed,
      quad: quadKey(rel.quadClass),
      label: verbOf(rel),
      briefs: corroboration(rel),
      cpd: 0,
      tmx: 0,
      tmy: 0,
      ldrop: false,
      ...(rel.negated ? { negated: true as const } : {}),
    },
  };
}

export function toElements(
  actors: Iterable<Actor>,
  relationships: Iterable<Relationship>,
  degreeOf: (actorId: string) => number,
): Array<NodeElement | EdgeElement> {
  const out: Array<NodeElement | EdgeElement> = [];
  for (const a of actors) out.push(toNodeElement(a, degreeOf(a.id)));
  for (const r of relationships) out.push(toEdgeElement(r));
  return out;
}

/** Hundredths of a pixel: finer changes are noise, and would restyle elements for nothing. */
const round = (n: number) => Math.round(n * 100) / 100;

export type SceneNodeData = Pick<NodeData, 'size' | 'lside' | 'lmx' | 'lmy'>;
export type SceneEdgeData = Pick<EdgeData, 'cpd' | 'tmx' | 'tmy' | 'ldrop' | 'loopdir' | 'lw'>;

/** What Cytoscape needs of a scene actor to draw it where the scene does. */
export function sceneNodeData(node: SceneNode): SceneNodeData {
  return {
    size: node.size,
    lside: node.label.side,
    lmx: round(node.label.margin.x),
    lmy: round(node.label.margin.y),
  };
}

/** What Cytoscape needs of a scene edge: its distance, and its verb's offset from the midpoint. */
export function sceneEdgeData(edge: SceneEdge, weighted = false): SceneEdgeData {
  return {
    cpd: round(edge.distance),
    tmx: round(edge.label.at.x - edge.curve.mid.x),
    tmy: round(edge.label.at.y - edge.curve.mid.y),
    ldrop: edge.label.dropped,
    lw: weighted ? round(edge.width) : 0,
    ...(edge.loopDirection === null ? {} : { loopdir: `${edge.loopDirection}deg` }),
  };
}

/** A bundle's data: its geometry, and what may change with its members (a filter hides one). */
export function sceneBundleData(edge: SceneEdge, weighted = false): BundleData {
  return {
    id: edge.id,
    source: edge.source.id,
    target: edge.target.id,
    bundle: true,
    members: edge.members.map((m) => m.id).join(' '),
    count: edge.members.length,
    bundleClass: edge.bundle?.class ?? 'structural',
    color: edge.color,
    modality: edge.bundle?.modality ?? edge.rel.modality,
    directed: edge.directed,
    label: edge.label.text,
    cpd: round(edge.distance),
    tmx: round(edge.label.at.x - edge.curve.mid.x),
    tmy: round(edge.label.at.y - edge.curve.mid.y),
    ldrop: edge.label.dropped,
    lw: weighted ? round(edge.width) : 0,
  };
}

export function toBundleElement(edge: SceneEdge, weighted = false): BundleElement {
  return { group: 'edges', data: sceneBundleData(edge, weighted), classes: 'bundle' };
}

/** Every element's scene data, by id (a bundle's whole data). */
export function sceneData(
  scene: Scene,
  weighted = false,
): Map<string, SceneNodeData | SceneEdgeData | BundleData> {
  const out = new Map<string, SceneNodeData | SceneEdgeData | BundleData>();
  for (const n of scene.nodes) out.set(n.id, sceneNodeData(n));
  for (const e of scene.edges)
    out.set(e.id, e.bundle ? sceneBundleData(e, weighted) : sceneEdgeData(e, weighted));
  return out;
}
