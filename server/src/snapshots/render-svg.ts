/**
 * Snapshot → SVG, pure: the title and caption, the filters in words, the graph (actor-kind
 * shapes and colours, relationship colours, dashes by modality, arrows on directed types with a
 * bar for conflict, verbs as their modality reads, the emphasis lit and the rest faded or left
 * out), a legend of what is shown, and the source line. All text is text (selectable,
 * searchable, scalable) and escaped.
 *
 * A snapshot's frame decides the shape: a slide frame (16:9, 4:3, 1:1 or a size) is drawn by
 * render-frame.ts at exactly that size; "auto" follows the content, as images did before frames.
 */
import { type FrameSize, frameSize } from '@briefgraph/graph/domain/frame';
import type { Snapshot } from '@briefgraph/graph/domain/schemas';
import {
  BACKGROUND_COLOR,
  FONT_FAMILY,
  MUTED_TEXT_COLOR,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { bundleRelationships } from '@briefgraph/graph/drawing/bundles';
import { EDGE_LABEL } from '@briefgraph/graph/drawing/labels';
import { filtersLine } from './filters-line.ts';
import { wrapText } from './fonts.ts';
import { renderGraphLayer, textLines } from './graph-markup.ts';
import { type Highlight, LEGEND_FONT_SIZE, legendGroups, renderLegend } from './legend.ts';
import { type FramedSvg, overlappingNames, renderFramedSvg } from './render-frame.ts';
import { boundedPositions, buildScene, type Drawn, drawnElements, type Scene } from './scene.ts';
import { escapeXml, num } from './xml.ts';

export {
  actorTooltip,
  curvePath,
  lineHeading,
  relationshipHeading,
  relationshipTooltip,
  renderGraphLayer,
} from './graph-markup.ts';

/** True when a bundle of several types will be drawn in the neutral colour (legend: "Merged"). */
export function drawsMixedBundles(snapshot: Pick<DrawableSnapshot, 'bundle'>, drawn: Drawn): boolean {
  return Boolean(snapshot.bundle) && bundleRelationships(drawn.edges).bundles.some((b) => b.type === null);
}

export interface SvgOptions {
  /** Title, caption and the filters line (default true). */
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
  Partial<
    Pick<Snapshot, 'emphasis' | 'frame' | 'scope' | 'filters' | 'bundle' | 'corroboration' | 'totalEdges'>
  >;

const PADDING = 24;
const MIN_WIDTH = 640;
const TITLE_SIZE = 22;
const CAPTION_SIZE = 14;
const SOURCE_SIZE = 12;

/**
 * What the legend's highlight lines say, from the snapshot's emphasis and what is drawn: the
 * path, the focus (when it fades or leaves out anything), the selection, and the faded rest.
 */
export function highlightOf(snapshot: DrawableSnapshot, drawn: Drawn): Highlight | undefined {
  const nameOf = (id: string | undefined) => snapshot.nodes.find((n) => n.id === id)?.name;
  const path = snapshot.highlightedPath;
  const from = nameOf(path?.[0]);
  const to = nameOf(path?.at(-1));
  const selectedId = snapshot.emphasis?.selected?.id;
  const keptAll = (ids: readonly { id: string }[]) =>
    ids.every((e) => drawn.kept?.has(e.id) || e.id === selectedId);
  // Faded: something drawn that the emphasis does not keep (with scope "emphasis" nothing is).
  const faded = Boolean(drawn.kept) && !drawn.cut && !(keptAll(drawn.nodes) && keptAll(drawn.edges));
  const focus = !path?.length ? snapshot.emphasis?.focus : undefined;
  const selectedEdge = snapshot.edges.find((e) => e.id === selectedId);
  const selected =
    nameOf(selectedId) ??
    (selectedEdge ? `${nameOf(selectedEdge.source)} – ${nameOf(selectedEdge.target)}` : undefined);
  if (!drawn.kept && !selected) return undefined;
  return {
    path: from && to ? { from, to } : undefined,
    focus:
      focus && (faded || drawn.cut)
        ? { name: nameOf(focus.actorId) ?? focus.actorId, depth: focus.depth }
        : undefined,
    selected,
    faded,
  };
}

/** "Showing conflict only: 14 of 44 relationships", or null when nothing is left out. */
export function snapshotFiltersLine(snapshot: DrawableSnapshot, drawn: Drawn): string | null {
  return filtersLine({
    filters: snapshot.filters,
    highlightedPath: snapshot.highlightedPath,
    emphasis: snapshot.emphasis,
    nodes: snapshot.nodes,
    edges: snapshot.edges.length,
    drawnEdges: drawn.edges.length,
    cut: drawn.cut,
    totalEdges: snapshot.totalEdges,
  });
}

const sourceText = (snapshot: DrawableSnapshot) =>
  `${snapshot.source}${snapshot.source ? ' · ' : ''}briefgraph snapshot, ${snapshot.createdAt.slice(0, 10)}`;

/** The whole image: what svgUrl and pngUrl serve. */
export function renderSnapshotSvg(snapshot: DrawableSnapshot, options: SvgOptions = {}): RenderedSvg {
  const size = frameSize(snapshot.frame ?? 'auto');
  if (!size) return renderAutoSvg(snapshot, options);
  const { svg, width, height } = renderFramedSnapshot(snapshot, size, options);
  return { svg, width, height };
}

/** The image in a slide frame, with how it was laid out (render-frame.ts). */
export function renderFramedSnapshot(
  snapshot: DrawableSnapshot,
  size: FrameSize,
  options: SvgOptions = {},
): FramedSvg {
  const { title = true, legend = true, source = true, background = 'white' } = options;
  const drawn = drawnElements(snapshot);
  const highlight = highlightOf(snapshot, drawn);
  const merged = drawsMixedBundles(snapshot, drawn);
  const positions = boundedPositions(snapshot.positions);
  return renderFramedSvg(
    size,
    {
      // An image of an unsaved view may have no title (POST /api/render.*).
      title: title ? snapshot.title : '',
      caption: title ? snapshot.caption : undefined,
      filters: title ? snapshotFiltersLine(snapshot, drawn) : null,
      source: source ? sourceText(snapshot) : '',
      legend: legend
        ? (lineScale) =>
            legendGroups({
              nodes: drawn.nodes,
              edges: drawn.edges,
              highlight,
              lineScale,
              merged,
              corroboration: snapshot.corroboration,
            })
        : null,
      background,
      titleText: snapshot.title || 'briefgraph',
      positions: drawn.nodes.map((n) => positions[n.id] ?? { x: 0, y: 0 }),
    },
    (textScale) => buildScene(snapshot, { textScale }),
    (shown, total) => `names shown for ${shown} of ${total} actors, where they do not overlap`,
  );
}

/** The image in the shape of its content ("auto"): the graph at its model size, chrome scaled with it. */
function renderAutoSvg(snapshot: DrawableSnapshot, options: SvgOptions): RenderedSvg {
  const { title = true, legend = true, source = true, background = 'white' } = options;
  const drawn = drawnElements(snapshot);
  const scene = buildScene(snapshot);
  const graphWidth = scene.bounds.x2 - scene.bounds.x1;
  const graphHeight = scene.bounds.y2 - scene.bounds.y1;
  // Title, legend and source grow with a large graph, so they stay legible when it is scaled down.
  const k = Math.min(3, Math.max(1, graphWidth / 1100));
  const width = Math.ceil(Math.max(MIN_WIDTH * k, graphWidth + 2 * PADDING * k));
  const inner = width / k - 2 * PADDING;

  const top: string[] = [];
  let y = PADDING;
  const filters = title ? snapshotFiltersLine(snapshot, drawn) : null;
  if (title && (snapshot.title || snapshot.caption || filters)) {
    const titleLines = snapshot.title
      ? wrapText(snapshot.title, TITLE_SIZE, inner, { bold: true, maxLines: 4 })
      : [];
    top.push(textLines(titleLines, PADDING, y, TITLE_SIZE, 28, `font-weight="bold" fill="${TEXT_COLOR}"`));
    y += titleLines.length * 28;
    for (const [text, attributes] of [
      [snapshot.caption, `fill="${MUTED_TEXT_COLOR}"`],
      [filters, `class="filters" fill="${TEXT_COLOR}"`],
    ] as const) {
      if (!text) continue;
      const lines = wrapText(text, CAPTION_SIZE, inner, { maxLines: 12 });
      y += y > PADDING ? 4 : 0;
      top.push(textLines(lines, PADDING, y, CAPTION_SIZE, 20, attributes));
      y += lines.length * 20;
    }
    y += 16;
  }
  const graphTop = y * k;
  const graphLeft = (width - graphWidth) / 2;
  const groups = legend
    ? legendGroups({
        nodes: drawn.nodes,
        edges: drawn.edges,
        highlight: highlightOf(snapshot, drawn),
        merged: drawsMixedBundles(snapshot, drawn),
        corroboration: snapshot.corroboration,
      })
    : [];
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
    const lines = wrapText(sourceText(snapshot), SOURCE_SIZE, inner, { maxLines: 6 });
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

/** The graph area of an embed in a typical iframe (800×600, legend folded): its text is sized for it. */
export const EMBED_STAGE = { width: 800, height: 480 } as const;
/** The smallest text of an embed's first view in that area, px; zooming in enlarges it. */
const EMBED_MIN_TEXT = 12;

/**
 * The graph alone, sized by its container and framed by its viewBox: what the embed page pans
 * and zooms. Its names and verbs are drawn big enough to read in a typical iframe before any
 * zoom (names that would then overlap are left to hover and the keyboard); its elements carry
 * ids for the page's keyboard navigation (one focus stop, the page's script moves between them)
 * and no tooltips of their own.
 */
export function renderGraphSvg(snapshot: DrawableSnapshot): { svg: string; scene: Scene } {
  const plain = buildScene(snapshot);
  const fit = (scene: Scene) =>
    Math.min(
      EMBED_STAGE.width / Math.max(1, scene.bounds.x2 - scene.bounds.x1),
      EMBED_STAGE.height / Math.max(1, scene.bounds.y2 - scene.bounds.y1),
    );
  const textScale = Math.min(3, Math.max(1, EMBED_MIN_TEXT / (EDGE_LABEL.size * fit(plain))));
  const scene = textScale > 1.05 ? buildScene(snapshot, { textScale }) : plain;
  const hidden = textScale > 1.05 ? overlappingNames(scene) : new Set<string>();
  const margin = 16 * textScale;
  const { x1, y1, x2, y2 } = scene.bounds;
  const viewBox = `${num(x1 - margin)} ${num(y1 - margin)} ${num(x2 - x1 + 2 * margin)} ${num(y2 - y1 + 2 * margin)}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" ` +
    `font-family="${escapeXml(FONT_FAMILY)}" aria-hidden="true">` +
    renderGraphLayer(scene, { interactive: true, hiddenNames: hidden }) +
    '</svg>';
  return { svg, scene };
}
