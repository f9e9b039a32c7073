/**
 * The headless layout lives with the rest of the drawing in graph/src/drawing/layout.ts; this
 * re-export keeps the snapshot builder's import working until it imports from there.
 */
export {
  fitViewport,
  LayoutTooLargeError,
  layoutGraph,
  stretchApart,
} from '@briefgraph/graph/drawing/layout';
