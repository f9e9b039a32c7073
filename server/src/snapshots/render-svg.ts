/**
 * Snapshot → SVG, pure: the title and caption, the graph (actor-kind shapes and colours,
 * relationship colours, dashes by modality, arrows on directed types, the highlighted path
 * emphasised), a legend of what is shown, and the source line. All text is text (selectable,
 * searchable, scalable) and escaped. Every relationship carries `data-relationship-id` and a
 * `<title>` with its quote, so hovering it in a browser shows the evidence; actors the same.
 */
import type { Snapshot } from '@briefgraph/graph/domain/schemas';
import {
  BACKGROUND_COLOR,
  FONT_FAMILY,
  MODALITY_STYLES,
  MUTED_TEXT_COLOR,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { wrapText } from './fonts.ts';
import { LEGEND_FONT_SIZE, legendGroups, PATH_COLOR, renderLegend } from './legend.ts';
import {
  buildScene,
  EDGE_LABEL_SIZE,
  NODE_LABEL_LINE,
  NODE_LABEL_SIZE,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from './scene.ts';
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
>;

const PADDING = 24;
const MIN_WIDTH = 640;
const TITLE_SIZE = 22;
const CAPTION_SIZE = 14;
const SOURCE_SIZE = 12;
const HALO = `stroke="${BACKGROUND_COLOR}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

/** "South Korea is allied with United States" */
export function relationshipHeading(edge: Pick<SceneEdge, 'source' | 'target' | 'verb'>): string {
  return `${edge.source.name} ${edge.verb} ${edge.target.name}`;
}

/** "South Korea is allied with United States: “quote”", one line per quote, then the modality. */
export function relationshipTooltip(edge: Pick<SceneEdge, 'rel' | 'source' | 'target' | 'verb'>): string {
  const quotes = edge.rel.evidence.map((e) => `“${e.quote}”`);
  return [
    `${relationshipHeading(edge)}: ${quotes[0] ?? ''}`,
    ...quotes.slice(1),
    `(${MODALITY_STYLES[edge.rel.modality].label})`,
  ].join('\n');
}

export function actorTooltip(node: Pick<SceneNode, 'actor' | 'style'>): string {
  const aliases = node.actor.aliases.length ? ` — also ${node.actor.aliases.join(', ')}` : '';
  return `${node.actor.name} (${node.style.label})${aliases}`;
}

function edgeMarkup(edge: SceneEdge, interactive: boolean): string {
  const dash = edge.dash ? ` stroke-dasharray="${edge.dash}"` : '';
  const arrow = edge.arrow
    ? `<polygon points="${edge.arrow.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="${edge.color}"/>`
    : '';
  return (
    `<g class="edge${edge.onPath ? ' path' : ''}" data-relationship-id="${escapeXml(edge.rel.id)}"${edge.onPath ? '' : ' opacity="0.9"'}` +
    // The embed page shows its own tooltip (embed-page.ts); a <title> would add a second one.
    (interactive
      ? ` tabindex="0" role="button" aria-label="${escapeXml(relationshipHeading(edge))}">`
      : `><title>${escapeXml(relationshipTooltip(edge))}</title>`) +
    // A wide invisible stroke makes a 2 px line easy to point at; images skip it (resvg would paint it).
    (interactive
      ? `<path d="${edge.d}" fill="none" stroke="transparent" stroke-width="12" class="hit"/>`
      : '') +
    `<path d="${edge.d}" fill="none" stroke="${edge.color}" stroke-width="${edge.width}"${dash}/>` +
    `${arrow}</g>`
  );
}

function nodeMarkup(node: SceneNode, interactive: boolean): string {
  const ring = node.onPath
    ? `stroke="${PATH_COLOR}" stroke-width="3"`
    : `stroke="${BACKGROUND_COLOR}" stroke-width="2"`;
  return (
    `<g class="node${node.onPath ? ' path' : ''}" data-actor-id="${escapeXml(node.actor.id)}" transform="translate(${num(node.x)} ${num(node.y)})"` +
    (interactive
      ? ` tabindex="0" role="button" aria-label="${escapeXml(actorTooltip(node))}">`
      : `><title>${escapeXml(actorTooltip(node))}</title>`) +
    `${shapeMarkup(node.style.shape, node.size, node.style.fill, ring)}</g>`
  );
}

/** Labels sit on a translucent white box, as in the explorer, so lines under them do not cut the text. */
function nodeLabelMarkup(node: SceneNode): string {
  const lines = node.label
    .map(
      (line, i) =>
        `<tspan x="${num(node.labelX)}" y="${num(node.labelY + i * NODE_LABEL_LINE)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const weight = node.onPath ? ' font-weight="bold"' : '';
  const anchor = { below: 'middle', above: 'middle', right: 'start', left: 'end' }[node.labelSide];
  const b = node.labelBox;
  return (
    `<rect x="${num(b.minX)}" y="${num(b.minY)}" width="${num(b.maxX - b.minX)}" height="${num(b.maxY - b.minY)}" rx="3" fill="${BACKGROUND_COLOR}" fill-opacity="0.85"/>` +
    `<text text-anchor="${anchor}" font-size="${NODE_LABEL_SIZE}"${weight} fill="${TEXT_COLOR}">${lines}</text>`
  );
}

function edgeLabelMarkup(edge: SceneEdge): string {
  return `<text x="${num(edge.labelAt.x)}" y="${num(edge.labelAt.y + 4)}" text-anchor="middle" font-size="${EDGE_LABEL_SIZE}" font-weight="bold" fill="${edge.color}" ${HALO}>${escapeXml(edge.verb)}</text>`;
}

/**
 * The graph in its model coordinates: edges, the highlighted path over them, actors, labels.
 * `interactive` (the embed page) adds focus stops and wide pointer targets on relationships.
 */
export function renderGraphLayer(scene: Scene, options: { interactive?: boolean } = {}): string {
  const interactive = options.interactive ?? false;
  const plain = scene.edges.filter((e) => !e.onPath);
  const path = scene.edges.filter((e) => e.onPath);
  const nodes = [...scene.nodes.filter((n) => !n.onPath), ...scene.nodes.filter((n) => n.onPath)];
  return [
    `<g class="edges">${plain.map((e) => edgeMarkup(e, interactive)).join('')}${path.map((e) => edgeMarkup(e, interactive)).join('')}</g>`,
    `<g class="nodes">${nodes.map((n) => nodeMarkup(n, interactive)).join('')}</g>`,
    `<g class="labels" pointer-events="none">${nodes.map(nodeLabelMarkup).join('')}${path.map(edgeLabelMarkup).join('')}</g>`,
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
  const graphWidth = scene.bounds.maxX - scene.bounds.minX;
  const graphHeight = scene.bounds.maxY - scene.bounds.minY;
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
    `<g class="graph" transform="translate(${num(graphLeft - scene.bounds.minX)} ${num(graphTop - scene.bounds.minY)})">${renderGraphLayer(scene)}</g>` +
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
  const { minX, minY, maxX, maxY } = scene.bounds;
  const viewBox = `${num(minX - margin)} ${num(minY - margin)} ${num(maxX - minX + 2 * margin)} ${num(maxY - minY + 2 * margin)}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" ` +
    `font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(snapshot.title)}">` +
    renderGraphLayer(scene, { interactive: true }) +
    '</svg>';
  return { svg, scene };
}
