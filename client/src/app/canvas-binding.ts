import type { GraphView } from '../graph/cy-adapter.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import { layoutRan } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { emphasisIds, shownPath } from '../state/selectors.ts';
import { shallowEqual } from '../state/store.ts';

/**
 * The canvas draws the store: what is shown, what is selected, what is emphasised (the path
 * drawn, or the focus's neighbourhood, fading the rest), graph or table, the layout runs asked
 * for, and the user's attention (the selection panned into view, the emphasis fitted).
 * Subscribed in this order: fading spares the selected element, so selection is drawn first.
 */

export interface CanvasElements {
  readonly graph: HTMLElement;
  readonly table: HTMLElement;
}

/** The actor a layout is rooted at (breadth-first): the selected one, or else the focused one. */
export function layoutRoot(s: AppState): string | null {
  return s.selection?.kind === 'actor' ? s.selection.id : (s.focus?.actorId ?? null);
}

export function connectCanvas(
  store: AppStore,
  model: GraphModel,
  view: GraphView,
  visibility: (s: AppState) => Visibility,
  elements: CanvasElements,
  /** The seed of a view's first layout (FIRST_LAYOUT_SEED), which a link leaves out. */
  options: { firstSeed?: number } = {},
): () => void {
  const subscriptions = [
    store.subscribe(visibility, (shown) => view.setVisibility(shown), { immediate: true }),
    store.subscribe(
      (s) => s.selection,
      (selection) => view.setSelection(selection),
      { immediate: true },
    ),
    store.subscribe(
      (s) => ({
        selection: s.selection,
        path: shownPath(s),
        focus: s.focus,
        visibility: visibility(s),
        graphVersion: s.graphVersion,
      }),
      (slice, _, s) => view.setEmphasis(emphasisIds(s, model, slice.visibility)),
      { equals: shallowEqual, immediate: true },
    ),
    store.subscribe(
      (s) => s.view,
      (mode) => {
        elements.graph.hidden = mode !== 'graph';
        elements.table.hidden = mode !== 'table';
        if (mode === 'graph') view.resize();
      },
      { immediate: true },
    ),
    // One switch for the canvas and its images: the canvas merges what Export and Share merge.
    store.subscribe(
      (s) => s.drawing.bundle,
      (on) => {
        if (view.bundling() !== on) view.setBundling(on);
      },
      { immediate: true },
    ),
    store.subscribe(
      // Off in a new view as in the first state (a link does not carry it): only changes are drawn.
      (s) => s.drawing.corroboration,
      (on) => view.setCorroborationWidths(on),
    ),
    store.subscribe(
      (s) => s.layoutRuns,
      // The fresh seed goes into the link, so a reload draws this picture again.
      (_, __, s) =>
        void view.runLayout({ name: s.layout, rootId: layoutRoot(s), animate: true }).then(() => {
          const seed = view.layoutSeed();
          store.dispatch(layoutRan(seed === options.firstSeed ? null : seed));
        }),
    ),
    store.subscribe(
      (s) => s.attention,
      (attention, _, s) => {
        if (s.view !== 'graph') return;
        if (attention.to === 'emphasis') {
          const ids = view.emphasisedIds();
          if (ids.length) view.fit(ids);
        } else if (s.selection && attention.origin !== 'graph') view.reveal(s.selection.id);
      },
    ),
  ];
  return () => {
    for (const unsubscribe of subscriptions) unsubscribe();
  };
}
