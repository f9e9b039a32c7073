/**
 * The legend of a snapshot image and of the embed page: only the actor kinds, relationship types
 * and modalities drawn, and a line for what the highlight means. Relationship types come in two
 * groups, cooperation and conflict, and their swatches end as the lines do (arrows.ts: a bar
 * behind the arrowhead for conflict), so the legend does not rely on hue alone. Laid out as
 * rows under the graph (a titled row per group, items flowing) or as a column beside it.
 */
import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import {
  ACTOR_KIND_STYLES,
  MODALITY_STYLES,
  MUTED_TEXT_COLOR,
  NEGATED_STYLE,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { ACTOR_KINDS, MODALITIES, RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import { arrowShapeOf } from '@briefgraph/graph/drawing/arrows';
import { BUNDLE_MIXED_COLOR } from '@briefgraph/graph/drawing/bundles';
import { corroborationWidth, EMPHASIS_RING_COLOR, FADED_OPACITY } from '@briefgraph/graph/drawing/scene';
import { typeDisplayName } from './filters-line.ts';
import { textWidth } from './fonts.ts';
import { shapeMarkup } from './shapes.ts';
import { escapeXml, num } from './xml.ts';

export { typeDisplayName };

/** The size swatches are drawn at; a legend set in another size scales them with its text. */
export const LEGEND_FONT_SIZE = 12;
const SWATCH_WIDTH = 30;
const SWATCH_GAP = 6;
/** The path's ring, as the scene draws it. */
export const PATH_COLOR = EMPHASIS_RING_COLOR;

export interface LegendItem {
  label: string;
  /** Markup centred vertically on y = 0, SWATCH_WIDTH wide, at LEGEND_FONT_SIZE. */
  swatch: string;
}

export interface LegendGroup {
  title: string;
  items: LegendItem[];
}

/** What the highlight is: one line each for the path, the focus, the selection, the faded rest. */
export interface Highlight {
  path?: { from: string; to: string } | undefined;
  focus?: { name: string; depth: number } | undefined;
  selected?: string | undefined;
  /** Some elements are drawn faded. */
  faded: boolean;
}

export interface LegendInput {
  nodes: readonly Pick<Actor, 'kind'>[];
  edges: readonly Pick<Relationship, 'type' | 'modality' | 'negated'>[];
  highlight?: Highlight | undefined;
  /** Some line stands for several relationships of different types (a bundle, in a neutral colour). */
  merged?: boolean | undefined;
  /**
   * How much thicker and longer-dashed a line looks in the image than in a swatch at legend
   * size (the graph's drawn scale over the legend's): swatches then look like the lines.
   */
  lineScale?: number | undefined;
  /** Lines weighted by corroboration (the snapshot's `corroboration`): the legend says what width means. */
  corroboration?: boolean | undefined;
}

function lineSwatch(color: string, width: number, dash: readonly number[], head: string): string {
  const end = head === 'none' ? SWATCH_WIDTH : SWATCH_WIDTH - 7;
  const dashes = dash.length ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : '';
  const line = `<line x1="0" y1="0" x2="${end}" y2="0" stroke="${color}" stroke-width="${num(width)}"${dashes}/>`;
  const triangle =
    head === 'none'
      ? ''
      : `<polygon points="${SWATCH_WIDTH},0 ${SWATCH_WIDTH - 9},-4.5 ${SWATCH_WIDTH - 9},4.5" fill="${color}"/>`;
  // Cytoscape's triangle-tee: a bar 0.4–0.5 of the arrow's size behind its tip (arrows.ts).
  const tee =
    head === 'triangle-tee'
      ? `<rect x="${SWATCH_WIDTH - 15}" y="-4.5" width="3" height="9" fill="${color}"/>`
      : '';
  return line + triangle + tee;
}

/** The scene's dash of a modality (graph/src/drawing/scene.ts reads the same token). */
function dashOf(modality: keyof typeof MODALITY_STYLES): number[] {
  const dash = MODALITY_STYLES[modality].dashArray;
  return dash ? dash.split(' ').map(Number) : [];
}

const MODALITY_READING = {
  fact: 'Fact',
  assessment: 'Assessment (“is assessed to …”)',
  recommendation: 'Recommendation (“should …”)',
} as const;

export function legendGroups(input: LegendInput): LegendGroup[] {
  const lineScale = input.lineScale ?? 1;
  const width = Math.max(1.25, 2 * lineScale);
  const kinds = new Set(input.nodes.map((n) => n.kind));
  // A negative finding is drawn in its own grey (NEGATED_STYLE), not in its type's colour or dash.
  const ties = input.edges.filter((e) => !e.negated);
  const types = new Set<string>(ties.map((e) => e.type));
  const modalities = new Set(ties.map((e) => e.modality));
  const typeItems = (inGroup: (quad: number | null) => boolean) =>
    RELATIONSHIP_TYPES.filter((t) => types.has(t.name) && inGroup(t.quadClass)).map((t) => ({
      label: typeDisplayName(t.name),
      swatch: lineSwatch(t.color, width, [], arrowShapeOf(t.name)),
    }));
  const groups: LegendGroup[] = [
    {
      title: 'Actors',
      items: ACTOR_KINDS.filter((k) => kinds.has(k)).map((k) => ({
        label: ACTOR_KIND_STYLES[k].label,
        swatch: `<g transform="translate(${SWATCH_WIDTH / 2} 0)">${shapeMarkup(ACTOR_KIND_STYLES[k].shape, 14, ACTOR_KIND_STYLES[k].fill)}</g>`,
      })),
    },
    { title: 'Cooperation', items: typeItems((q) => q === 1 || q === 2) },
    { title: 'Conflict', items: typeItems((q) => q === 3 || q === 4) },
    { title: 'Structural', items: typeItems((q) => q === null) },
    {
      title: 'Merged',
      items: input.merged
        ? [
            {
              label: 'Several types (count on the line)',
              swatch: lineSwatch(BUNDLE_MIXED_COLOR, width, [], 'none'),
            },
          ]
        : [],
    },
    {
      title: 'Briefs supporting it',
      items: input.corroboration
        ? [1, 2, 3].map((n) => ({
            label: n === 3 ? '3 or more briefs' : `${n} brief${n === 1 ? '' : 's'}`,
            swatch: lineSwatch(MUTED_TEXT_COLOR, width * corroborationWidth(n), [], 'none'),
          }))
        : [],
    },
    {
      title: 'Statements',
      items: [
        ...MODALITIES.filter((m) => modalities.has(m)).map((m) => ({
          label: MODALITY_READING[m],
          swatch: lineSwatch(
            MUTED_TEXT_COLOR,
            width,
            dashOf(m).map((d) => d * lineScale),
            'none',
          ),
        })),
        ...(ties.length < input.edges.length
          ? [
              {
                label: `${NEGATED_STYLE.label} (“does not …”)`,
                swatch: lineSwatch(
                  NEGATED_STYLE.color,
                  width,
                  NEGATED_STYLE.dashArray.split(' ').map((d) => Number(d) * lineScale),
                  'none',
                ),
              },
            ]
          : []),
      ],
    },
  ];
  const h = input.highlight;
  if (h) {
    const ringed = `${lineSwatch(MUTED_TEXT_COLOR, 4.5, [], 'none')}<circle cx="${SWATCH_WIDTH - 5}" r="5" fill="${ACTOR_KIND_STYLES.state.fill}" stroke="${PATH_COLOR}" stroke-width="2"/>`;
    const items: LegendItem[] = [];
    if (h.path) items.push({ label: `Highlighted path: ${h.path.from} → ${h.path.to}`, swatch: ringed });
    if (h.focus) {
      const hops = `${h.focus.depth} hop${h.focus.depth === 1 ? '' : 's'}`;
      items.push({ label: `Focus: ${h.focus.name} and what lies within ${hops}`, swatch: ringed });
    }
    if (h.selected) items.push({ label: `Selected: ${h.selected}`, swatch: ringed });
    if (h.faded && items.length) {
      items.push({
        label: 'Faded: the rest of the view',
        swatch: `<g opacity="${FADED_OPACITY}">${lineSwatch(MUTED_TEXT_COLOR, width, [], 'none')}<circle cx="${SWATCH_WIDTH - 5}" r="5" fill="${ACTOR_KIND_STYLES.state.fill}"/></g>`,
      });
    }
    groups.push({ title: 'Highlight', items });
  }
  return groups.filter((g) => g.items.length > 0);
}

export interface LegendLook {
  /** Text size in the legend's units. */
  fontSize: number;
  rowHeight: number;
}

export const LEGEND_LOOK: LegendLook = { fontSize: LEGEND_FONT_SIZE, rowHeight: 22 };

function item(x: number, y: number, entry: LegendItem, look: LegendLook): string {
  const k = look.fontSize / LEGEND_FONT_SIZE;
  const swatch = k === 1 ? entry.swatch : `<g transform="scale(${num(k)})">${entry.swatch}</g>`;
  return (
    `<g transform="translate(${num(x)} ${num(y)})">${swatch}` +
    `<text x="${num((SWATCH_WIDTH + SWATCH_GAP) * k)}" y="${num(look.fontSize / 3)}" font-size="${num(look.fontSize)}" fill="${TEXT_COLOR}">${escapeXml(entry.label)}</text></g>`
  );
}

const header = (x: number, y: number, title: string, look: LegendLook) =>
  `<text x="${num(x)}" y="${num(y + look.fontSize / 3)}" font-size="${num(look.fontSize)}" font-weight="bold" fill="${MUTED_TEXT_COLOR}">${escapeXml(title)}</text>`;

const itemWidth = (entry: LegendItem, look: LegendLook) =>
  ((SWATCH_WIDTH + SWATCH_GAP) * look.fontSize) / LEGEND_FONT_SIZE + textWidth(entry.label, look.fontSize);

/**
 * Rows in `width`, the top-left at the origin: each group's title in a left column, its items
 * flowing to the next line when the row is full.
 */
export function renderLegend(
  groups: readonly LegendGroup[],
  width: number,
  look: LegendLook = LEGEND_LOOK,
): { markup: string; height: number } {
  const parts: string[] = [];
  const headerWidth =
    Math.max(...groups.map((g) => textWidth(g.title, look.fontSize, true))) + look.fontSize * 1.5;
  const gap = look.fontSize * 1.5;
  let y = 0;
  for (const group of groups) {
    const middle = y + look.rowHeight / 2;
    parts.push(header(0, middle, group.title, look));
    let x = headerWidth;
    let row = 0;
    for (const entry of group.items) {
      const w = itemWidth(entry, look);
      if (x > headerWidth && x + w > width) {
        row++;
        x = headerWidth;
      }
      parts.push(item(x, middle + row * look.rowHeight, entry, look));
      x += w + gap;
    }
    y += (row + 1) * look.rowHeight;
  }
  return { markup: parts.join(''), height: y };
}

/**
 * A column beside the graph, the top-left at the origin: each group's title on its own line,
 * then one item a line. When that is taller than `maxHeight` the lines close up a little, and
 * when it still is, the items share columns of even height (a title always keeps its first item).
 */
export function renderLegendColumn(
  groups: readonly LegendGroup[],
  maxHeight: number,
  look: LegendLook = LEGEND_LOOK,
): { markup: string; width: number; height: number } {
  const lines: Array<{ title?: string; entry?: LegendItem; space: number }> = [];
  groups.forEach((group, i) => {
    lines.push({ title: group.title, space: i === 0 ? 0 : 0.4 });
    for (const entry of group.items) lines.push({ entry, space: 0 });
  });
  const heightAt = (row: number) => lines.reduce((sum, l) => sum + (1 + l.space) * row, 0);
  const tightest = Math.max(look.fontSize * 1.3, Math.min(look.rowHeight, maxHeight / heightAt(1)));
  const row = heightAt(look.rowHeight) <= maxHeight ? look.rowHeight : tightest;
  const columns = Math.max(1, Math.ceil(heightAt(row) / Math.max(1, maxHeight) - 1e-9));
  const target = heightAt(row) / columns;
  const columnGap = look.fontSize * 2;
  const parts: string[] = [];
  let left = 0;
  let columnWidth = 0;
  let y = 0;
  let height = 0;
  lines.forEach((line, i) => {
    const needed = (1 + line.space) * row;
    // A new column when this one reached its share (or would pass the bottom); a title moves on
    // with its first item.
    const next = lines[i + 1];
    const keep = line.title && next?.entry ? row : 0;
    if (
      y > 0 &&
      (y + needed + keep > maxHeight + 0.5 || (y + needed / 2 > target && columns > 1 && line.title))
    ) {
      left += columnWidth + columnGap;
      columnWidth = 0;
      y = 0;
    } else y += line.space * row;
    const middle = y + row / 2;
    if (line.title) {
      parts.push(header(left, middle, line.title, look));
      columnWidth = Math.max(columnWidth, textWidth(line.title, look.fontSize, true));
    } else if (line.entry) {
      parts.push(item(left, middle, line.entry, look));
      columnWidth = Math.max(columnWidth, itemWidth(line.entry, look));
    }
    y += row;
    height = Math.max(height, y);
  });
  return { markup: parts.join(''), width: left + columnWidth, height };
}
