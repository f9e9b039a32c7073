/**
 * A snapshot's scene: the shared drawing (graph/src/drawing/scene.ts) of its actors,
 * relationships and stored positions, with its highlighted path. The explorer draws the same
 * scene for the same positions, so an image matches the view it came from.
 */
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

export function buildScene(
  snapshot: Pick<Snapshot, 'nodes' | 'edges' | 'positions' | 'highlightedPath'> &
    Partial<Pick<Snapshot, 'emphasis'>>,
): Scene {
  return buildSharedScene<Actor, Relationship>({
    nodes: snapshot.nodes,
    edges: snapshot.edges,
    positions: snapshot.positions,
    path: snapshot.highlightedPath ?? [],
    // As in the explorer: a path (or a focus) is lit and the rest ghosted behind it.
    keep: emphasisedIds(snapshot),
  });
}
