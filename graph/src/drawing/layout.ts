/**
 * Layout without a browser, for snapshots made from a query: Cytoscape's own headless mode with
 * fcose, the layout the explorer uses. Deterministic (elements sorted by id, Math.random seeded
 * while the layout runs, synchronously), so the same graph gives the same picture. Every
 * Cytoscape instance is destroyed: a headless instance left alive keeps the event loop busy and
 * leaks. Runs in Node only in practice (the explorer lays out its live view in cy-adapter.ts).
 */

import cytoscape from 'cytoscape';
import { AppError } from '../domain/errors.ts';
import type { Actor, Point, Relationship } from '../domain/schemas.ts';
import { SNAPSHOT_LIMITS } from '../domain/schemas.ts';
import { registerFcose } from './fcose.ts';
import { labelBlockWidth, NODE_LABEL, nodeLabelLines, nodeSize } from './nodes.ts';
import { withSeededRandom } from './seeded-random.ts';
import { separateActors } from './separate.ts';

registerFcose();

/** The seed snapshots are laid out with: the same graph gives the same picture. */
export const LAYOUT_SEED = 0x5eed_2023;

const TYPICAL_EDGE_LENGTH = 140;
/** Room per actor, label included, that a spread draft layout aims for (px²). */
const AREA_PER_NODE = 160 * 100;

function spreadFactor(cy: cytoscape.Core): number {
  const box = cy.nodes().boundingBox({});
  const byArea = Math.sqrt((cy.nodes().length * AREA_PER_NODE) / Math.max(1, box.w * box.h));
  const lengths = cy
    .edges()
    .map((e) => {
      const a = e.source().position();
      const b = e.target().position();
      return Math.hypot(a.x - b.x, a.y - b.y);
    })
    .filter((l) => l > 0)
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  const byEdges = median ? TYPICAL_EDGE_LENGTH / median : 1;
  return Math.min(20, Math.max(1, byArea, byEdges));
}

/**
 * A query's answer too large to lay out for a snapshot: 413, with the limits and what it held.
 * The name stays: it crosses worker threads (server/src/workers/layout-pool.ts rebuilds by it).
 */
export class LayoutTooLargeError extends AppError {
  override readonly name = 'LayoutTooLargeError';
  constructor(nodes: number, edges: number) {
    super(
      'LAYOUT_TOO_LARGE',
      413,
      `A snapshot lays out at most ${SNAPSHOT_LIMITS.nodes} actors and ${SNAPSHOT_LIMITS.edges} relationships; this query found ${nodes} and ${edges}. Narrow it (a lower limit or depth, or filters).`,
      { details: { limits: { ...SNAPSHOT_LIMITS }, nodes, edges } },
    );
  }
}

export interface LayoutOptions {
  /** Another seed, another picture (LAYOUT_SEED by default). */
  readonly seed?: number;
  /** Leave overlapping actors and names as fcose left them (separate.ts); default false. */
  readonly overlapping?: boolean;
}

/**
 * Positions, in model coordinates, for every actor: fcose, seeded, then pushed apart where an
 * actor or its name would cover another's (separateActors, for the scene with and without
 * bundling; graphs of up to 300 actors — larger ones get fcose's draft as it is).
 */
export function layoutGraph(
  nodes: readonly Actor[],
  edges: readonly Relationship[],
  options: LayoutOptions = {},
): Record<string, Point> {
  if (nodes.length > SNAPSHOT_LIMITS.nodes || edges.length > SNAPSHOT_LIMITS.edges) {
    throw new LayoutTooLargeError(nodes.length, edges.length);
  }
  if (nodes.length === 0) return {};
  const ids = new Set(nodes.map((n) => n.id));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // The layout sees each actor with its label under it, so labels get room too.
  const nodeElements = [...nodes].sort(byId).map((n) => {
    const size = nodeSize(degree.get(n.id) ?? 0);
    const label = nodeLabelLines(n.name);
    const labelWidth = labelBlockWidth(label, NODE_LABEL.size, false);
    return {
      group: 'nodes' as const,
      data: {
        id: n.id,
        w: Math.max(size, labelWidth * 0.9),
        h: size + NODE_LABEL.gap + label.length * NODE_LABEL.lineHeight,
      },
    };
  });
  const edgeElements = [...edges]
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .sort(byId)
    .map((e) => ({ group: 'edges' as const, data: { id: `e:${e.id}`, source: e.source, target: e.target } }));

  const large = nodes.length > 300;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...nodeElements, ...edgeElements],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  try {
    withSeededRandom(options.seed ?? LAYOUT_SEED, () => {
      cy.layout({
        name: 'fcose',
        quality: large ? 'draft' : 'default',
        randomize: true,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        nodeRepulsion: 16000,
        // Hubs carry many parallel edges and long labels: give their edges more room.
        idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
          100 + 12 * Math.sqrt(edge.source().degree(false) + edge.target().degree(false)),
        edgeElasticity: 0.3,
        nodeSeparation: 110,
        gravity: 0.3,
        numIter: large ? 1500 : 2500,
        tile: true,
      } as cytoscape.LayoutOptions).run();
    });
    const box = cy.nodes().boundingBox({});
    // Slides and screens are landscape: a portrait layout is mirrored across its diagonal.
    const transpose = box.h > box.w;
    // The draft (spectral) layout of a large graph comes out packed tight: spread it until a
    // typical edge is as long as the refined layout would make it.
    const spread = large ? spreadFactor(cy) : 1;
    let positions: Record<string, Point> = {};
    cy.nodes().forEach((node) => {
      const p = node.position();
      const [x, y] = transpose ? [p.y, p.x] : [p.x, p.y];
      positions[node.id()] = { x: x * spread, y: y * spread };
    });
    if (!large && !options.overlapping) {
      positions = separateActors({
        nodes: [...nodes].sort(byId),
        edges: [...edges].sort(byId),
        positions,
        bundle: 'both',
      });
    }
    const round = (v: number) => Math.round(v * 10) / 10;
    return Object.fromEntries(
      Object.entries(positions).map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]),
    );
  } finally {
    cy.destroy();
  }
}

/** Cytoscape zoom and pan that fit these positions in a viewport, as the explorer's fit() would. */
export function fitViewport(
  positions: Record<string, Point>,
  viewport: { width: number; height: number },
  padding = 36,
): { zoom: number; pan: Point } {
  const points = Object.values(positions);
  if (points.length === 0) return { zoom: 1, pan: { x: viewport.width / 2, y: viewport.height / 2 } };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = Math.min(
    (viewport.width - 2 * padding) / Math.max(1, maxX - minX + 60),
    (viewport.height - 2 * padding) / Math.max(1, maxY - minY + 60),
  );
  const zoom = Math.min(2, Math.max(0.05, fit));
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    zoom: round(zoom),
    pan: {
      x: round(viewport.width / 2 - zoom * ((minX + maxX) / 2)),
      y: round(viewport.height / 2 - zoom * ((minY + maxY) / 2)),
    },
  };
}

/**
 * Spreads positions about their centre, uniformly, until each listed pair is at least
 * `minLength` apart (at most 4x): a path's verb labels then fit beside its edges.
 */
export function stretchApart(
  positions: Record<string, Point>,
  pairs: ReadonlyArray<{ source: string; target: string; minLength: number }>,
): Record<string, Point> {
  let factor = 1;
  for (const { source, target, minLength } of pairs) {
    const a = positions[source];
    const b = positions[target];
    if (!a || !b || source === target) continue;
    factor = Math.max(factor, minLength / Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)));
  }
  factor = Math.min(4, factor);
  if (factor <= 1) return positions;
  const points = Object.values(positions);
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [
      id,
      {
        x: Math.round((cx + (p.x - cx) * factor) * 10) / 10,
        y: Math.round((cy + (p.y - cy) * factor) * 10) / 10,
      },
    ]),
  );
}
