/**
 * Text widths for the drawing, without a font file or a canvas: the advance widths of DejaVu Sans
 * (regular and bold, in units of its 2048-unit em) for Basic Latin, Latin-1 and a few
 * typographic marks, so the explorer and the server wrap and measure labels identically. DejaVu
 * Sans is the first family of FONT_FAMILY and the font the server rasterises with; a character
 * outside the table counts as an average lowercase letter. server/src/snapshots/fonts.test.ts
 * checks the table against the font file itself. No kerning: real text comes out a hair narrower.
 */

const UNITS_PER_EM = 2048;

/**
 * DejaVu Sans's descent (483 of 2048 units): the canvas stacks Cytoscape's labels by the bottom of
 * their em box (textBaseline "bottom"), so an SVG baseline sits this share of the size above it.
 */
export const DESCENT = 483 / UNITS_PER_EM;

/** Advance widths of U+0020..U+007E then U+00A0..U+00FF. */
// biome-ignore format: a table
const REGULAR: readonly number[] = [
  651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
  1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
  2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
  1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
  1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
  1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716, 651,
  821, 1303, 1303, 1303, 1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 739, 2048, 1024, 1024,
  1716, 821, 821, 1024, 1303, 1303, 651, 1024, 821, 965, 1253, 1985, 1985, 1985, 1087, 1401,
  1401, 1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604, 604, 604, 604, 1587,
  1532, 1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290, 1255,
  1255, 1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569, 1253,
  1298, 1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212,
];
// biome-ignore format: a table
const BOLD: readonly number[] = [
  713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
  1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
  2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
  1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
  1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
  1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716, 713,
  934, 1425, 1425, 1303, 1425, 748, 1024, 1024, 2048, 1155, 1323, 1716, 850, 2048, 1024, 1024,
  1716, 897, 897, 1024, 1507, 1303, 778, 1024, 897, 1155, 1323, 2120, 2120, 2120, 1188, 1585,
  1585, 1585, 1585, 1585, 1585, 2222, 1503, 1399, 1399, 1399, 1399, 762, 762, 762, 762, 1716,
  1714, 1741, 1741, 1741, 1741, 1741, 1716, 1741, 1663, 1663, 1663, 1663, 1483, 1511, 1473, 1382,
  1382, 1382, 1382, 1382, 1382, 2146, 1214, 1389, 1389, 1389, 1389, 702, 702, 702, 702, 1407,
  1458, 1407, 1407, 1407, 1407, 1407, 1716, 1407, 1458, 1458, 1458, 1458, 1335, 1466, 1335,
];
const REGULAR_EXTRA = new Map<number, number>([
  [0x2013, 1024],
  [0x2014, 2048],
  [0x2018, 651],
  [0x2019, 651],
  [0x201c, 1061],
  [0x201d, 1061],
  [0x2022, 1208],
  [0x2026, 2048],
]);
const BOLD_EXTRA = new Map<number, number>([
  [0x2013, 1024],
  [0x2014, 2048],
  [0x2018, 778],
  [0x2019, 778],
  [0x201c, 1346],
  [0x201d, 1346],
  [0x2022, 1309],
  [0x2026, 2048],
]);
/** The width of "n", close to the mean of lowercase text. */
const FALLBACK = { regular: 1298, bold: 1458 } as const;

function advance(codePoint: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let index = -1;
  if (codePoint >= 0x20 && codePoint <= 0x7e) index = codePoint - 0x20;
  else if (codePoint >= 0xa0 && codePoint <= 0xff) index = codePoint - 0xa0 + 95;
  const width = index >= 0 ? table[index] : (bold ? BOLD_EXTRA : REGULAR_EXTRA).get(codePoint);
  return width ?? (bold ? FALLBACK.bold : FALLBACK.regular);
}

export type TextMeasure = (text: string, size: number, bold: boolean) => number;

/** Width in px of `text` set in DejaVu Sans at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += advance(ch.codePointAt(0) ?? 0, bold);
  return (units / UNITS_PER_EM) * size;
}

/**
 * Greedy word wrap to `maxWidth`; a word longer than a line is cut. Explicit line breaks are
 * kept. At most `maxLines` lines: the last one ends with an ellipsis when text was left out.
 */
export function wrapText(
  text: string,
  size: number,
  maxWidth: number,
  options: {
    bold?: boolean;
    maxLines?: number;
    /** Another measure (the server's titles use the font file itself, for any script). */
    measure?: TextMeasure;
  } = {},
): string[] {
  const { bold = false, maxLines = Number.POSITIVE_INFINITY, measure = textWidth } = options;
  const width = (s: string) => measure(s, size, bold);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (width(line) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && width(line.slice(0, cut)) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (width(last) > maxWidth && last.length > 1) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}
