/**
 * A snapshot drawn for a slide: an SVG exactly the frame's size (16:9 is 1920×1080 at scale 1),
 * with title, caption, the filters in words, the graph fitted with margins, a compact legend
 * (beside the graph in landscape frames, under it otherwise) and the source line, all inside.
 *
 * Sizes are set in slide units, where the frame's shorter side is 1080: a 16:9 frame at scale 1
 * is 1920×1080 of them, a 4:3 frame 1440×1080. No text is smaller than MIN_TEXT of them: when a
 * large graph must shrink to fit, its names and verbs are drawn bigger in model units
 * (the scene's textScale) rather than smaller on the slide, and where names would then overlap,
 * the better-connected actor keeps its name (the others are counted in the source line).
 */
import type { FrameSize } from '@briefgraph/graph/domain/frame';
import {
  BACKGROUND_COLOR,
  FONT_FAMILY,
  MUTED_TEXT_COLOR,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { type Box, BoxGrid } from '@briefgraph/graph/drawing/boxes';
import { EDGE_LABEL } from '@briefgraph/graph/drawing/labels';
import { NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import { wrapText } from './fonts.ts';
import { renderGraphLayer, textLines } from './graph-markup.ts';
import { type LegendGroup, type LegendLook, renderLegend, renderLegendColumn } from './legend.ts';
import type { Scene } from './scene.ts';
import { escapeXml, num } from './xml.ts';

/** The frame's shorter side, in slide units. */
export const SLIDE_SHORT_SIDE = 1080;
/** The smallest text on a slide, in slide units (px of a 1920×1080 frame). */
export const MIN_TEXT = 14;
const MARGIN = 44;
const GAP = 24;
/** A small graph is enlarged at most this much: three actors should not fill a slide. */
const MAX_GRAPH_SCALE = 2;
/** Beyond this, names would be larger than the graph they name (a pathological layout). */
const MAX_TEXT_SCALE = 16;
/** Wider than this (width / height), a frame is landscape and the legend sits beside the graph. */
const LANDSCAPE = 1.2;

const TEXT = {
  title: { size: 34, line: 42, maxLines: 2 },
  caption: { size: 20, line: 28, maxLines: 3 },
  filters: { size: 18, line: 26, maxLines: 2 },
  source: { size: 15, line: 20, maxLines: 2 },
} as const;
export const SLIDE_LEGEND_LOOK: LegendLook = { fontSize: 15, rowHeight: 24 };

export interface SlideContent {
  title: string;
  caption?: string | undefined;
  /** "Showing conflict only: 14 of 44 relationships", or null. */
  filters: string | null;
  /** The source line, the stamp included. */
  source: string;
  /** Legend groups for a line scale (the graph's drawn scale decides how lines look). */
  legend: ((lineScale: number) => LegendGroup[]) | null;
  background: 'white' | 'transparent';
  titleText: string;
  /** The drawn actors' positions: a first guess at the fit before any scene is built. */
  positions: readonly { x: number; y: number }[];
}

export interface FittedGraph {
  scene: Scene;
  /** Slide units per model unit. */
  scale: number;
  textScale: number;
  /** Where the graph's bounds land, in slide units. */
  offset: { x: number; y: number };
}

/** The smallest text a scene draws, in model units at text scale 1. */
function smallestText(scene: Scene): number {
  return scene.edges.some((e) => e.label.shown) ? EDGE_LABEL.size : NODE_LABEL.size;
}

const finite = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);

/** The scale that fits a scene's bounds into an area of aw × ah, at most MAX_GRAPH_SCALE. */
function fitScale(scene: Scene, aw: number, ah: number): number {
  const { x1, y1, x2, y2 } = scene.bounds;
  return finite(Math.min(aw / Math.max(1, x2 - x1), ah / Math.max(1, y2 - y1), MAX_GRAPH_SCALE), 1);
}

const textHolds = (scene: Scene, scale: number, textScale: number) =>
  smallestText(scene) * textScale * scale >= MIN_TEXT - 1e-6 || textScale >= MAX_TEXT_SCALE;

function placed(scene: Scene, scale: number, textScale: number, area: Box): FittedGraph {
  const { x1, y1, x2, y2 } = scene.bounds;
  const aw = Math.max(1, area.x2 - area.x1);
  const ah = Math.max(1, area.y2 - area.y1);
  return {
    scene,
    scale,
    textScale,
    offset: {
      x: area.x1 + (aw - (x2 - x1) * scale) / 2 - x1 * scale,
      y: area.y1 + (ah - (y2 - y1) * scale) / 2 - y1 * scale,
    },
  };
}

/**
 * The scene fitted into `area` (slide units): scaled to fit, centred, never enlarged past
 * MAX_GRAPH_SCALE, its text scaled until the smallest label is MIN_TEXT on the slide. A scene
 * of a large graph takes a while to build, so the first text scale is guessed from the actors'
 * positions, and `previous` (a fit for a slightly different area) is kept when it still holds.
 */
export function fitGraph(
  build: (textScale: number) => Scene,
  area: Box,
  positions: readonly { x: number; y: number }[],
  previous?: FittedGraph,
): FittedGraph {
  const aw = Math.max(1, area.x2 - area.x1);
  const ah = Math.max(1, area.y2 - area.y1);
  if (previous) {
    const scale = fitScale(previous.scene, aw, ah);
    if (textHolds(previous.scene, scale, previous.textScale)) {
      return placed(previous.scene, scale, previous.textScale, area);
    }
  }
  // The actors' spread plus room for a name each side: close to the bounds the scene will have.
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  const spreadW = xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
  const spreadH = ys.length ? Math.max(...ys) - Math.min(...ys) : 0;
  const guess = finite(Math.min(aw / (spreadW + 160), ah / (spreadH + 80), MAX_GRAPH_SCALE), 1);
  const wanted = (scale: number) =>
    Math.min(MAX_TEXT_SCALE, Math.max(1, (MIN_TEXT / (EDGE_LABEL.size * scale)) * 1.04));
  let textScale = previous ? Math.max(previous.textScale, wanted(guess)) : wanted(guess);
  if (textScale < 1.04 + 1e-9) textScale = 1;
  let scene = build(textScale);
  let scale = fitScale(scene, aw, ah);
  // Bigger text widens the bounds, which shrinks the fit: a few rounds settle it.
  for (let round = 0; round < 4 && !textHolds(scene, scale, textScale); round++) {
    textScale = Math.max(textScale * 1.02, wanted(scale));
    scene = build(textScale);
    scale = fitScale(scene, aw, ah);
  }
  return placed(scene, scale, textScale, area);
}

/**
 * Names that would overlap a name drawn before them, to leave out: names of emphasised actors
 * first, then of actors at full strength, then the better connected, then by id.
 */
export function overlappingNames(scene: Scene): Set<string> {
  const rank = (n: Scene['nodes'][number]) => (n.emphasis ? 0 : n.faded ? 2 : 1);
  const order = [...scene.nodes].sort(
    (a, b) => rank(a) - rank(b) || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const size = Math.max(64, ...order.slice(0, 1).map((n) => n.label.box.y2 - n.label.box.y1));
  const grid = new BoxGrid<string>(size * 2);
  const hidden = new Set<string>();
  for (const node of order) {
    const box = node.label.box;
    // Boxes that touch by a hair (their padding) still read apart.
    const inner = { x1: box.x1 + 1, y1: box.y1 + 1, x2: box.x2 - 1, y2: box.y2 - 1 };
    if (grid.hits(inner).length > 0) hidden.add(node.id);
    else grid.add(box, node.id);
  }
  return hidden;
}

interface Block {
  lines: string[];
  size: number;
  line: number;
}

const block = (
  text: string | undefined | null,
  spec: (typeof TEXT)[keyof typeof TEXT],
  width: number,
  bold = false,
): Block => ({
  lines: text ? wrapText(text, spec.size, width, { bold, maxLines: spec.maxLines }) : [],
  size: spec.size,
  line: spec.line,
});
const blockHeight = (b: Block) => b.lines.length * b.line;

export interface FramedSvg {
  svg: string;
  width: number;
  height: number;
  fitted: FittedGraph;
  /** Actors whose names were left out. */
  hiddenNames: ReadonlySet<string>;
  legendPlacement: 'beside' | 'below' | 'none';
  /** The legend's box, in slide units. */
  legendBox: Box | null;
  /** Where the graph may go, in slide units. */
  graphArea: Box;
  /** Slide units to px. */
  unit: number;
}

function layOut(
  frame: FrameSize,
  content: SlideContent,
  build: (textScale: number) => Scene,
  note: string | null,
  positions: readonly { x: number; y: number }[],
  previous?: FittedGraph,
) {
  const unit = Math.min(frame.width, frame.height) / SLIDE_SHORT_SIDE;
  const width = frame.width / unit;
  const height = frame.height / unit;
  const inner = width - 2 * MARGIN;
  const title = block(content.title, TEXT.title, inner, true);
  const caption = block(content.caption, TEXT.caption, inner);
  const filters = block(content.filters, TEXT.filters, inner);
  const source = block([content.source, note].filter(Boolean).join(' · '), TEXT.source, inner);
  const headerHeight =
    blockHeight(title) +
    (title.lines.length && caption.lines.length ? 6 : 0) +
    blockHeight(caption) +
    (filters.lines.length && (title.lines.length || caption.lines.length) ? 8 : 0) +
    blockHeight(filters);
  const top = MARGIN + headerHeight + (headerHeight ? GAP : 0);
  const bottom = height - MARGIN - blockHeight(source) - (source.lines.length ? GAP * 0.75 : 0);
  const groups = content.legend?.(1) ?? [];
  const landscape = width / height >= LANDSCAPE;
  let graphArea: Box = { x1: MARGIN, y1: top, x2: width - MARGIN, y2: bottom };
  let legendBox: Box | null = null;
  if (groups.length && landscape) {
    const column = renderLegendColumn(groups, bottom - top, SLIDE_LEGEND_LOOK);
    legendBox = { x1: width - MARGIN - column.width, y1: top, x2: width - MARGIN, y2: top + column.height };
    graphArea = { ...graphArea, x2: legendBox.x1 - GAP * 1.5 };
  } else if (groups.length) {
    const rows = renderLegend(groups, inner, SLIDE_LEGEND_LOOK);
    legendBox = { x1: MARGIN, y1: bottom - rows.height, x2: width - MARGIN, y2: bottom };
    graphArea = { ...graphArea, y2: legendBox.y1 - GAP };
  }
  const fitted = fitGraph(build, graphArea, positions, previous);
  if (legendBox && landscape) {
    // A graph narrower than its room: the legend closes up to it and the two are centred
    // together, rather than leaving a gap across the middle of the slide.
    const { x1, x2 } = fitted.scene.bounds;
    const slack = graphArea.x2 - graphArea.x1 - (x2 - x1) * fitted.scale;
    if (slack > 1) {
      legendBox = { ...legendBox, x1: legendBox.x1 - slack / 2, x2: legendBox.x2 - slack / 2 };
    }
    // Its top level with the drawing's, when the drawing is shorter than its room.
    const top = fitted.offset.y + fitted.scene.bounds.y1 * fitted.scale;
    const down = Math.min(top - legendBox.y1, graphArea.y2 - legendBox.y2);
    if (down > 1) legendBox = { ...legendBox, y1: legendBox.y1 + down, y2: legendBox.y2 + down };
  }
  return {
    unit,
    width,
    height,
    title,
    caption,
    filters,
    source,
    top,
    graphArea,
    legendBox,
    landscape,
    fitted,
  };
}

/** The image of a snapshot in a frame; `nameNote` says how many names were left out, when any were. */
export function renderFramedSvg(
  frame: FrameSize,
  content: SlideContent,
  build: (textScale: number) => Scene,
  nameNote: (shown: number, total: number) => string,
): FramedSvg {
  const positions = content.positions;
  let laid = layOut(frame, content, build, null, positions);
  let hidden = overlappingNames(laid.fitted.scene);
  if (hidden.size) {
    // The note takes room in the source line: lay out again with it, and count again.
    const first = laid.fitted.scene;
    const total = first.nodes.length;
    laid = layOut(frame, content, build, nameNote(total - hidden.size, total), positions, laid.fitted);
    if (laid.fitted.scene !== first) hidden = overlappingNames(laid.fitted.scene);
  }
  const { unit, width, title, caption, filters, fitted, legendBox, landscape } = laid;
  const total = fitted.scene.nodes.length;
  const note = hidden.size ? nameNote(total - hidden.size, total) : null;
  const source = block([content.source, note].filter(Boolean).join(' · '), TEXT.source, width - 2 * MARGIN);

  const chrome: string[] = [];
  let y = MARGIN;
  chrome.push(
    textLines(title.lines, MARGIN, y, title.size, title.line, `font-weight="bold" fill="${TEXT_COLOR}"`),
  );
  y += blockHeight(title) + (title.lines.length && caption.lines.length ? 6 : 0);
  chrome.push(textLines(caption.lines, MARGIN, y, caption.size, caption.line, `fill="${MUTED_TEXT_COLOR}"`));
  y += blockHeight(caption) + (filters.lines.length && (title.lines.length || caption.lines.length) ? 8 : 0);
  if (filters.lines.length) {
    chrome.push(
      `<g class="filters">${textLines(filters.lines, MARGIN, y, filters.size, filters.line, `fill="${TEXT_COLOR}"`)}</g>`,
    );
  }
  // Lines as thick (and dashes as long) on the slide as in the explorer at zoom 1, up to 4x.
  const lineScale = Math.min(4, Math.max(1, 1 / fitted.scale));
  const legendLineScale = (lineScale * fitted.scale) / (SLIDE_LEGEND_LOOK.fontSize / 12);
  if (legendBox && content.legend) {
    const groups = content.legend(legendLineScale);
    const markup = landscape
      ? renderLegendColumn(groups, legendBox.y2 - legendBox.y1 + 1, SLIDE_LEGEND_LOOK).markup
      : renderLegend(groups, legendBox.x2 - legendBox.x1, SLIDE_LEGEND_LOOK).markup;
    chrome.push(
      `<g class="legend" transform="translate(${num(legendBox.x1)} ${num(legendBox.y1)})">${markup}</g>`,
    );
  }
  if (source.lines.length) {
    const top = laid.height - MARGIN - blockHeight(source);
    chrome.push(
      `<g class="source">${textLines(source.lines, MARGIN, top, source.size, source.line, `fill="${MUTED_TEXT_COLOR}"`)}</g>`,
    );
  }
  const k = unit * fitted.scale;
  const graph =
    `<g class="graph" transform="matrix(${num4(k)} 0 0 ${num4(k)} ${num(unit * fitted.offset.x)} ${num(unit * fitted.offset.y)})">` +
    `${renderGraphLayer(fitted.scene, { lineScale, hiddenNames: hidden })}</g>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" ` +
    `font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="snapshot-title">` +
    `<title id="snapshot-title">${escapeXml(content.titleText)}</title>` +
    (content.caption ? `<desc>${escapeXml(content.caption)}</desc>` : '') +
    (content.background === 'white' ? `<rect width="100%" height="100%" fill="${BACKGROUND_COLOR}"/>` : '') +
    graph +
    `<g class="chrome" transform="scale(${num4(unit)})">${chrome.join('')}</g>` +
    '</svg>';
  return {
    svg,
    width: frame.width,
    height: frame.height,
    fitted,
    hiddenNames: hidden,
    legendPlacement: legendBox ? (landscape ? 'beside' : 'below') : 'none',
    legendBox,
    graphArea: laid.graphArea,
    unit,
  };
}

/** A scale factor with four decimals: two would move a 2,000 px graph by several pixels. */
function num4(value: number): string {
  const rounded = Math.round(finite(value, 1) * 10_000) / 10_000;
  return String(rounded);
}
