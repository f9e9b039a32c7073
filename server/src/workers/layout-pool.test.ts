import type { Actor } from '@briefgraph/graph/domain/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { queryLayout } from '../snapshots/query-layout.ts';
import { createLayoutPool } from './layout-pool.ts';

const actors = (n: number): Actor[] =>
  Array.from({ length: n }, (_, i) => ({ id: `A_${i}`, name: `Actor ${i}`, kind: 'state', aliases: [] }));

const pool = createLayoutPool(2);
afterAll(() => pool.close());

describe('the layout pool', () => {
  it('lays out in a worker exactly as in process (the layout is seeded)', async () => {
    const nodes = actors(6);
    const edges = nodes.slice(1).map((n, i) => ({
      id: `rel-${i}`,
      source: 'A_0',
      target: n.id,
      type: 'ALLIANCE' as const,
      directed: false,
      modality: 'fact' as const,
      quadClass: 2 as const,
      attributes: {},
      evidence: [{ briefId: 'brief-a', quote: 'q', start: 0, end: 1 }],
    }));
    expect(await pool.layout(nodes, edges, [])).toEqual(await queryLayout(nodes, edges, []));
  });

  it('runs jobs side by side and queues the rest', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.layout(actors(n), [], [])));
    expect(results.map((r) => Object.keys(r.positions).length)).toEqual([1, 2, 3, 4, 5]);
  });

  it('brings a layout over the limits back as a 413 with the limits in its message', async () => {
    await expect(pool.layout(actors(2_001), [], [])).rejects.toMatchObject({
      status: 413,
      message: expect.stringContaining('2000 actors and 5000 relationships'),
    });
  });
});
