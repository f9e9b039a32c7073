import { describe, expect, it } from 'vitest';
import {
  CLUSTER_MIN_SIZE,
  CLUSTERS_UP_TO_ZOOM,
  type ClusterActor,
  clustersOf,
  nameBox,
  namesShown,
} from './cy-clusters.ts';
import { LABEL_LEVELS } from './cy-label-levels.ts';

/** `n` actors of one community in a row from (x0, y), the first `hubs` of them with degree 10. */
function row(community: number, n: number, x0: number, y: number, hubs = 0): ClusterActor[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${community}-${String(i).padStart(3, '0')}`,
    name: `Actor ${community}.${i}`,
    x: x0 + 10 * i,
    y,
    degree: i < hubs ? 10 : 1,
    community,
  }));
}

describe('clustersOf', () => {
  it('names each community after its most connected actor, largest first, with its size', () => {
    const actors = [...row(1, 20, 0, 0), ...row(0, 40, 1000, 500)];
    actors[5] = { ...actors[5]!, degree: 7 };
    const clusters = clustersOf(actors);
    expect(clusters.map((c) => [c.community, c.size, c.leadId, c.leadName])).toEqual([
      [0, 40, 'c0-000', 'Actor 0.0'],
      [1, 20, 'c1-005', 'Actor 1.5'],
    ]);
  });

  it('breaks a tie between equally connected actors by the smaller id', () => {
    const [cluster] = clustersOf(row(3, 20, 0, 0, 3).reverse());
    expect(cluster?.leadId).toBe('c3-000');
  });

  it('puts the name at the median actor, which a few far members do not pull away', () => {
    const actors = row(0, 21, 0, 0);
    // Two members laid far off (ties to another cluster pull actors that way).
    actors[19] = { ...actors[19]!, x: 50_000, y: 9_000 };
    actors[20] = { ...actors[20]!, x: 60_000, y: 9_000 };
    const [cluster] = clustersOf(actors);
    expect(cluster?.centre).toEqual({ x: 100, y: 0 });
    // What a click frames leaves out the farthest 5 % on each side.
    expect(cluster?.box).toEqual({ x1: 10, y1: 0, x2: 50_000, y2: 9_000 });
  });

  it('names no community smaller than the minimum, nor one under a share of a big graph', () => {
    const small = row(0, CLUSTER_MIN_SIZE - 1, 0, 0);
    expect(clustersOf(small)).toEqual([]);
    expect(clustersOf(row(0, CLUSTER_MIN_SIZE, 0, 0))).toHaveLength(1);
    // 10,000 actors: a community of 30 is 0.3 %, under the share.
    const big = [...row(0, 9_970, 0, 0), ...row(1, 30, 0, 100)];
    expect(clustersOf(big).map((c) => c.community)).toEqual([0]);
  });
});

describe('names on screen', () => {
  const cluster = (x: number, y: number) => {
    const [c] = clustersOf(row(0, CLUSTER_MIN_SIZE, x, y).map((a) => ({ ...a, x, y })));
    if (!c) throw new Error('no cluster');
    return c;
  };
  const size = { width: 100, height: 30 };
  const canvas = { width: 800, height: 600 };

  it('centres a name on its cluster at the viewport', () => {
    expect(nameBox(cluster(1000, 2000), size, { zoom: 0.1, pan: { x: 300, y: 50 } })).toEqual({
      x1: 350,
      y1: 235,
      x2: 450,
      y2: 265,
    });
  });

  it('takes names in order, each wholly on the canvas and clear of those taken', () => {
    const boxes = [
      { x1: 100, y1: 100, x2: 200, y2: 130 },
      // Overlaps the first.
      { x1: 150, y1: 120, x2: 250, y2: 150 },
      // Clear of the first, though not of the second, which is not shown.
      { x1: 150, y1: 140, x2: 250, y2: 170 },
      // Off the canvas's right edge.
      { x1: 750, y1: 10, x2: 850, y2: 40 },
    ];
    expect(namesShown(boxes, canvas)).toEqual([true, false, true, false]);
  });

  it('leaves a gap between names', () => {
    const a = { x1: 0, y1: 0, x2: 100, y2: 30 };
    expect(namesShown([a, { x1: 103, y1: 0, x2: 200, y2: 30 }], canvas)).toEqual([true, false]);
    expect(namesShown([a, { x1: 110, y1: 0, x2: 200, y2: 30 }], canvas)).toEqual([true, true]);
  });

  it('shows cluster names only at zooms where the canvas names no actor', () => {
    // Cytoscape draws a name when its font times the zoom, rounded up to a power of two, reaches
    // its minimum (cy-label-levels.ts): the first level's names need a zoom above half its own.
    const first = LABEL_LEVELS[0]!;
    const drawsAt = (zoom: number) =>
      first.fontSize * 2 ** Math.ceil(Math.log2(zoom)) >= first.fontSize * first.zoom;
    expect(drawsAt(CLUSTERS_UP_TO_ZOOM)).toBe(false);
    expect(drawsAt(CLUSTERS_UP_TO_ZOOM * 1.01)).toBe(true);
  });
});
