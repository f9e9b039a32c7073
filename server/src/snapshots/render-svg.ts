/**
 * Snapshot → SVG, pure: the title and caption, the graph (actor-kind shapes and colours,
 * relationship colours, dashes by modality, arrows on directed types, the highlighted path
 * emphasised), a legend of what is shown, and the source line. All text is text (selectable,
 * searchable, scalable) and escaped. Every relationship carries `data-relationship-id` and a
 * `<title>` with its quote, so hovering it in a browser shows the evidence; actors the same.
 */
import type { Snapshot } from '@briefgraph/graph/domain/schemas';
import {
  ACTOR_KIND_STYLES,
  BACKGROUND_COLOR,
  FONT_FAMILY,
  MODALITY_STYLES,
  MUTED_TEXT_COLOR,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import type { EdgeCurve } from '@briefgraph/graph/drawing/edges';
import { DESCENT } from '@briefgraph/graph/drawing/text-metrics';
import { wrapText } from './fonts.ts';
import { LEGEND_FONT_SIZE, legendGroups, renderLegend } from './legend.ts';
import { buildScene, type Scene, type SceneEdge, type SceneNode } from './scene.ts';
import { shapeMarkup } from './shapes.ts';
import { escapeXml, num } from './xml.ts';

export interface SvgOptions {
  /** Title and caption (default true). */
  title?: boolean;
  /** The legend (default true). */
  legend?: boolean;
  /** The source line (default true). */
  source?: boolean;
  background?: 'white' | 'transparent';
}

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

export type DrawableSnapshot = Pick<
  Snapshot,
  'title' | 'caption' | 'source' | 'createdAt' | 'nodes' | 'edges' | 'positions' | 'highlightedPath'
> &
  Partial<Pick<Snapshot, 'emphasis'>>;

const PADDING = 24;
const MIN_WIDTH = 640;
const TITLE_SIZE = 22;
const CAPTION_SIZE = 14;
const SOURCE_SIZE = 12;
/** Cytoscape's text-background: white at 0.85, corners of 2 px. */
const LABEL_BOX = `rx="2" fill="${BACKGROUND_COLOR}" fill-opacity="0.85"`;

/** "South Korea is allied with United States" */
export function relationshipHeading(edge: Pick<SceneEdge, 'source' | 'target' | 'label'>): string {
  return `${edge.source.name} ${edge.label.text} ${edge.target.name}`;
}

/** "South Korea is allied with United States: “quote”", one line per quote, then the modality. */
export function relationshipTooltip(edge: Pick<SceneEdge, 'rel' | 'source' | 'target' | 'label'>): string {
  const quotes = edge.rel.evidence.map((e) => `“${e.quote}”`);
  return [
    `${relationshipHeading(edge)}: ${quotes[0] ?? ''}`,
    ...quotes.slice(1),
    `(${MODALITY_STYLES[edge.rel.modality].label})`,
  ].join('\n');
}

export function actorTooltip(node: Pick<SceneNode, 'actor'>): string {
  const aliases = node.actor.aliases.length ? ` — also ${node.actor.aliases.join(', ')}` : '';
  return `${node.actor.name} (${ACTOR_KIND_STYLES[node.actor.kind].label})${aliases}`;
}

const pt = (p: { x: number; y: number }) => `${num(p.x)} ${num(p.y)}`;

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

function edgeMarkup(edge: SceneEdge, interactive: boolean): string {
  const d = curvePath(edge.curve);
  const dash = edge.dash.length ? ` stroke-dasharray="${edge.dash.join(' ')}"` : '';
  const arrow = edge.curve.arrow
    ? `<polygon points="${edge.curve.arrow.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="${edge.color}"/>`
    : '';
  return (
    `<g class="edge${edge.emphasis ? ' path' : ''}" data-relationship-id="${escapeXml(edge.rel.id)}"${edge.opacity < 1 ? ` opacity="${edge.opacity}"` : ''}` +
    // The embed page shows its own tooltip (embed-page.ts); a <title> would add a second one.
    (interactive
      ? ` tabindex="0" role="button" aria-label="${escapeXml(relationshipHeading(edge))}">`
      : `><title>${escapeXml(relationshipTooltip(edge))}</title>`) +
    // A wide invisible stroke makes a 2 px line easy to point at; images skip it (resvg would paint it).
    (interactive ? `<path d="${d}" fill="none" stroke="transparent" stroke-width="12" class="hit"/>` : '') +
    `<path d="${d}" fill="none" stroke="${edge.color}" stroke-width="${edge.width}"${dash}/>` +
    `${arrow}</g>`
  );
}

function nodeMarkup(node: SceneNode, interactive: boolean): string {
  const ring = `stroke="${node.border.color}" stroke-width="${node.border.width}"`;
  return (
    `<g class="node${node.emphasis ? ' path' : ''}" data-actor-id="${escapeXml(node.actor.id)}" transform="translate(${num(node.x)} ${num(node.y)})"${node.opacity < 1 ? ` opacity="${node.opacity}"` : ''}` +
    (interactive
      ? ` tabindex="0" role="button" aria-label="${escapeXml(actorTooltip(node))}">`
      : `><title>${escapeXml(actorTooltip(node))}</title>`) +
    `${shapeMarkup(node.shape, node.size, node.fill, ring)}</g>`
  );
}

const boxMarkup = (b: { x1: number; y1: number; x2: number; y2: number }) =>
  `<rect x="${num(b.x1)}" y="${num(b.y1)}" width="${num(b.x2 - b.x1)}" height="${num(b.y2 - b.y1)}" ${LABEL_BOX}/>`;

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
    `<g class="node-label" data-label-for="${escapeXml(node.actor.id)}"${node.opacity < 1 ? ` opacity="${node.opacity}"` : ''}>${boxMarkup(label.box)}` +
    `<text text-anchor="${anchor}" font-size="${label.size}"${weight} fill="${TEXT_COLOR}">${lines}</text></g>`
  );
}

function edgeLabelMarkup(edge: SceneEdge): string {
  const { label } = edge;
  const baseline = label.at.y + label.size * (0.5 - DESCENT);
  return (
    `<g class="edge-label" data-label-for="${escapeXml(edge.rel.id)}">${boxMarkup(label.box)}` +
    `<text x="${num(label.at.x)}" y="${num(baseline)}" text-anchor="middle" font-size="${label.size}" font-weight="bold" fill="${edge.color}">${escapeXml(label.text)}</text></g>`
  );
}

/**
 * The graph in its model coordinates, in the scene's paint order: relationships, actors, then
 * every name and the verbs shown (the label pass keeps them off each other and off actors).
 * `interactive` (the embed page) adds focus stops and wide pointer targets on relationships.
 */
export function renderGraphLayer(scene: Scene, options: { interactive?: boolean } = {}): string {
  const interactive = options.interactive ?? false;
  return [
    `<g class="edges">${scene.edges.map((e) => edgeMarkup(e, interactive)).join('')}</g>`,
    `<g class="nodes">${scene.nodes.map((n) => nodeMarkup(n, interactive)).join('')}</g>`,
    `<g class="labels" pointer-events="none">${scene.nodes.map(nodeLabelMarkup).join('')}${scene.edges
      .filter((e) => e.label.shown)
      .map(edgeLabelMarkup)
      .join('')}</g>`,
  ].join('');
}

function textLines(
  lines: readonly string[],
  x: number,
  top: number,
  size: number,
  lineHeight: number,
  attributes: string,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${num(x)}" y="${num(top + size * 0.8 + i * lineHeight)}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The whole image: what svgUrl and pngUrl serve. */
export function renderSnapshotSvg(snapshot: DrawableSnapshot, options: SvgOptions = {}): RenderedSvg {
  const { title = true, legend = true, source = true, background = 'white' } = options;
  const scene = buildScene(snapshot);
  const graphWidth = scene.bounds.x2 - scene.bounds.x1;
  const graphHeight = scene.bounds.y2 - scene.bounds.y1;
  // Title, legend and source grow with a large graph, so they stay legible when it is scaled down.
  const k = Math.min(3, Math.max(1, graphWidth / 1100));
  const width = Math.ceil(Math.max(MIN_WIDTH * k, graphWidth + 2 * PADDING * k));
  const inner = width / k - 2 * PADDING;

  const top: string[] = [];
  let y = PADDING;
  // An image of an unsaved view may have no title (POST /api/render.*).
  if (title && (snapshot.title || snapshot.caption)) {
    const titleLines = snapshot.title
      ? wrapText(snapshot.title, TITLE_SIZE, inner, { bold: true, maxLines: 4 })
      : [];
    top.push(textLines(titleLines, PADDING, y, TITLE_SIZE, 28, `font-weight="bold" fill="${TEXT_COLOR}"`));
    y += titleLines.length * 28;
    if (snapshot.caption) {
      const captionLines = wrapText(snapshot.caption, CAPTION_SIZE, inner, { maxLines: 12 });
      y += titleLines.length ? 4 : 0;
      top.push(textLines(captionLines, PADDING, y, CAPTION_SIZE, 20, `fill="${MUTED_TEXT_COLOR}"`));
      y += captionLines.length * 20;
    }
    y += 16;
  }
  const graphTop = y * k;
  const graphLeft = (width - graphWidth) / 2;
  const groups = legend ? legendGroups(snapshot) : [];
  // The gap under the graph only when something follows it.
  y = (graphTop + graphHeight) / k + (groups.length || source ? 16 : 0);

  const bottom: string[] = [];
  if (groups.length) {
    bottom.push(
      `<line x1="${PADDING}" y1="${num(y)}" x2="${num(PADDING + inner)}" y2="${num(y)}" stroke="#e2e8f0" stroke-width="1"/>`,
    );
    y += 10;
    const rendered = renderLegend(groups, inner);
    bottom.push(`<g class="legend" transform="translate(${PADDING} ${num(y)})">${rendered.markup}</g>`);
    y += rendered.height + 8;
  }
  if (source) {
    const stamp = `briefgraph snapshot, ${snapshot.createdAt.slice(0, 10)}`;
    const lines = wrapText(`${snapshot.source}${snapshot.source ? ' · ' : ''}${stamp}`, SOURCE_SIZE, inner, {
      maxLines: 6,
    });
    y += 4;
    bottom.push(
      `<g class="source">${textLines(lines, PADDING, y, SOURCE_SIZE, 16, `fill="${MUTED_TEXT_COLOR}"`)}</g>`,
    );
    y += lines.length * 16;
  }
  const height = Math.ceil((y + PADDING) * k);

  const chrome = (parts: string[]) =>
    parts.length
      ? `<g transform="scale(${num(k)})" font-size="${LEGEND_FONT_SIZE}">${parts.join('')}</g>`
      : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="snapshot-title">` +
    `<title id="snapshot-title">${escapeXml(snapshot.title || 'briefgraph')}</title>` +
    (snapshot.caption ? `<desc>${escapeXml(snapshot.caption)}</desc>` : '') +
    (background === 'white' ? `<rect width="100%" height="100%" fill="${BACKGROUND_COLOR}"/>` : '') +
    chrome(top) +
    `<g class="graph" transform="translate(${num(graphLeft - scene.bounds.x1)} ${num(graphTop - scene.bounds.y1)})">${renderGraphLayer(scene)}</g>` +
    chrome(bottom) +
    '</svg>';
  return { svg, width, height };
}

/**
 * The graph alone, sized by its container and framed by its viewBox: what the embed page pans
 * and zooms. Actors and relationships take keyboard focus there, to show their evidence.
 */
export function renderGraphSvg(snapshot: DrawableSnapshot): { svg: string; scene: Scene } {
  const scene = buildScene(snapshot);
  const margin = 16;
  const { x1, y1, x2, y2 } = scene.bounds;
  const viewBox = `${num(x1 - margin)} ${num(y1 - margin)} ${num(x2 - x1 + 2 * margin)} ${num(y2 - y1 + 2 * margin)}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" ` +
    `font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(snapshot.title)}">` +
    renderGraphLayer(scene, { interactive: true }) +
    '</svg>';
  return { svg, scene };
}
