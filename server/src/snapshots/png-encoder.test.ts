import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, unpremultiply } from './png-encoder.ts';

function chunks(png: Buffer): Array<{ type: string; data: Buffer; crcOk: boolean }> {
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: crc32(data, crc32(type)) >>> 0 === png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes a valid RGBA PNG whose rows decode back to the pixels', async () => {
    const pixels = Buffer.from([
      255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    const png = await encodePng(pixels, 3, 2);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const ihdr = parts[0]!.data;
    expect([
      ihdr.readUInt32BE(0),
      ihdr.readUInt32BE(4),
      ihdr[8],
      ihdr[9],
      ihdr[10],
      ihdr[11],
      ihdr[12],
    ]).toEqual([3, 2, 8, 6, 0, 0, 0]);
    const rows = inflateSync(parts[1]!.data);
    expect(rows).toEqual(
      Buffer.concat([Buffer.from([0]), pixels.subarray(0, 12), Buffer.from([0]), pixels.subarray(12)]),
    );
  });

  it('refuses a buffer that does not match the size', async () => {
    await expect(encodePng(Buffer.alloc(7), 1, 2)).rejects.toThrow(/size/);
  });
});

describe('unpremultiply', () => {
  it('turns premultiplied colour back into straight colour', () => {
    const pixels = Buffer.from([128, 64, 0, 128, 9, 9, 9, 0, 10, 20, 30, 255]);
    unpremultiply(pixels);
    expect([...pixels]).toEqual([255, 128, 0, 128, 0, 0, 0, 0, 10, 20, 30, 255]);
  });
});
