/**
 * SVG → PNG with resvg-js, drawn off the main thread (renderAsync) with DejaVu Sans handed over
 * explicitly: these machines have no system fonts, and an image must not depend on the host's.
 * Encoding is png-encoder.ts. Large images are capped rather than failing (the caller learns
 * the scale used), and at most two render at once: a 16 MP image holds ~130 MB while it is made.
 */
import { renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY_NAME, FONT_FILES } from './fonts.ts';
import { encodePng, unpremultiply } from './png-encoder.ts';

/**
 * Longest side and pixel count of a PNG. A 16:9 slide at 2x (3840×2160, 8.3 MP) is drawn as
 * asked; at 4x (33 MP) it is capped to about 2.8x (5333×3000), which holds ~64 MB of pixels
 * while it is made, twice that with two renders at once.
 */
export const MAX_PNG_SIDE = 8_192;
export const MAX_PNG_PIXELS = 16_000_000;
const MAX_CONCURRENT_RENDERS = 2;

let running = 0;
const waiting: Array<() => void> = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_RENDERS) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export interface PngOptions {
  /** 1..4; lowered when the image would exceed MAX_PNG_SIDE or MAX_PNG_PIXELS. */
  scale: number;
  background: 'white' | 'transparent';
}

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
  /** The scale used, below the requested one when it was capped. */
  scale: number;
}

export function cappedScale(width: number, height: number, requested: number): number {
  const bySide = MAX_PNG_SIDE / Math.max(width, height);
  const byPixels = Math.sqrt(MAX_PNG_PIXELS / (width * height));
  return Math.min(requested, bySide, byPixels);
}

export async function renderPng(
  svg: { svg: string; width: number; height: number },
  options: PngOptions,
): Promise<RenderedPng> {
  const scale = cappedScale(svg.width, svg.height, options.scale);
  return limited(async () => {
    const image = await renderAsync(svg.svg, {
      fitTo: { mode: 'width', value: Math.round(svg.width * scale) },
      font: {
        loadSystemFonts: false,
        fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
        defaultFontFamily: FONT_FAMILY_NAME,
        sansSerifFamily: FONT_FAMILY_NAME,
      },
      ...(options.background === 'white' ? { background: '#ffffff' } : {}),
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'off',
    });
    const pixels = image.pixels;
    if (options.background !== 'white') unpremultiply(pixels);
    return {
      png: await encodePng(pixels, image.width, image.height),
      width: image.width,
      height: image.height,
      scale,
    };
  });
}
