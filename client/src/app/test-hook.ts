/**
 * A tiny read-only window into what the canvas draws, for the end-to-end tests only:
 * canvas pixels cannot be queried, so the tests ask here. Nothing in the app reads it.
 */

export interface TestHookSource {
  selectedId(): string | null;
  visibleNodeIds(): string[];
  highlightedElementIds(): string[];
  /** Client (viewport) coordinates of an actor's centre or a relationship's midpoint. */
  renderedPosition(id: string): { x: number; y: number } | null;
  viewport(): { zoom: number; pan: { x: number; y: number } } | null;
  readonly timing: { readonly dataAt: number; readonly renderedAt: number };
}

export interface BriefgraphTestHook {
  selectedId(): string | null;
  visibleNodeIds(): string[];
  highlightedElementIds(): string[];
  renderedPosition(id: string): { x: number; y: number } | null;
  /** Cytoscape's zoom and pan, null before the graph is drawn. */
  viewport(): { zoom: number; pan: { x: number; y: number } } | null;
  /** performance.now() when the first layout finished; 0 before. */
  readonly renderedAt: number;
  /** performance.now() when the graph data arrived; 0 before. */
  readonly dataAt: number;
}

declare global {
  interface Window {
    __briefgraph?: BriefgraphTestHook;
  }
}

export function installTestHook(source: TestHookSource): void {
  const hook: BriefgraphTestHook = {
    selectedId: () => source.selectedId(),
    visibleNodeIds: () => source.visibleNodeIds(),
    highlightedElementIds: () => source.highlightedElementIds(),
    renderedPosition: (id) => source.renderedPosition(id),
    viewport: () => source.viewport(),
    get renderedAt() {
      return source.timing.renderedAt;
    },
    get dataAt() {
      return source.timing.dataAt;
    },
  };
  Object.defineProperty(window, '__briefgraph', { value: Object.freeze(hook), configurable: false });
}
