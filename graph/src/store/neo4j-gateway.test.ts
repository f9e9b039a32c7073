import { describe, expect, it } from 'vitest';
import { toNeo4jParams, toPlain } from './neo4j-gateway.ts';

describe('toNeo4jParams', () => {
  it('sends whole numbers as INTEGER at any depth, other numbers and strings as they are', () => {
    const out = toNeo4jParams({ limit: 5, ratio: 0.5, rows: [{ n: 2, s: 'x' }] }) as {
      limit: unknown;
      ratio: unknown;
      rows: Array<{ n: unknown; s: unknown }>;
    };
    // The driver's Integer (an object), which toPlain reads back as the number.
    expect(typeof out.limit).toBe('object');
    expect(toPlain(out.limit)).toBe(5);
    expect(out.ratio).toBe(0.5);
    expect(typeof out.rows[0]?.n).toBe('object');
    expect(toPlain(out.rows[0]?.n)).toBe(2);
    expect(out.rows[0]?.s).toBe('x');
  });

  it('sends bytes as an Int8Array over the same bytes (BYTE[]), not as a map of indexes', () => {
    const buffer = Buffer.from([1, 200, 3]);
    const out = toNeo4jParams({ bytes: buffer }) as { bytes: unknown };
    expect(out.bytes).toBeInstanceOf(Int8Array);
    expect([
      ...new Uint8Array((out.bytes as Int8Array).buffer, (out.bytes as Int8Array).byteOffset, 3),
    ]).toEqual([1, 200, 3]);
    const signed = new Int8Array([-1, 2]);
    expect((toNeo4jParams([signed]) as unknown[])[0]).toBe(signed);
  });
});

describe('toPlain', () => {
  it('keeps a BYTE[] value as its Int8Array and turns integers back into numbers', () => {
    const bytes = new Int8Array([5, -6]);
    expect(toPlain({ bytes, n: toNeo4jParams(7) })).toEqual({ bytes, n: 7 });
    expect((toPlain({ bytes }) as { bytes: unknown }).bytes).toBeInstanceOf(Int8Array);
  });
});
