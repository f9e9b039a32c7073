/**
 * WCAG contrast, so a type's colour can be used for text: the legend and the canvas keep the
 * palette (every type colour is ≥ 3:1 on the page, enough for graphics), while text drawn in a
 * type's colour, such as a path's connector "—opposes→", is darkened until it reaches 4.5:1.
 */

type Rgb = readonly [number, number, number];

function parse(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parse(a)), luminance(parse(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour itself when it reaches `min` on `background`, else the lightest darker shade that does. */
export function readableOn(color: string, background = '#ffffff', min = 4.5): string {
  const rgb = parse(color);
  for (let step = 0; step <= 100; step++) {
    const f = 1 - step / 100;
    const shade = hex([rgb[0] * f, rgb[1] * f, rgb[2] * f]);
    if (contrastRatio(shade, background) >= min) return shade;
  }
  return '#000000';
}
