/**
 * Actors as the drawing sees them: one size rule, one label style, and the outline of each node
 * shape exactly as Cytoscape draws and clips it (its polygons, its round-rectangle radius, its
 * barrel), so an edge ends on the same border in the explorer and in an image.
 */
import type { ActorKindStyle } from '../domain/style-tokens.ts';
import { textWidth, wrapText } from './text-metrics.ts';

/** Node labels: 12 px, wrapped at 130 px to three lines at most, 14 px apart, 4 px from the node. */
export const NODE_LABEL = {
  size: 12,
  lineHeight: 14,
  maxWidth: 130,
  maxLines: 3,
  gap: 4,
  /** Cytoscape's text-background-padding: the label's white box reaches this far past the text. */
  padding: 2,
} as const;

/** Grows with the square root of degree, so hubs stand out without swallowing their labels. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(56, 22 + 6 * Math.sqrt(Math.max(0, degree))));
}

/** The lines of an actor's label, wrapped here (not by Cytoscape) so every renderer breaks them alike. */
export function nodeLabelLines(name: string): string[] {
  return wrapText(name, NODE_LABEL.size, NODE_LABEL.maxWidth, { maxLines: NODE_LABEL.maxLines });
}

/** Width of the widest line, rounded up as Cytoscape rounds each measured line. */
export function labelBlockWidth(lines: readonly string[], size: number, bold: boolean): number {
  return Math.max(0, ...lines.map((l) => Math.ceil(textWidth(l, size, bold))));
}

/** Height of a block of lines as Cytoscape stacks them: one font size, then a line height per line. */
export function labelBlockHeight(lineCount: number, size: number, lineHeight: number): number {
  return size + Math.max(0, lineCount - 1) * lineHeight;
}

export type NodeShape = ActorKindStyle['shape'];
