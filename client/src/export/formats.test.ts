import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  frameFor,
  frameSizeText,
  imageFileName,
  pngSize,
  scaleNotice,
  slugify,
} from './formats.ts';

describe('export file names', () => {
  it('are briefgraph-<slug>.<ext>, the slug plain ASCII', () => {
    expect(exportFileName('South Korea to Russia', 'png')).toBe('briefgraph-south-korea-to-russia.png');
    expect(exportFileName('Côte d’Ivoire & “friends”', 'graphml')).toBe(
      'briefgraph-cote-d-ivoire-friends.graphml',
    );
    expect(exportFileName('Path', 'csv', '-evidence')).toBe('briefgraph-path-evidence.csv');
  });

  it('never have an empty or overlong slug', () => {
    expect(slugify('   ')).toBe('graph');
    expect(slugify('中国')).toBe('graph');
    expect(slugify(`${'a'.repeat(59)} b c`)).toBe('a'.repeat(59));
  });
});

describe('image file names', () => {
  it('carry the scale and the frame, as the server names them', () => {
    expect(imageFileName('South Korea to Russia', 'png', '16:9', 2)).toBe(
      'briefgraph-south-korea-to-russia-2x-16x9.png',
    );
    expect(imageFileName('South Korea to Russia', 'png', { width: 1280, height: 720 }, 2.6)).toBe(
      'briefgraph-south-korea-to-russia-2_6x-1280x720.png',
    );
    expect(imageFileName('South Korea to Russia', 'svg', '4:3', 1)).toBe(
      'briefgraph-south-korea-to-russia-4x3.svg',
    );
    expect(imageFileName('', 'svg', 'auto')).toBe('briefgraph-graph-auto.svg');
  });
});

describe('the frame asked for', () => {
  it('is the slide shape chosen', () => {
    expect(frameFor('16:9', { width: 900, height: 700 })).toBe('16:9');
    expect(frameFor('1:1', undefined)).toBe('1:1');
  });

  it("for Auto, is the canvas's own size, kept inside the frame bounds in its shape", () => {
    expect(frameFor('window', { width: 1102, height: 713 })).toEqual({ width: 1102, height: 713 });
    // A phone's canvas is taller than wide, and narrower than the smallest frame: enlarged.
    expect(frameFor('window', { width: 300, height: 450 })).toEqual({ width: 320, height: 480 });
    expect(frameFor('window', { width: 10_000, height: 2_000 })).toEqual({ width: 7_680, height: 1_536 });
  });

  it('for Auto without a canvas (the table view), is the shape of the content', () => {
    expect(frameFor('window', undefined)).toBe('auto');
    expect(frameFor('window', { width: 0, height: 0 })).toBe('auto');
  });

  it('is said in pixels at 1x', () => {
    expect(frameSizeText('16:9')).toBe('1,920 × 1,080 px');
    expect(frameSizeText({ width: 1102, height: 713 })).toBe('1,102 × 713 px');
    expect(frameSizeText('auto')).toBeNull();
  });
});

describe('reading a PNG header', () => {
  it('gives the width and height, or null for other bytes', () => {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(bytes.buffer).setUint32(16, 8192);
    new DataView(bytes.buffer).setUint32(20, 3000);
    expect(pngSize(bytes)).toEqual({ width: 8192, height: 3000 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('when the server lowers the scale', () => {
  it('says nothing when the scale asked for was used', () => {
    expect(scaleNotice(2, 2, { width: 2400, height: 1600 })).toBeNull();
    expect(scaleNotice(2, null, null)).toBeNull();
  });

  it('names the side limit when the long side was the problem', () => {
    expect(scaleNotice(4, 2.6, { width: 8190, height: 3000 })).toBe(
      '4x would exceed 8,192 px; exported at 2.6x.',
    );
  });

  it('names the pixel limit when the area was', () => {
    expect(scaleNotice(4, 3.1, { width: 6000, height: 4166 })).toBe(
      '4x would exceed 25 megapixels; exported at 3.1x.',
    );
  });
});
