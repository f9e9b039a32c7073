import type { GraphView } from '../graph/graph-view-types.ts';
import type { AppStore } from '../state/app-state.ts';
import { viewportMoved } from '../state/screen-actions.ts';
import { type LinkViewport, linkViewport, sameViewport } from '../state/url-state.ts';

/**
 * Where the canvas looks, in the link (`vp=zoom,x,y`, url-state.ts) and back: the view's moves
 * go into the state (debounced), a link's view is put back once drawn (and on Back/Forward).
 * The link keeps the model point at the centre rather than Cytoscape's pan, so a link opened
 * on another screen size looks at the same place. The canvas is resized with its box (a sheet
 * opened or closed, presentation mode), keeping its centre.
 */

interface Size {
  readonly width: number;
  readonly height: number;
}
interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** The model point at the centre of a canvas of this size. */
export function centreOf({ zoom, pan }: Viewport, { width, height }: Size): LinkViewport {
  return { zoom, x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom };
}

/** The pan that puts the link's centre at the centre of a canvas of this size. */
export function panFor(v: LinkViewport, { width, height }: Size): { x: number; y: number } {
  return { x: width / 2 - v.x * v.zoom, y: height / 2 - v.y * v.zoom };
}

const DEBOUNCE_MS = 250;

export function createViewportLink(store: AppStore, container: HTMLElement, options: { readOnly: boolean }) {
  let view: GraphView | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const size = (): Size => ({ width: container.clientWidth, height: container.clientHeight });

  return {
    /** The canvas's viewport event (GraphViewEvents.onViewport); nothing is kept until connected. */
    moved(viewport: Viewport) {
      // A permalink shows its snapshot's own view; its link stays as shared.
      if (!view || options.readOnly) return;
      clearTimeout(timer);
      timer = setTimeout(() => store.dispatch(viewportMoved(centreOf(viewport, size()))), DEBOUNCE_MS);
    },

    /** Once the first graph is laid out: the link's view is put back, and followed from now on. */
    connect(canvas: GraphView): () => void {
      view = canvas;
      // The panels connected with the first graph may have made the box smaller since the
      // canvas was made: sized now, before its first paint and before the link's view is put
      // back, not by the observer after the paint (a second full paint of a big graph).
      canvas.resize();
      const off = store.subscribe(
        (s) => s.viewport,
        (wanted) => {
          if (!wanted || options.readOnly) return;
          const current = linkViewport(centreOf(canvas.viewState(), size()));
          if (sameViewport(current, wanted)) return;
          canvas.setViewport({ zoom: wanted.zoom, pan: panFor(wanted, size()) });
        },
        { equals: sameViewport, immediate: true },
      );
      // The canvas's size follows its box (GraphView.resize keeps the centre).
      const observer =
        typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => canvas.resize());
      observer?.observe(container);
      return () => {
        off();
        observer?.disconnect();
        clearTimeout(timer);
      };
    },
  };
}
