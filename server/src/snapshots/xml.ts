/**
 * Text into markup. Every string that reaches an SVG or HTML document from a snapshot (title,
 * caption, names, quotes) goes through `escapeXml`; nothing is ever inserted as markup.
 */

export { escapeXml } from '@briefgraph/graph/exports/export-graph';

/** JSON for a `<script type="application/json">` block: no `</script>`, no `<!--`, no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A number for an attribute: two decimals at most, no `-0`, and never NaN or Infinity (which
 * would make the whole document unreadable to resvg): the renderers keep their numbers finite,
 * this is the last guard.
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
