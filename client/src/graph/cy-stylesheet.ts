// The Cytoscape stylesheet from the shared tokens and drawing constants; the scene fills in its data.
import {
  ACTOR_KIND_STYLES,
  BACKGROUND_COLOR,
  FONT_FAMILY,
  MODALITY_STYLES,
  NEGATED_STYLE,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { ACTOR_KINDS, MODALITIES, RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import { EDGE } from '@briefgraph/graph/drawing/edges';
import { EDGE_LABEL } from '@briefgraph/graph/drawing/labels';
import { NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import { EMPHASIS_RING_COLOR, FADED_OPACITY, NODE_BORDER, Z } from '@briefgraph/graph/drawing/scene';
import { LARGE_NODE_SIZE } from './cy-label-levels.ts';

export interface StyleRule {
  readonly selector: string;
  readonly style: Readonly<Record<string, string | number | readonly number[]>>;
}

export const SELECTION_COLOR = '#f2b705';
export const SELECTION_RING_COLOR = EMPHASIS_RING_COLOR;

const labelBox = {
  'text-background-color': BACKGROUND_COLOR,
  'text-background-opacity': 0.85,
  'text-background-padding': `${NODE_LABEL.padding}px`,
  'text-background-shape': 'round-rectangle',
} as const;

export function buildStylesheet(options: { large: boolean }): StyleRule[] {
  const { large } = options;
  const arrowProperty = large ? 'mid-target-arrow-shape' : 'target-arrow-shape';
  const arrowColorProperty = large ? 'mid-target-arrow-color' : 'target-arrow-color';
  // A big graph draws arrows and dashes only on the lines in focus: on thousands of lines they
  // are noise at the overview and halve the frames Cytoscape draws before its layer cache is ready.
  const inFocus = (selector: string) =>
    large ? ['path', 'selected', 'incident'].map((c) => `${selector}.${c}`).join(', ') : selector;
  // A big graph: dots for the many, discs for the hubs; a small one: the scene's sizes.
  const { degreeFrom, degreeTo, sizeFrom, sizeTo } = LARGE_NODE_SIZE;
  const nodeSize = large
    ? `mapData(degree, ${degreeFrom}, ${degreeTo}, ${sizeFrom}, ${sizeTo})`
    : 'data(size)';
  const rules: StyleRule[] = [
    {
      selector: 'node',
      style: {
        width: nodeSize,
        height: nodeSize,
        label: 'data(text)',
        'font-family': FONT_FAMILY,
        // A big graph names its hubs first, larger, and more actors as the zoom grows (cy-label-levels.ts).
        'font-size': large ? 'data(lfs)' : NODE_LABEL.size,
        'line-height': NODE_LABEL.lineHeight / NODE_LABEL.size,
        color: TEXT_COLOR,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-x': 'data(lmx)',
        'text-margin-y': 'data(lmy)',
        // The scene wraps names; Cytoscape only breaks at its "\n"s.
        'text-wrap': 'wrap',
        'text-max-width': '1000px',
        ...labelBox,
        'border-width': NODE_BORDER.width,
        'border-color': BACKGROUND_COLOR,
        'min-zoomed-font-size': large ? 'data(lmz)' : 6,
        'overlay-padding': 4,
        'z-index': Z.node,
      },
    },
    { selector: 'node[lside = "above"]', style: { 'text-valign': 'top' } },
    { selector: 'node[lside = "right"]', style: { 'text-valign': 'center', 'text-halign': 'right' } },
    { selector: 'node[lside = "left"]', style: { 'text-valign': 'center', 'text-halign': 'left' } },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': ACTOR_KIND_STYLES[kind].fill, shape: ACTOR_KIND_STYLES[kind].shape },
    })),
    {
      selector: 'edge',
      style: {
        width: EDGE.width,
        ...(large
          ? { 'curve-style': 'haystack', 'haystack-radius': 0 }
          : {
              'curve-style': 'unbundled-bezier',
              'control-point-distances': 'data(cpd)',
              'control-point-weights': 0.5,
              'edge-distances': 'node-position',
            }),
        'arrow-scale': EDGE.arrowScale,
        opacity: EDGE.opacity,
        'font-family': FONT_FAMILY,
        'font-size': EDGE_LABEL.size,
        'font-weight': 'bold',
        'text-rotation': 'none',
        'text-margin-x': 'data(tmx)',
        'text-margin-y': 'data(tmy)',
        ...labelBox,
        'min-zoomed-font-size': 8,
        'overlay-padding': 5,
        'z-index': Z.edge,
      },
    },
    {
      selector: 'edge[loopdir]',
      style: { 'loop-direction': 'data(loopdir)', 'loop-sweep': `${EDGE.loopSweepDeg}deg` },
    },
    { selector: inFocus('edge[?directed]'), style: { [arrowProperty]: 'triangle' } },
    ...RELATIONSHIP_TYPES.map((t) => ({
      selector: `edge[type = "${t.name}"]`,
      style: { 'line-color': t.color, [arrowColorProperty]: t.color, color: t.color },
    })),
    // A bundle: the scene's colour (its members' type, or neutral when mixed) and its count badge,
    // shown at full strength unless the scene found it no room (huge graphs: in the tooltip only).
    {
      selector: 'edge.bundle',
      style: {
        'line-color': 'data(color)',
        [arrowColorProperty]: 'data(color)',
        color: 'data(color)',
        ...(large ? {} : { label: 'data(label)' }),
      },
    },
    { selector: 'edge.bundle[?ldrop]', style: { label: '' } },
    { selector: '.bundled', style: { display: 'none' } },
    // Dashes from the tokens for both kinds of non-solid line, so the canvas and the SVG agree.
    ...MODALITIES.filter((m) => MODALITY_STYLES[m].lineStyle !== 'solid').map((m) => ({
      selector: inFocus(`edge[modality = "${m}"]`),
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': MODALITY_STYLES[m].dashArray.split(' ').map(Number),
      },
    })),
    // A negative finding after the type colours and dashes, so its grey dash-dot wins (as in the SVG).
    {
      selector: 'edge[?negated]',
      style: {
        'line-color': NEGATED_STYLE.color,
        [arrowColorProperty]: NEGATED_STYLE.color,
        color: NEGATED_STYLE.color,
      },
    },
    {
      selector: inFocus('edge[?negated]'),
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': NEGATED_STYLE.dashArray.split(' ').map(Number),
      },
    },
    { selector: '.hover', style: { 'overlay-opacity': 0.08, 'overlay-color': TEXT_COLOR } },
    { selector: 'edge.hover', style: { 'z-index': Z.hover } },
    { selector: 'edge.incident', style: { width: EDGE.incidentWidth, opacity: 1, 'z-index': Z.incident } },
    {
      selector: 'node.path',
      style: {
        'border-width': NODE_BORDER.emphasisedWidth,
        'border-color': SELECTION_RING_COLOR,
        'font-weight': 'bold',
        'z-index': Z.path,
      },
    },
    {
      selector: 'edge.path',
      style: { width: EDGE.pathWidth, opacity: 1, label: 'data(label)', 'z-index': Z.path },
    },
    // A verb the scene found no room for is left out, as in the images; pointing at it shows it.
    { selector: 'edge.path[?ldrop]', style: { label: '' } },
    { selector: 'edge.hover', style: { label: 'data(label)' } },
    {
      selector: 'node.selected',
      style: {
        'border-width': NODE_BORDER.emphasisedWidth,
        'border-color': SELECTION_RING_COLOR,
        'underlay-color': SELECTION_COLOR,
        'underlay-opacity': 0.55,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'z-index': Z.selected,
      },
    },
    {
      selector: 'edge.selected',
      style: {
        width: EDGE.pathWidth,
        opacity: 1,
        label: 'data(label)',
        'underlay-color': SELECTION_COLOR,
        'underlay-opacity': 0.55,
        'underlay-padding': 5,
        'z-index': Z.selected,
      },
    },
    // Weighted by corroboration: the scene's width, which already counts the emphasis.
    { selector: 'edge[lw > 0]', style: { width: 'data(lw)' } },
    { selector: '.faded', style: { opacity: FADED_OPACITY, 'z-index': Z.faded } },
    { selector: 'edge.faded', style: { label: '' } },
    { selector: '.hidden', style: { display: 'none' } },
    // What the analyst selects or follows is named at any zoom (what the pointer is on, in the tooltip).
    ...(large
      ? [
          // A hub named in a large font is drawn over the dots around it, or they would cover its name.
          { selector: 'node[lfs > 12]', style: { 'z-index': Z.node + 1 } },
          {
            selector: 'node.selected, node.path',
            style: { label: 'data(text)', 'min-zoomed-font-size': 0 },
          },
        ]
      : []),
  ];
  return rules;
}
