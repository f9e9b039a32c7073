/**
 * A snapshot's scene: the shared drawing (graph/src/drawing/scene.ts) of its actors,
 * relationships and stored positions, with its emphasis. The explorer draws the same scene for
 * the same positions, so an image matches the view it came from.
 *
 * What is drawn follows the snapshot's emphasis (graph/src/domain/emphasis.ts): with scope
 * "all" everything, the emphasised elements at full strength and the rest faded; with scope
 * "emphasis" the emphasised elements only. Verbs read as their modality does (modalVerb).
 */
import { corroboration } from '@briefgraph/graph/domain/corroboration';
import { emphasisedIds } from '@briefgraph/graph/domain/emphasis';
import type { Actor, Relationship, Snapshot } from '@briefgraph/graph/domain/schemas';
import { EDGE_LABEL } from '@briefgraph/graph/drawing/labels';
import { NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import {
  buildScene as buildSharedScene,
  type Scene as SharedScene,
  type SceneEdge as SharedSceneEdge,
  type SceneNode as SharedSceneNode,
} from '@briefgraph/graph/drawing/scene';

export const NODE_LABEL_SIZE = NODE_LABEL.size;
export const NODE_LABEL_LINE = NODE_LABEL.lineHeight;
/** The verbs' font size: query layouts leave room for it beside highlighted edges. */
export const EDGE_LABEL_SIZE = EDGE_LABEL.size;

export type Scene = SharedScene<Actor, Relationship>;
export type SceneNode = SharedSceneNode<Actor>;
export type SceneEdge = SharedSceneEdge<Actor, Relationship>;

export type SceneSnapshot = Pick<Snapshot, 'nodes' | 'edges' | 'positions' | 'highlightedPath'> &
  Partial<Pick<Snapshot, 'emphasis' | 'scope' | 'bundle' | 'corroboration'>>;

/** The actors and relationships an image draws, and what its emphasis keeps at full strength. */
export interface Drawn {
  nodes: readonly Actor[];
  edges: readonly Relationship[];
  /** Ids kept at full strength; null when nothing is emphasised. */
  kept: Set<string> | null;
  /** True when scope "emphasis" left elements out. */
  cut: boolean;
}

export function drawnElements(snapshot: SceneSnapshot): Drawn {
  const kept = emphasisedIds(snapshot);
  if (snapshot.scope !== 'emphasis' || !kept)
    return { nodes: snapshot.nodes, edges: snapshot.edges, kept, cut: false };
  const nodes = snapshot.nodes.filter((n) => kept.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = snapshot.edges.filter((e) => kept.has(e.id) && ids.has(e.source) && ids.has(e.target));
  // An emphasis naming nothing that is here would leave an empty picture: draw it all instead.
  if (nodes.length === 0) return { nodes: snapshot.nodes, edges: snapshot.edges, kept, cut: false };
  return {
    nodes,
    edges,
    kept,
    cut: nodes.length < snapshot.nodes.length || edges.length < snapshot.edges.length,
  };
}

/**
 * Model coordinates beyond any real layout (a 2,000-actor layout spans a few thousand px): the
 * schema allows ±1,000,000, but the label and curve grids (64 px cells) would need millions of
 * cells for a curve that long. A wider spread is scaled down about its centre to this.
 */
export const MAX_SPREAD = 20_000;

export function boundedPositions(positions: Snapshot['positions']): Snapshot['positions'] {
  const points = Object.values(positions);
  if (points.length === 0) return positions;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spread = Math.max(maxX - minX, maxY - minY);
  if (spread <= MAX_SPREAD) return positions;
  const k = MAX_SPREAD / spread;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [id, { x: cx + (p.x - cx) * k, y: cy + (p.y - cy) * k }]),
  );
}

export interface SceneOptions {
  /** Names and verbs this many times their size, actors and lines as they are (graph/src/drawing/labels.ts). */
  textScale?: number;
}

export function buildScene(snapshot: SceneSnapshot, options: SceneOptions = {}): Scene {
  const drawn = drawnElements(snapshot);
  const selected = snapshot.emphasis?.selected;
  return buildSharedScene<Actor, Relationship>({
    nodes: drawn.nodes,
    edges: drawn.edges,
    positions: boundedPositions(snapshot.positions),
    path: snapshot.highlightedPath ?? [],
    selected: selected?.id ?? null,
    // The selected actor's relationships a little thicker, as the explorer draws them.
    incident:
      selected?.kind === 'actor'
        ? drawn.edges.filter((e) => e.source === selected.id || e.target === selected.id).map((e) => e.id)
        : [],
    // As in the explorer: a path (or a focus) is lit and the rest ghosted behind it; with scope
    // "emphasis" the rest is not drawn, so nothing is ghosted.
    keep: drawn.cut ? null : drawn.kept,
    // Parallel relationships of one pair and class merged into one line with a count, when the
    // snapshot was made so (version 1 snapshots never were).
    bundle: snapshot.bundle ?? false,
    textScale: options.textScale ?? 1,
    modalVerbs: true,
    // Wider lines for relationships more briefs support, when the view was drawn so.
    corroborationOf: snapshot.corroboration ? corroboration : undefined,
  });
}
