/**
 * The legend of a snapshot image: only the actor kinds, relationship types and modalities that
 * appear in it (and the highlighted path, when there is one), one titled row per group, items
 * flowing to the next line when the row is full.
 */
import type { Snapshot } from '@briefgraph/graph/domain/schemas';
import {
  ACTOR_KIND_STYLES,
  MODALITY_STYLES,
  MUTED_TEXT_COLOR,
  TEXT_COLOR,
} from '@briefgraph/graph/domain/style-tokens';
import { ACTOR_KINDS, MODALITIES, RELATIONSHIP_TYPES } from '@briefgraph/graph/domain/vocabulary';
import { EMPHASIS_RING_COLOR } from '@briefgraph/graph/drawing/scene';
import { textWidth } from './fonts.ts';
import { shapeMarkup } from './shapes.ts';
import { escapeXml, num } from './xml.ts';

export const LEGEND_FONT_SIZE = 12;
const ROW_HEIGHT = 22;
const SWATCH_WIDTH = 30;
const HEADER_WIDTH = 104;
const ITEM_GAP = 18;
/** The path's ring, as the scene draws it. */
export const PATH_COLOR = EMPHASIS_RING_COLOR;

export interface LegendItem {
  label: string;
  swatch: string;
}

export interface LegendGroup {
  title: string;
  items: LegendItem[];
}

/** "SECURITY_COOPERATION" → "Security cooperation". */
export function typeDisplayName(name: string): string {
  const words = name.toLowerCase().split('_');
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}

function lineSwatch(color: string, width: number, dash: string, arrow: boolean): string {
  const end = arrow ? SWATCH_WIDTH - 7 : SWATCH_WIDTH;
  const line = `<line x1="0" y1="0" x2="${end}" y2="0" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const head = arrow
    ? `<polygon points="${SWATCH_WIDTH},0 ${SWATCH_WIDTH - 9},-4.5 ${SWATCH_WIDTH - 9},4.5" fill="${color}"/>`
    : '';
  return line + head;
}

export function legendGroups(snapshot: Pick<Snapshot, 'nodes' | 'edges' | 'highlightedPath'>): LegendGroup[] {
  const kinds = new Set(snapshot.nodes.map((n) => n.kind));
  const types = new Set(snapshot.edges.map((e) => e.type));
  const modalities = new Set(snapshot.edges.map((e) => e.modality));
  const groups: LegendGroup[] = [
    {
      title: 'Actors',
      items: ACTOR_KINDS.filter((k) => kinds.has(k)).map((k) => ({
        label: ACTOR_KIND_STYLES[k].label,
        swatch: `<g transform="translate(${SWATCH_WIDTH / 2} 0)">${shapeMarkup(ACTOR_KIND_STYLES[k].shape, 14, ACTOR_KIND_STYLES[k].fill)}</g>`,
      })),
    },
    {
      title: 'Relationships',
      items: RELATIONSHIP_TYPES.filter((t) => types.has(t.name as never)).map((t) => ({
        label: typeDisplayName(t.name),
        swatch: lineSwatch(t.color, 2.5, '', t.directed),
      })),
    },
    {
      title: 'Statements',
      items: MODALITIES.filter((m) => modalities.has(m)).map((m) => ({
        label: MODALITY_STYLES[m].label,
        swatch: lineSwatch(MUTED_TEXT_COLOR, 2, MODALITY_STYLES[m].dashArray, false),
      })),
    },
  ];
  if (snapshot.highlightedPath?.length) {
    groups.push({
      title: 'Highlight',
      items: [
        {
          label: 'Path',
          swatch: `${lineSwatch(MUTED_TEXT_COLOR, 4.5, '', false)}<circle cx="${SWATCH_WIDTH - 5}" r="5" fill="${ACTOR_KIND_STYLES.state.fill}" stroke="${PATH_COLOR}" stroke-width="2"/>`,
        },
      ],
    });
  }
  return groups.filter((g) => g.items.length > 0);
}

/** Legend markup laid out in `width` px, its top-left at the origin. */
export function renderLegend(
  groups: readonly LegendGroup[],
  width: number,
): { markup: string; height: number } {
  const parts: string[] = [];
  let y = 0;
  const itemsLeft = HEADER_WIDTH;
  for (const group of groups) {
    const middle = y + ROW_HEIGHT / 2;
    parts.push(
      `<text x="0" y="${num(middle + 4)}" font-size="${LEGEND_FONT_SIZE}" font-weight="bold" fill="${MUTED_TEXT_COLOR}">${escapeXml(group.title)}</text>`,
    );
    let x = itemsLeft;
    let row = 0;
    for (const item of group.items) {
      const itemWidth = SWATCH_WIDTH + 6 + textWidth(item.label, LEGEND_FONT_SIZE);
      if (x > itemsLeft && x + itemWidth > width) {
        row++;
        x = itemsLeft;
      }
      const cy = middle + row * ROW_HEIGHT;
      parts.push(
        `<g transform="translate(${num(x)} ${num(cy)})">${item.swatch}<text x="${SWATCH_WIDTH + 6}" y="4" font-size="${LEGEND_FONT_SIZE}" fill="${TEXT_COLOR}">${escapeXml(item.label)}</text></g>`,
      );
      x += itemWidth + ITEM_GAP;
    }
    y += (row + 1) * ROW_HEIGHT;
  }
  return { markup: parts.join(''), height: y };
}
