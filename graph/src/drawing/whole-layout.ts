/**
 * The whole graph's positions, computed on the server after each load and stored on the actors
 * (graph/src/store/placement.repository.ts), so the explorer opens 10,000 actors without a force
 * layout in the browser. Cluster-aware: Louvain communities (graphology) are placed apart first,
 * each actor inside its community's disc, then ForceAtlas2 (Barnes–Hut) refines the whole and
 * the result is spread until every actor has room.
 *
 * Why not fcose, the layout of small views: measured on this project's machine, fcose's draft
 * (spectral) of 10,000 actors / 25,000 relationships takes 9.2 s and shows no clusters, and its
 * refinement did not finish a 2,000 / 5,000 graph in 4 minutes. Louvain takes 0.4 s at 10,000
 * actors and ForceAtlas2 ~0.16 s an iteration.
 *
 * Incremental: actors that already have a position keep it (ForceAtlas2 holds them fixed) when
 * most of the graph is placed; new ones start beside their placed neighbours. Deterministic:
 * the same graph and previous positions give the same picture.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Point } from '../domain/schemas.ts';
import { withSeededRandom } from './seeded-random.ts';

export interface WholeLayoutInput {
  readonly actors: readonly string[];
  readonly edges: ReadonlyArray<{ readonly source: string; readonly target: string }>;
  /** Positions stored before; kept where most of the graph has one. */
  readonly previous?: Readonly<Record<string, Point>>;
  readonly seed?: number;
}

export interface WholeLayout {
  readonly positions: Record<string, Point>;
  /** Community of each actor, 0 the largest. */
  readonly communities: Record<string, number>;
  /** Actors whose position was (re)computed; the others kept theirs. */
  readonly moved: number;
}

/** A typical edge's length, in model units, as the explorer's own layout draws it. */
export const WHOLE_LAYOUT_EDGE_LENGTH = 140;
/** The side of the square each actor has to itself, on average, in a fresh layout. */
const ROOM_PER_ACTOR = 110;
/** Below this share of actors already placed, the whole graph is laid out afresh. */
const KEEP_WHEN_PLACED = 0.7;
/** ForceAtlas2 work per layout (iterations × actors), so 10,000 actors take ~30 iterations. */
const WORK = 300_000;

const round = (v: number) => Math.round(v * 10) / 10;

function communitiesOf(graph: Graph, seed: number): Record<string, number> {
  const raw =
    graph.size === 0
      ? Object.fromEntries(graph.nodes().map((id, i) => [id, i]))
      : withSeededRandom(seed, () => louvain(graph, { rng: Math.random }));
  // Renumber by size, largest first (ties by smallest member id): stable across runs.
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) {
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  }
  const order = [...members.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const communities: Record<string, number> = {};
  order.forEach((ids, index) => {
    for (const id of ids) communities[id] = index;
  });
  return communities;
}

/**
 * Community centres on a sunflower spiral, largest in the middle, each community a disc whose
 * area grows with its size; actors at random points of their disc.
 */
function seedPositions(
  graph: Graph,
  communities: Record<string, number>,
  random: () => number,
): Map<string, Point> {
  const sizes: number[] = [];
  for (const c of Object.values(communities)) sizes[c] = (sizes[c] ?? 0) + 1;
  const spacing = WHOLE_LAYOUT_EDGE_LENGTH;
  const golden = Math.PI * (3 - Math.sqrt(5));
  let area = 0;
  const centres = sizes.map((size, i) => {
    const radius = Math.sqrt(area) * spacing * 1.2;
    area += size;
    return { x: radius * Math.cos(i * golden), y: radius * Math.sin(i * golden) };
  });
  const start = new Map<string, Point>();
  graph.forEachNode((id) => {
    const c = communities[id] ?? 0;
    const centre = centres[c] ?? { x: 0, y: 0 };
    const r = Math.sqrt(random()) * Math.sqrt(sizes[c] ?? 1) * spacing * 0.5;
    const a = random() * 2 * Math.PI;
    start.set(id, { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
  });
  return start;
}

function medianEdgeLength(graph: Graph): number {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attr, _s, _t, a, b) => {
    const l = Math.hypot(a.x - b.x, a.y - b.y);
    if (l > 0) lengths.push(l);
  });
  lengths.sort((p, q) => p - q);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

/**
 * A fresh layout, scaled until a typical edge is as long as in the explorer's own layouts and
 * every actor has room of its own (a few dozen ForceAtlas2 iterations leave the leaves of a hub
 * piled on it: 10,000 synthetic actors came out 3 px from their nearest neighbour; noverlap,
 * which would push them apart, took a minute at 10,000 actors).
 */
function spreadOut(graph: Graph): void {
  const median = medianEdgeLength(graph);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_id, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const spacing = Math.sqrt(Math.max(1, (maxX - minX) * (maxY - minY)) / graph.order);
  const scale = Math.max(
    median > 0 ? WHOLE_LAYOUT_EDGE_LENGTH / median : 1,
    graph.order > 1 ? ROOM_PER_ACTOR / spacing : 1,
  );
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, x: a.x * scale, y: a.y * scale }));
}

export function layoutWholeGraph(input: WholeLayoutInput): WholeLayout {
  const seed = input.seed ?? 0x5eed_2023;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of [...input.actors].sort()) graph.mergeNode(id);
  for (const e of input.edges) {
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target)) {
      graph.mergeEdge(e.source, e.target);
    }
  }
  const communities = communitiesOf(graph, seed);
  if (graph.order === 0) return { positions: {}, communities, moved: 0 };
  const previous = input.previous ?? {};
  const placed = graph.filterNodes((id) => previous[id] !== undefined).length;
  const keep = placed / graph.order >= KEEP_WHEN_PLACED;

  return withSeededRandom(seed, () => {
    const start = seedPositions(graph, communities, Math.random);
    let moved = 0;
    graph.forEachNode((id) => {
      const kept = keep ? previous[id] : undefined;
      if (kept) {
        graph.mergeNodeAttributes(id, { x: kept.x, y: kept.y, fixed: true });
        return;
      }
      moved++;
      // A new actor starts beside its placed neighbours, or else in its community's disc.
      const near = keep ? graph.neighbors(id).flatMap((n) => (previous[n] ? [previous[n]] : [])) : [];
      const p =
        near.length > 0
          ? {
              x: near.reduce((s, q) => s + q.x, 0) / near.length + (Math.random() - 0.5) * 40,
              y: near.reduce((s, q) => s + q.y, 0) / near.length + (Math.random() - 0.5) * 40,
            }
          : (start.get(id) as Point);
      graph.mergeNodeAttributes(id, { x: p.x, y: p.y, fixed: false });
    });
    if (moved > 0 && graph.order > 1) {
      const settings = forceAtlas2.inferSettings(graph);
      const full = Math.min(300, Math.max(30, Math.round(WORK / graph.order)));
      forceAtlas2.assign(graph, {
        iterations: keep ? Math.max(10, Math.round(full / 3)) : full,
        settings: { ...settings, barnesHutOptimize: graph.order > 1000, adjustSizes: false },
      });
    }
    if (!keep) spreadOut(graph);
    const positions: Record<string, Point> = {};
    graph.forEachNode((id, attr) => {
      positions[id] = { x: round(attr.x), y: round(attr.y) };
    });
    return { positions, communities, moved };
  });
}
