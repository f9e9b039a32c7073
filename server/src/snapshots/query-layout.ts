/**
 * The layout the server hands to the snapshot use case (graph/src/snapshots/draft-snapshot.ts)
 * for snapshots made from a query: headless Cytoscape + fcose, then room for the verbs of the
 * highlighted relationships, fitted to DEFAULT_VIEWPORT.
 */

import { getRelationshipType } from '@briefgraph/graph/domain/vocabulary';
import { fitViewport, layoutGraph, stretchApart } from '@briefgraph/graph/drawing/layout';
import type { LayoutFn } from '@briefgraph/graph/snapshots/draft-snapshot';
import { textWidth } from './fonts.ts';
import { EDGE_LABEL_SIZE } from './scene.ts';

/** The viewport a server-made snapshot's zoom and pan are fitted to. */
export const DEFAULT_VIEWPORT = { width: 1200, height: 800 } as const;

export const queryLayout: LayoutFn = (nodes, edges, labelled) => {
  // Highlighted edges carry their verb: room for it beside the edge, between the two actors.
  const positions = stretchApart(
    layoutGraph([...nodes], [...edges]),
    labelled.map((e) => ({
      source: e.source,
      target: e.target,
      minLength: textWidth(getRelationshipType(e.type).label, EDGE_LABEL_SIZE, true) + 100,
    })),
  );
  return { positions, ...fitViewport(positions, DEFAULT_VIEWPORT), viewport: { ...DEFAULT_VIEWPORT } };
};
