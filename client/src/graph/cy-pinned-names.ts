/**
 * A big graph's pinned names (selected, on a path) as the emphasis overlay draws them below
 * zoom 1 (cy-emphasis-overlay.ts): at their usual size on screen, and each on the side of its
 * actor where it covers no pinned name before it. Pure.
 */
import { EDGE } from '@briefgraph/graph/drawing/edges';
import { labelBlockWidth, NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import { type Box, overlaps } from './cy-label-levels.ts';
import type { StyleRule } from './cy-stylesheet.ts';

/**
 * Below zoom 1, the model font size that draws a pinned name at NODE_LABEL.size on screen (up
 * to 9 % larger); null at zoom 1 and above, where the stylesheet's own sizes stand.
 */
export function pinnedFontSize(zoom: number): number | null {
  if (!(zoom > 0) || zoom >= 1) return null;
  // In steps of an eighth of a doubling: a zoom that hardly moved restyles nothing.
  const step = 2 ** (Math.ceil(-8 * Math.log2(zoom)) / 8);
  return Math.round(NODE_LABEL.size * step * 100) / 100;
}

/** The overlay's rules for pinned names and a path's lines at this zoom (none from zoom 1 on). */
export function pinnedRules(zoom: number): StyleRule[] {
  const size = pinnedFontSize(zoom);
  if (size === null) return [];
  const scale = size / NODE_LABEL.size;
  return [
    {
      selector: 'node.selected, node.path',
      style: {
        'font-size': size,
        'text-background-padding': `${NODE_LABEL.padding * scale}px`,
        'text-max-width': `${1000 * scale}px`,
      },
    },
    // The path's lines too, or they are hairlines far out (their verbs stay off, as at that zoom).
    { selector: 'edge.path', style: { width: EDGE.pathWidth * scale } },
  ];
}

export type PinnedSide = 'below' | 'above' | 'right' | 'left';

export interface PinnedName {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The actor's disc. */
  readonly radius: number;
  readonly lines: readonly string[];
}

const SIDES: readonly PinnedSide[] = ['below', 'above', 'right', 'left'];
const WIDTH_MARGIN = 1.15;

function boxOn(name: PinnedName, side: PinnedSide, fontSize: number): Box {
  const scale = fontSize / NODE_LABEL.size;
  const pad = NODE_LABEL.padding * scale;
  // The estimate runs about a tenth short of the browser's own measure of the name.
  const w = labelBlockWidth(name.lines, fontSize, false) * WIDTH_MARGIN + 2 * pad;
  const h = name.lines.length * NODE_LABEL.lineHeight * scale + 2 * pad;
  const reach = name.radius + NODE_LABEL.gap;
  const { x, y } = name;
  switch (side) {
    case 'below':
      return { x1: x - w / 2, y1: y + reach, x2: x + w / 2, y2: y + reach + h };
    case 'above':
      return { x1: x - w / 2, y1: y - reach - h, x2: x + w / 2, y2: y - reach };
    case 'right':
      return { x1: x + reach, y1: y - h / 2, x2: x + reach + w, y2: y + h / 2 };
    case 'left':
      return { x1: x - reach - w, y1: y - h / 2, x2: x - reach, y2: y + h / 2 };
  }
}

/**
 * Each name's side: below if that is clear of the names placed before it, else the first side
 * that is. The lowest actors go first, so of two actors close together the upper one's name
 * goes above and the lower one's stays below.
 */
export function pinnedSides(names: readonly PinnedName[], fontSize: number): Map<string, PinnedSide> {
  const taken: Box[] = [];
  const sides = new Map<string, PinnedSide>();
  const order = [...names].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const name of order) {
    const boxes = SIDES.map((side) => boxOn(name, side, fontSize));
    const free = boxes.findIndex((box) => !taken.some((t) => overlaps(t, box)));
    const chosen = free === -1 ? 0 : free;
    sides.set(name.id, SIDES[chosen] as PinnedSide);
    taken.push(boxes[chosen] as Box);
  }
  return sides;
}

/** Cytoscape's data for a name on this side (cy-stylesheet.ts reads lside, lmx, lmy). */
export function sideData(side: PinnedSide): { lside: PinnedSide; lmx: number; lmy: number } {
  const gap = NODE_LABEL.gap;
  if (side === 'above') return { lside: side, lmx: 0, lmy: -gap };
  if (side === 'right') return { lside: side, lmx: gap, lmy: 0 };
  if (side === 'left') return { lside: side, lmx: -gap, lmy: 0 };
  return { lside: side, lmx: 0, lmy: gap };
}
