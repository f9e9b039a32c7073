/**
 * What the data exports take: actors, relationships with their evidence, and optionally where
 * each actor was drawn. Pure functions of it (graphml.ts, gexf.ts, csv.ts), no DOM and no driver,
 * so the explorer and a server route produce the same files.
 */
import type { Actor, Point, Relationship } from '../domain/schemas.ts';

export interface ExportGraph {
  readonly nodes: readonly Actor[];
  readonly edges: readonly Relationship[];
  /** Model coordinates (y down, as Cytoscape draws). */
  readonly positions?: Readonly<Record<string, Point>> | undefined;
}

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for XML element content and quoted attributes (also safe in HTML). Line breaks and tabs
 * become character references, which attribute-value normalisation would otherwise turn into spaces.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
