/**
 * The selection and the emphasis as the canvas draws them: classes on the canvas's elements on
 * a small graph (cy-emphasis.ts); on a big one the overlay (cy-emphasis-overlay.ts), which
 * leaves the canvas's cached drawing alone, unless a focus is wider than it should hold. The
 * overlay's module is loaded when a graph is big (a small graph never needs it); until it is
 * there, the classes draw.
 */
import type cytoscape from 'cytoscape';
import type { Selection } from '../state/url-state.ts';
import { applyEmphasis, applySelection, emphasisedIds, overlayContent } from './cy-emphasis.ts';
import type { EmphasisOverlay } from './cy-emphasis-overlay.ts';
import type { Emphasis } from './graph-view-types.ts';

/**
 * A big graph's emphasis is drawn by the overlay up to this many elements in focus; a focus
 * wider than that (a hub three steps out) goes on the canvas as classes, whose one redraw costs
 * less then than drawing that many twice on every frame.
 */
export const OVERLAY_LIMIT = 4_000;

export interface EmphasisDrawing {
  setSelection(selection: Selection): void;
  setEmphasis(emphasis: Emphasis | null): void;
  /** Draws what is set again: the actors moved, their names or visibility changed, or the graph's size. */
  redraw(): void;
  /** The ids at full strength while something is faded, else none. */
  emphasisedIds(): string[];
  /** Makes the overlay now, while nothing waits (a big graph). */
  prepare(): void;
  resize(): void;
  destroy(): void;
}

export interface EmphasisHost {
  large(): boolean;
  bundling(): boolean;
  /** The element drawn for an id (a bundled relationship's bundle). */
  drawnOf(id: string): cytoscape.CollectionReturnValue;
  /** The scene draws bundles from their members' classes: it is asked again when they change. */
  scheduleScene(): void;
}

export function createEmphasisDrawing(
  cy: cytoscape.Core,
  container: HTMLElement,
  host: EmphasisHost,
): EmphasisDrawing {
  let overlay: EmphasisOverlay | null = null;
  let loading: Promise<EmphasisOverlay | null> | null = null;
  function loadOverlay(): Promise<EmphasisOverlay | null> {
    loading ??= import('./cy-emphasis-overlay.ts')
      .then(({ createEmphasisOverlay }) => {
        if (cy.destroyed()) return null;
        overlay = createEmphasisOverlay(cy, container);
        // What was drawn as classes meanwhile moves onto the overlay.
        draw();
        return overlay;
      })
      // A chunk that cannot be fetched leaves the classes drawing, as on a small graph.
      .catch(() => null);
    return loading;
  }
  let selection: Selection = null;
  let emphasis: Emphasis | null = null;
  // Whether they are classes on the canvas now rather than drawn by the overlay.
  let marked = true;
  // A click sets the selection, then the emphasis: a big graph draws them once, for both.
  let queued = false;

  function mark() {
    applySelection(cy, selection);
    applyEmphasis(cy, emphasis);
    marked = true;
    // On a big graph (straight edges) emphasis changes nothing the scene places but verbs,
    // and bundles, which are drawn from their members' classes.
    if (!host.large() || host.bundling()) host.scheduleScene();
  }

  function flush() {
    if (!queued) return;
    queued = false;
    if (cy.destroyed() || !host.large()) return;
    const content = overlayContent(cy, host.drawnOf, selection, emphasis);
    if (!overlay || content.classes.size > OVERLAY_LIMIT) {
      if (!overlay) void loadOverlay();
      overlay?.clear();
      mark();
      return;
    }
    if (marked) {
      applySelection(cy, null);
      applyEmphasis(cy, null);
      marked = false;
    }
    if (content.classes.size || content.fade) overlay.show(content);
    else overlay.clear();
  }

  function draw() {
    if (!host.large()) {
      overlay?.clear();
      mark();
      return;
    }
    if (queued) return;
    queued = true;
    queueMicrotask(flush);
  }

  return {
    setSelection(next) {
      selection = next;
      draw();
    },
    setEmphasis(next) {
      emphasis = next;
      draw();
    },
    redraw: draw,
    emphasisedIds() {
      flush();
      return emphasisedIds(cy, selection, emphasis);
    },
    prepare() {
      if (!cy.destroyed() && host.large()) void loadOverlay().then((made) => made?.prepare());
    },
    resize() {
      overlay?.resize();
    },
    destroy() {
      overlay?.destroy();
    },
  };
}
