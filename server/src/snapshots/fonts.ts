/**
 * The font every server-side snapshot is drawn and measured with: DejaVu Sans, shipped through
 * npm (dejavu-fonts-ttf), because these machines have no system fonts. render-png.ts hands the
 * files to resvg; this module reads their advance widths so that the SVG wraps titles and places
 * labels with the widths resvg will draw (no kerning: a line comes out a hair narrower, never wider).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { wrapText as wrapWith } from '@briefgraph/graph/drawing/text-metrics';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FILES = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
} as const;

/** The family name inside those files; the SVG asks for it first (style-tokens FONT_FAMILY). */
export const FONT_FAMILY_NAME = 'DejaVu Sans';

interface FontMetrics {
  unitsPerEm: number;
  advance(codePoint: number): number;
}

/** Reads `head`, `hhea`, `hmtx` and the Unicode BMP `cmap` (format 4) of a TrueType file. */
function readMetrics(file: string): FontMetrics {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + 16 * i;
    tables.set(font.toString('latin1', entry, entry + 4), font.readUInt32BE(entry + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const cmap = table('cmap');
  let format4 = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(rec);
    const encoding = font.readUInt16BE(rec + 2);
    const offset = cmap + font.readUInt32BE(rec + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) format4 = offset;
  }
  if (format4 < 0) throw new Error(`${file}: no Unicode BMP cmap`);
  const segCount = font.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;

  const glyphOf = (c: number): number => {
    for (let s = 0; s < segCount; s++) {
      if (font.readUInt16BE(ends + 2 * s) < c) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (start > c) return 0;
      const delta = font.readUInt16BE(deltas + 2 * s);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (c + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance(codePoint) {
      let width = cache.get(codePoint);
      if (width === undefined) {
        const glyph = codePoint > 0xffff ? 0 : glyphOf(codePoint);
        width = font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
        cache.set(codePoint, width);
      }
      return width;
    },
  };
}

let metrics: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** Width in px of `text` set in DejaVu Sans at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  metrics ??= { regular: readMetrics(FONT_FILES.regular), bold: readMetrics(FONT_FILES.bold) };
  const font = bold ? metrics.bold : metrics.regular;
  let units = 0;
  for (const ch of text) units += font.advance(ch.codePointAt(0) ?? 0);
  return (units / font.unitsPerEm) * size;
}

/** The drawing's word wrap (graph/src/drawing/text-metrics.ts), measured with the font file itself. */
export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  options: { bold?: boolean; maxLines?: number } = {},
): string[] {
  return wrapWith(text, size, maxWidth, { ...options, measure: textWidth });
}
