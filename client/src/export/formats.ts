import type { Scope } from '@briefgraph/graph/domain/emphasis';
import {
  FRAME_PRESETS,
  FRAME_SIZE_LIMITS,
  type Frame,
  type FramePreset,
  type FrameSize,
  frameSlug,
} from '@briefgraph/graph/domain/frame';
import type { ExportScope } from './view-payload.ts';

/**
 * Pure: what can be exported, how the files are named, and what to say when the server drew a
 * PNG smaller than asked. Small on purpose: the toolbar's menu imports it, and the code that
 * makes the files is loaded when an export starts (export-runner.ts).
 */

export const DATA_FORMATS = {
  cytoscape: { label: 'Cytoscape JSON', suffix: '-cytoscape', extension: 'json', mime: 'application/json' },
  graphml: { label: 'GraphML', suffix: '', extension: 'graphml', mime: 'application/graphml+xml' },
  gexf: { label: 'GEXF (Gephi)', suffix: '', extension: 'gexf', mime: 'application/gexf+xml' },
  nodesCsv: { label: 'Actors CSV', suffix: '-actors', extension: 'csv', mime: 'text/csv' },
  edgesCsv: { label: 'Relationships CSV', suffix: '-relationships', extension: 'csv', mime: 'text/csv' },
  evidenceCsv: { label: 'Evidence CSV', suffix: '-evidence', extension: 'csv', mime: 'text/csv' },
} as const;
export type DataFormat = keyof typeof DATA_FORMATS;

/** A slide shape, or `window`: the shape of the canvas the analyst is looking at. */
export type FrameChoice = FramePreset | 'window';

export const FRAME_CHOICES: ReadonlyArray<{ readonly value: FrameChoice; readonly label: string }> = [
  { value: '16:9', label: '16:9' },
  { value: '4:3', label: '4:3' },
  { value: '1:1', label: '1:1' },
  { value: 'window', label: 'Auto (window)' },
];

export const DEFAULT_FRAME_CHOICE: FrameChoice = '16:9';

/** How an image is drawn, beside what it holds: its frame, what it shows, parallel relationships merged. */
export interface DrawingChoices {
  readonly frame: FrameChoice;
  /** all: the faded context drawn too; emphasis: only what is emphasised. */
  readonly show: Scope;
  readonly bundle: boolean;
  /** Lines wider the more briefs support them (the legend's switch; the canvas draws it too). */
  readonly corroboration: boolean;
}

export const DEFAULT_DRAWING: DrawingChoices = {
  frame: DEFAULT_FRAME_CHOICE,
  show: 'all',
  bundle: true,
  corroboration: false,
};

export interface ImageChoice extends DrawingChoices {
  readonly format: 'png' | 'svg';
  /** 1, 2 or 4 for a PNG. */
  readonly scale: number;
  readonly background: 'white' | 'transparent';
  readonly title: boolean;
  readonly legend: boolean;
  readonly source: boolean;
}

/**
 * The frame to ask the server for. `window` is the canvas's own size in CSS pixels, enlarged or
 * shrunk (keeping its shape) into the frame bounds; without a canvas (the table view) the
 * server's `auto`, the shape of the content.
 */
export function frameFor(choice: FrameChoice, canvas: { width: number; height: number } | undefined): Frame {
  if (choice !== 'window') return choice;
  if (!canvas || canvas.width <= 0 || canvas.height <= 0) return 'auto';
  const { width: w, height: h } = FRAME_SIZE_LIMITS;
  const grow = Math.max(1, w[0] / canvas.width, h[0] / canvas.height);
  const factor = Math.min(grow, w[1] / canvas.width, h[1] / canvas.height);
  const clamp = (n: number, [min, max]: readonly [number, number]) =>
    Math.min(max, Math.max(min, Math.round(n)));
  return { width: clamp(canvas.width * factor, w), height: clamp(canvas.height * factor, h) };
}

/** "1920 × 1080 px", the frame at scale 1; null for `auto`. */
export function frameSizeText(frame: Frame): string | null {
  const size: FrameSize | null =
    frame === 'auto' ? null : typeof frame === 'string' ? FRAME_PRESETS[frame] : frame;
  return size ? `${size.width.toLocaleString('en')} × ${size.height.toLocaleString('en')} px` : null;
}

export type ExportRequest =
  | {
      readonly kind: 'image';
      readonly scope: ExportScope;
      readonly title: string;
      readonly image: ImageChoice;
    }
  | {
      readonly kind: 'data';
      readonly scope: ExportScope;
      readonly title: string;
      readonly format: DataFormat;
    };

/** "South Korea → Russia" → "south-korea-russia"; at most 60 characters, never empty. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'graph';
}

/** briefgraph-<slug><suffix>.<extension> */
export function exportFileName(title: string, extension: string, suffix = ''): string {
  return `briefgraph-${slugify(title)}${suffix}.${extension}`;
}

/**
 * briefgraph-<slug>-2x-16x9.png, briefgraph-<slug>-16x9.svg: the name the server gives an image
 * (server/src/routes/snapshots.routes.ts fileName), with the scale it used, so 1x, 2x and 4x
 * downloads of one view in one frame never overwrite each other.
 */
export function imageFileName(title: string, format: 'png' | 'svg', frame: Frame, scale?: number): string {
  const at =
    format === 'png' && scale !== undefined
      ? `-${String(Math.round(scale * 100) / 100).replace('.', '_')}x`
      : '';
  return `briefgraph-${slugify(title)}${at}-${frameSlug(frame)}.${format}`;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Mirrors server/src/snapshots/render-png.ts: the limits the server caps a PNG's scale at. */
export const SERVER_PNG_LIMITS = { side: 8_192, pixels: 25_000_000 } as const;

const scaleText = (scale: number) => `${Math.round(scale * 10) / 10}x`;

/**
 * What to tell the user when the server lowered the scale, null when it did not: "4x would
 * exceed 8,192 px; exported at 2.6x". `size` is the PNG as made, at the scale used.
 */
export function scaleNotice(
  requested: number,
  used: number | null,
  size: { width: number; height: number } | null,
): string | null {
  if (used === null || used >= requested - 0.001) return null;
  const factor = requested / used;
  const bySide = size && Math.max(size.width, size.height) * factor > SERVER_PNG_LIMITS.side;
  const limit =
    !size || bySide
      ? `${SERVER_PNG_LIMITS.side.toLocaleString('en')} px`
      : `${SERVER_PNG_LIMITS.pixels / 1_000_000} megapixels`;
  return `${requested}x would exceed ${limit}; exported at ${scaleText(used)}.`;
}
