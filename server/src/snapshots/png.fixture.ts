/**
 * Reading a PNG back in tests (unit and integration): its header fields and its pixel rows.
 */
import { inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height, colour type (6: RGBA), and the inflated rows, each a filter byte then its pixels. */
export function readPng(png: Buffer) {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    colourType: png[25],
    rows: inflateSync(Buffer.concat(idat)),
  };
}
