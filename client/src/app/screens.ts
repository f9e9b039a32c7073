import type { GraphModel } from '../graph/graph-model.ts';
import type { GraphView, GraphViewEvents } from '../graph/graph-view-types.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { createActorActions } from '../ui/actor-actions.ts';
import { createEmptyNotice } from '../ui/empty-notice.ts';
import { createPresentationView } from '../ui/presentation-view.ts';
import { createScreenSheet } from '../ui/screen-sheet.ts';
import { createViewportLink } from './viewport-link.ts';

/**
 * The explorer on every screen, put together: the sheet below 1280 px, presentation mode, the
 * view kept in the link, a long press's actions, and the notice over a graph the filters
 * emptied. The canvas's events for them go into the GraphView's; the rest draws from the
 * store once the first graph is drawn.
 */

export interface ScreensDeps {
  readonly store: AppStore;
  readonly model: GraphModel;
  readonly visibility: (s: AppState) => Visibility;
  readonly readOnly: boolean;
  readonly expand: (id: string) => void;
  readonly pathFrom: (id: string) => void;
}

function element(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`The page has no ${selector}`);
  return el;
}

export function createScreens(deps: ScreensDeps) {
  const { store, model, visibility } = deps;
  const graph = element('#graph');
  const stage = element('.stage');
  const sheet = createScreenSheet(
    element('.workspace'),
    { paths: element('.column-left'), details: element('.column-right') },
    store,
  );
  const viewport = createViewportLink(store, graph, { readOnly: deps.readOnly });
  const actions = createActorActions(store, {
    expand: deps.expand,
    pathFrom: deps.pathFrom,
    nameOf: model.nameOf,
  });
  const presentation = createPresentationView(stage, store, model, visibility);
  const empty = createEmptyNotice(stage, store, model, visibility);
  // The sheet is laid out before the first graph, so the canvas is sized once.
  sheet.connect();

  const events: Pick<GraphViewEvents, 'onViewport' | 'onHold'> = {
    onViewport: (v) => viewport.moved(v),
    onHold: (id, at) => {
      if (!deps.readOnly) actions.open(id, at);
    },
  };

  return {
    events,
    /** After the first graph is laid out. */
    connect(view: GraphView): void {
      viewport.connect(view);
      presentation.connect(view);
      empty.connect();
      // A phone's sheet raised to half makes the graph its top half: the selection stays in sight.
      store.subscribe(
        (s) => s.sheet.snap,
        () =>
          requestAnimationFrame(() => {
            view.resize();
            const { selection } = store.getState();
            if (selection) view.reveal(selection.id);
          }),
      );
    },
  };
}
