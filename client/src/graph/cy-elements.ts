import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import {
  ACTOR_KIND_STYLES,
  BACKGROUND_COLOR,
  FONT_FAMILY,
  MODALITY_STYLES,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { ACTOR_KINDS, MODALITIES, RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import { nodeSize } from '@briefgraph/graph/drawing/nodes';
import { type QuadKey, quadKey } from '../state/filters.ts';

/**
 * Pure mapping from API records to Cytoscape element definitions and the stylesheet built from
 * the shared style tokens. Plain objects, no Cytoscape import: cy-adapter.ts hands them over.
 */

export interface NodeData {
  readonly id: string;
  readonly label: string;
  readonly kind: Actor['kind'];
  readonly degree: number;
  readonly size: number;
}

export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: Relationship['type'];
  readonly modality: Relationship['modality'];
  readonly directed: boolean;
  readonly quad: QuadKey;
  /** The verb shown on the selected or highlighted edge: "provokes". */
  readonly label: string;
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

export interface StyleRule {
  readonly selector: string;
  readonly style: Readonly<Record<string, string | number | readonly number[]>>;
}

/** Above this many elements the view trades detail for speed (straight edges, mid arrows). */
export const LARGE_GRAPH_ELEMENTS = 1500;

export const SELECTION_COLOR = '#f2b705';
export const SELECTION_RING_COLOR = '#111827';

export function toNodeElement(actor: Actor, degree: number): NodeElement {
  return {
    group: 'nodes',
    data: { id: actor.id, label: actor.name, kind: actor.kind, degree, size: nodeSize(degree) },
  };
}

const verbs = new Map(RELATIONSHIP_TYPES.map((t) => [t.name, t.label]));

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
      label: verbs.get(rel.type) ?? rel.type.toLowerCase(),
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

const labelBox = {
  'text-background-color': BACKGROUND_COLOR,
  'text-background-opacity': 0.85,
  'text-background-padding': '2px',
  'text-background-shape': 'round-rectangle',
} as const;

export function buildStylesheet(options: { large: boolean }): StyleRule[] {
  const { large } = options;
  const arrowProperty = large ? 'mid-target-arrow-shape' : 'target-arrow-shape';
  const arrowColorProperty = large ? 'mid-target-arrow-color' : 'target-arrow-color';
  const rules: StyleRule[] = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 13,
        color: TEXT_COLOR,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        ...labelBox,
        'border-width': 2,
        'border-color': BACKGROUND_COLOR,
        'min-zoomed-font-size': large ? 10 : 6,
        'overlay-padding': 4,
        'z-index': 10,
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': ACTOR_KIND_STYLES[kind].fill, shape: ACTOR_KIND_STYLES[kind].shape },
    })),
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': large ? 'haystack' : 'bezier',
        ...(large ? { 'haystack-radius': 0 } : { 'control-point-step-size': 28 }),
        'arrow-scale': 1.1,
        opacity: 0.9,
        'font-family': FONT_FAMILY,
        'font-size': 11,
        color: TEXT_COLOR,
        'text-rotation': 'autorotate',
        ...labelBox,
        'min-zoomed-font-size': 8,
        'overlay-padding': 5,
        'z-index': 1,
      },
    },
    { selector: 'edge[?directed]', style: { [arrowProperty]: 'triangle' } },
    ...RELATIONSHIP_TYPES.map((t) => ({
      selector: `edge[type = "${t.name}"]`,
      style: { 'line-color': t.color, [arrowColorProperty]: t.color },
    })),
    ...MODALITIES.filter((m) => MODALITY_STYLES[m].lineStyle !== 'solid').map((m) => ({
      selector: `edge[modality = "${m}"]`,
      style: {
        'line-style': MODALITY_STYLES[m].lineStyle,
        ...(MODALITY_STYLES[m].lineStyle === 'dashed'
          ? { 'line-dash-pattern': MODALITY_STYLES[m].dashArray.split(' ').map(Number) }
          : {}),
      },
    })),
    { selector: '.hover', style: { 'overlay-opacity': 0.08, 'overlay-color': TEXT_COLOR } },
    { selector: 'edge.hover', style: { label: 'data(label)', 'z-index': 50 } },
    { selector: 'edge.incident', style: { width: 3, opacity: 1, 'z-index': 20 } },
    {
      selector: 'node.path',
      style: { 'border-width': 3, 'border-color': SELECTION_RING_COLOR, 'z-index': 60 },
    },
    {
      selector: 'edge.path',
      style: { width: 4.5, opacity: 1, label: 'data(label)', 'z-index': 60 },
    },
    {
      selector: 'node.selected',
      style: {
        'border-width': 3,
        'border-color': SELECTION_RING_COLOR,
        'underlay-color': SELECTION_COLOR,
        'underlay-opacity': 0.55,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'z-index': 100,
      },
    },
    {
      selector: 'edge.selected',
      style: {
        width: 4.5,
        opacity: 1,
        label: 'data(label)',
        'underlay-color': SELECTION_COLOR,
        'underlay-opacity': 0.55,
        'underlay-padding': 5,
        'z-index': 100,
      },
    },
    { selector: '.faded', style: { opacity: 0.12, 'z-index': 0 } },
    { selector: 'edge.faded', style: { label: '' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
  return rules;
}
