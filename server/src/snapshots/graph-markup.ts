/**
 * A scene as SVG markup, in its model coordinates: relationships, actors, then names and verbs,
 * in the scene's paint order. render-svg.ts places it in an image or the embed page's SVG.
 * Every relationship carries `data-relationship-id` and (in images) a `<title>` with its quote,
 * so hovering it in a browser shows the evidence; actors the same.
 */

import type { Relationship } from '@briefgraph/graph/domain/schemas';
import {
  ACTOR_KIND_STYLES,
  BACKGROUND_COLOR,
  MODALITY_STYLES,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { modalVerb, negatedVerb } from '@briefgraph/graph/domain/vocabulary';
import { arrowShapeOf, teeBar } from '@briefgraph/graph/drawing/arrows';
import type { EdgeCurve } from '@briefgraph/graph/drawing/edges';
import { DESCENT } from '@briefgraph/graph/drawing/text-metrics';
import type { Scene, SceneEdge, SceneNode } from './scene.ts';
import { shapeMarkup } from './shapes.ts';
import { escapeXml, num } from './xml.ts';

/** Cytoscape's text-background: white at 0.85, corners of 2 px. */
const LABEL_BOX = `rx="2" fill="${BACKGROUND_COLOR}" fill-opacity="0.85"`;

type Described = Pick<SceneEdge, 'rel' | 'source' | 'target'> & Partial<Pick<SceneEdge, 'members'>>;

/** "South Korea should hold talks with Russia": the verb as its modality reads. */
export function relationshipHeading(edge: Described, rel: Relationship = edge.rel): string {
  // A member of an undirected bundle may be recorded the other way round from its line.
  let [from, to] = rel.source === edge.source.id ? [edge.source, edge.target] : [edge.target, edge.source];
  // An undirected recommendation reads from who should act (its ends are in id order).
  if (!rel.directed && rel.modality === 'recommendation' && rel.addressee === to.id) [from, to] = [to, from];
  const verb = rel.negated ? negatedVerb(rel.type, rel.modality) : modalVerb(rel.type, rel.modality);
  return `${from.name} ${verb} ${to.name}`;
}

/** What a line says aloud: its relationship, or "South Korea – United States: 3 relationships". */
export function lineHeading(edge: Described): string {
  const members = edge.members ?? [edge.rel];
  return members.length > 1
    ? `${edge.source.name} – ${edge.target.name}: ${members.length} relationships`
    : relationshipHeading(edge);
}

/**
 * "South Korea is allied with United States: “quote”", one line per quote, then the modality;
 * for a bundle, the same for each of its relationships, a blank line apart.
 */
export function relationshipTooltip(edge: Described): string {
  return (edge.members ?? [edge.rel])
    .map((rel) => {
      const quotes = rel.evidence.map((e) => `“${e.quote}”`);
      return [
        `${relationshipHeading(edge, rel)}: ${quotes[0] ?? ''}`,
        ...quotes.slice(1),
        `(${MODALITY_STYLES[rel.modality].label})`,
      ].join('\n');
    })
    .join('\n\n');
}

export function actorTooltip(node: Pick<SceneNode, 'actor'>): string {
  const aliases = node.actor.aliases.length ? ` — also ${node.actor.aliases.join(', ')}` : '';
  return `${node.actor.name} (${ACTOR_KIND_STYLES[node.actor.kind].label})${aliases}`;
}

const pt = (p: { x: number; y: number }) => `${num(p.x)} ${num(p.y)}`;
const points = (list: readonly { x: number; y: number }[]) =>
  list.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');

/**
 * The curve exactly as Cytoscape strokes it: one quadratic from start to end through the
 * control point (two, joined halfway between their control points, for a loop).
 */
export function curvePath(curve: EdgeCurve): string {
  const [c1, c2] = curve.controls;
  if (!c2) return `M${pt(curve.start)}Q${pt(c1!)} ${pt(curve.end)}`;
  const junction = { x: (c1!.x + c2.x) / 2, y: (c1!.y + c2.y) / 2 };
  return `M${pt(curve.start)}Q${pt(c1!)} ${pt(junction)}Q${pt(c2)} ${pt(curve.end)}`;
}

export interface GraphLayerOptions {
  /** The embed page: ids to move between with the keyboard, wide pointer targets, no <title>. */
  interactive?: boolean;
  /**
   * Lines (width and dashes, not arrowheads) this many times as thick: an image that shrinks a
   * big graph keeps its lines and their dashes visible (1: the explorer's).
   */
  lineScale?: number;
  /** Actors whose names are left out (they would overlap names drawn before them). */
  hiddenNames?: ReadonlySet<string>;
}

function edgeMarkup(edge: SceneEdge, options: GraphLayerOptions): string {
  const d = curvePath(edge.curve);
  const k = options.lineScale ?? 1;
  const dash = edge.dash.length ? ` stroke-dasharray="${edge.dash.map((v) => num(v * k)).join(' ')}"` : '';
  const arrow = edge.curve.arrow
    ? `<polygon points="${points(edge.curve.arrow)}" fill="${edge.color}"/>` +
      (arrowShapeOf(edge.rel.type) === 'triangle-tee'
        ? `<polygon class="tee" points="${points(teeBar(edge.curve.arrow))}" fill="${edge.color}"/>`
        : '')
    : '';
  const opacity = edge.opacity < 1 ? ` opacity="${edge.opacity}"` : '';
  const id = escapeXml(edge.id);
  return (
    `<g class="edge${edge.emphasis ? ' path' : ''}${edge.faded ? ' faded' : ''}" data-relationship-id="${id}"${opacity}` +
    // The embed page shows its own tooltip (embed-page.ts); a <title> would add a second one.
    (options.interactive
      ? ` id="r-${id}" aria-label="${escapeXml(lineHeading(edge))}">`
      : `><title>${escapeXml(relationshipTooltip(edge))}</title>`) +
    // A wide invisible stroke makes a 2 px line easy to point at; images skip it (resvg would paint it).
    (options.interactive
      ? `<path d="${d}" fill="none" stroke="transparent" stroke-width="12" class="hit"/>`
      : '') +
    `<path d="${d}" fill="none" stroke="${edge.color}" stroke-width="${num(edge.width * k)}"${dash}/>` +
    `${arrow}</g>`
  );
}

function nodeMarkup(node: SceneNode, options: GraphLayerOptions): string {
  const ring = `stroke="${node.border.color}" stroke-width="${node.border.width}"`;
  const opacity = node.opacity < 1 ? ` opacity="${node.opacity}"` : '';
  const id = escapeXml(node.actor.id);
  return (
    `<g class="node${node.emphasis ? ' path' : ''}${node.faded ? ' faded' : ''}" data-actor-id="${id}" transform="translate(${num(node.x)} ${num(node.y)})"${opacity}` +
    (options.interactive
      ? ` id="a-${id}" aria-label="${escapeXml(actorTooltip(node))}">`
      : `><title>${escapeXml(actorTooltip(node))}</title>`) +
    `${shapeMarkup(node.shape, node.size, node.fill, ring)}</g>`
  );
}

const boxMarkup = (b: { x1: number; y1: number; x2: number; y2: number }, radius: number) =>
  `<rect x="${num(b.x1)}" y="${num(b.y1)}" width="${num(b.x2 - b.x1)}" height="${num(b.y2 - b.y1)}" ${LABEL_BOX.replace('rx="2"', `rx="${num(radius)}"`)}/>`;

/**
 * Names on their white boxes, as in the explorer, so lines under them do not cut the text. Each
 * line's baseline sits where the canvas puts it: Cytoscape stacks lines by their bottoms
 * (textBaseline "bottom"), a font size below the block's top and a line height apart.
 */
function nodeLabelMarkup(node: SceneNode): string {
  const { label } = node;
  const lines = label.lines
    .map(
      (line, i) =>
        `<tspan x="${num(label.x)}" y="${num(label.top + label.size * (1 - DESCENT) + i * label.lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const weight = label.bold ? ' font-weight="bold"' : '';
  const anchor = { below: 'middle', above: 'middle', right: 'start', left: 'end' }[label.side];
  return (
    `<g class="node-label" data-label-for="${escapeXml(node.actor.id)}"${node.opacity < 1 ? ` opacity="${node.opacity}"` : ''}>${boxMarkup(label.box, label.size / 6)}` +
    `<text text-anchor="${anchor}" font-size="${num(label.size)}"${weight} fill="${TEXT_COLOR}">${lines}</text></g>`
  );
}

function edgeLabelMarkup(edge: SceneEdge): string {
  const { label } = edge;
  const baseline = label.at.y + label.size * (0.5 - DESCENT);
  return (
    `<g class="edge-label" data-label-for="${escapeXml(edge.id)}">${boxMarkup(label.box, label.size / 5.5)}` +
    `<text x="${num(label.at.x)}" y="${num(baseline)}" text-anchor="middle" font-size="${num(label.size)}" font-weight="bold" fill="${edge.color}">${escapeXml(label.text)}</text></g>`
  );
}

/**
 * The graph in its model coordinates, in the scene's paint order: relationships, actors, then
 * the names and the verbs shown (the label pass keeps them off each other and off actors).
 */
export function renderGraphLayer(scene: Scene, options: GraphLayerOptions = {}): string {
  const hidden = options.hiddenNames;
  return [
    `<g class="edges">${scene.edges.map((e) => edgeMarkup(e, options)).join('')}</g>`,
    `<g class="nodes">${scene.nodes.map((n) => nodeMarkup(n, options)).join('')}</g>`,
    `<g class="labels" pointer-events="none">${scene.nodes
      .filter((n) => !hidden?.has(n.id))
      .map(nodeLabelMarkup)
      .join('')}${scene.edges
      .filter((e) => e.label.shown)
      .map(edgeLabelMarkup)
      .join('')}</g>`,
  ].join('');
}

/** Lines of text from `top`, one `line` apart, their baselines 0.8 of the size below each line's top. */
export function textLines(
  lines: readonly string[],
  x: number,
  top: number,
  size: number,
  line: number,
  attributes: string,
): string {
  return lines
    .map(
      (text, i) =>
        `<text x="${num(x)}" y="${num(top + size * 0.8 + i * line)}" font-size="${num(size)}" ${attributes}>${escapeXml(text)}</text>`,
    )
    .join('');
}
