import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.ts';
import type { Actor } from '../domain/schemas.ts';
import { LayoutTooLargeError, layoutGraph } from './layout.ts';

describe('a layout over the snapshot limits', () => {
  it('is refused as a 413 that names the limits and what the query found', () => {
    const nodes: Actor[] = Array.from({ length: 2_001 }, (_, i) => ({
      id: `A${i}`,
      name: `Actor ${i}`,
      kind: 'state',
      aliases: [],
    }));
    let error: unknown;
    try {
      layoutGraph(nodes, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LayoutTooLargeError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      name: 'LayoutTooLargeError',
      code: 'LAYOUT_TOO_LARGE',
      status: 413,
      message:
        'A snapshot lays out at most 2000 actors and 5000 relationships; this query found 2001 and 0. Narrow it (a lower limit or depth, or filters).',
      details: { limits: { nodes: 2000, edges: 5000 }, nodes: 2001, edges: 0 },
    });
  });
});
