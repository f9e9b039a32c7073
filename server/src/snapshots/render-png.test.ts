import { describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, readPng } from './png.fixture.ts';
import { cappedScale, MAX_PNG_PIXELS, MAX_PNG_SIDE, renderPng } from './render-png.ts';
import { renderSnapshotSvg } from './render-svg.ts';
import { fixtureSnapshot } from './snapshot.fixture.ts';

function pngSize(png: Buffer) {
  const { width, height } = readPng(png);
  return { width, height };
}

/** Whether any pixel of an RGBA PNG is not fully transparent black (filtered rows of zeros stay zeros). */
function hasInk(png: Buffer): boolean {
  const { rows, width } = readPng(png);
  const row = 1 + 4 * width;
  return rows.some((byte, i) => i % row !== 0 && byte !== 0);
}

describe('renderPng', () => {
  it('writes a PNG as wide as the SVG at scale 1, twice as wide at scale 2', async () => {
    const svg = renderSnapshotSvg(fixtureSnapshot());
    const one = await renderPng(svg, { scale: 1, background: 'white' });
    const two = await renderPng(svg, { scale: 2, background: 'white' });
    expect(one.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(two.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(one.png)).toEqual({ width: svg.width, height: svg.height });
    expect(pngSize(two.png).width).toBe(2 * svg.width);
    expect(two.scale).toBe(2);
  });

  it('draws text with the font shipped through npm, not with system fonts', async () => {
    const text = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="22" font-size="18" font-family="DejaVu Sans">Korea</text></svg>',
      width: 120,
      height: 30,
    };
    const blank = { ...text, svg: text.svg.replace('Korea', '') };
    const inked = (await renderPng(text, { scale: 1, background: 'transparent' })).png;
    const empty = (await renderPng(blank, { scale: 1, background: 'transparent' })).png;
    expect(hasInk(empty)).toBe(false);
    expect(hasInk(inked)).toBe(true);
  });

  it('lowers the scale of an image that would be too large, and says so', () => {
    expect(cappedScale(1000, 800, 4)).toBe(4);
    expect(cappedScale(6000, 400, 4)).toBe(MAX_PNG_SIDE / 6000);
    const scale = cappedScale(3000, 3000, 4);
    expect((3000 * scale) ** 2).toBeLessThanOrEqual(MAX_PNG_PIXELS + 1);
  });

  it('draws a 16:9 slide at 2x as asked (3840×2160) and caps 4x at 16 megapixels', () => {
    expect(MAX_PNG_PIXELS).toBe(16_000_000);
    expect(cappedScale(1920, 1080, 2)).toBe(2);
    const four = cappedScale(1920, 1080, 4);
    expect(four).toBeCloseTo(Math.sqrt(16_000_000 / (1920 * 1080)), 9);
    expect(Math.round(1920 * four) * Math.round(1080 * four)).toBeLessThanOrEqual(16_000_000 + 4_000);
  });
});
