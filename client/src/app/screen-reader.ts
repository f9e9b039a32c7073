import type { GraphModel } from '../graph/graph-model.ts';
import { select, setViewMode } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { viewSummary } from '../state/selectors.ts';
import { describeElement } from '../text/describe.ts';
import { describeView, modelNames, selectionAnnouncement } from '../text/view-description.ts';
import { h } from '../ui/dom.ts';

/**
 * What a screen reader hears of the canvas: its accessible description, kept in step with what is
 * shown and selected, and the page's one polite live region, which says when the selection changes
 * (and anything else the page announces, such as "shown in the graph").
 */

export interface Announcer {
  readonly element: HTMLElement;
  announce(text: string): void;
}

/** The one live region; made at once, as a region must be in the page before it speaks. */
export function createAnnouncer(parent: HTMLElement = document.body): Announcer {
  const element = h('div', {
    id: 'announcer',
    class: 'visually-hidden',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    'data-testid': 'announcer',
  });
  parent.append(element);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    announce(text) {
      clearTimeout(timer);
      // The same words again are a change only after the region was emptied.
      if (element.textContent === text) {
        element.textContent = '';
        timer = setTimeout(() => {
          element.textContent = text;
        }, 50);
      } else element.textContent = text;
    },
  };
}

/** Describes the canvas (aria-describedby) and announces selection changes, from now on. */
export function connectScreenReader(
  store: AppStore,
  model: GraphModel,
  visibility: (s: AppState) => Visibility,
  graph: HTMLElement,
  announcer: Announcer,
): () => void {
  const names = modelNames(model);
  const description = h('p', { id: 'graph-description', class: 'visually-hidden' });
  graph.insertAdjacentElement('afterend', description);
  graph.setAttribute('aria-describedby', description.id);
  const summary = (s: AppState) => viewSummary(s, model, visibility(s));
  const subscriptions = [
    store.subscribe(
      (s) => describeView(summary(s), names),
      (text) => {
        description.textContent = text;
      },
      { immediate: true },
    ),
    store.subscribe(
      (s) => s.selection,
      (_, __, s) => announcer.announce(selectionAnnouncement(summary(s), names)),
    ),
  ];
  return () => {
    for (const unsubscribe of subscriptions) unsubscribe();
  };
}

/**
 * "Show in the graph": the canvas (from the table view too) brings the element into view, takes
 * the keyboard focus, and the live region names what it shows.
 */
export function showInGraph(
  page: { store: AppStore; model: GraphModel; graph: HTMLElement; announcer: Announcer },
  kind: 'actor' | 'relationship',
  id: string,
): void {
  const { store } = page;
  if (store.getState().view !== 'graph') store.dispatch(setViewMode('graph'));
  store.dispatch(select({ kind, id }, 'other'));
  page.graph.focus({ preventScroll: true });
  page.announcer.announce(`${describeElement(page.model, { kind, id }) ?? id}: shown in the graph.`);
}
