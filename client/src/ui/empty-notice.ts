import type { GraphModel } from '../graph/graph-model.ts';
import { showEverything } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { shallowEqual } from '../state/store.ts';
import { h } from './dom.ts';

/**
 * When the filters hide every relationship, the canvas would be blank: this says why, over the
 * graph, with one button that shows everything again.
 */
export function createEmptyNotice(
  stage: HTMLElement,
  store: AppStore,
  model: GraphModel,
  visibility: (s: AppState) => Visibility,
) {
  const notice = h(
    'div',
    { class: 'stage-empty', role: 'status', 'data-testid': 'filters-empty', hidden: true },
    h('p', null, 'Every relationship is hidden by the filters.'),
    h(
      'button',
      {
        type: 'button',
        class: 'button primary',
        'data-testid': 'show-everything',
        onclick: () => store.dispatch(showEverything()),
      },
      'Show all',
    ),
  );
  stage.append(notice);
  return {
    connect() {
      return store.subscribe(
        (s) => ({ shown: visibility(s), view: s.view, graphVersion: s.graphVersion }),
        ({ shown, view }) => {
          notice.hidden = !(view === 'graph' && model.relationships.size > 0 && shown.edges.size === 0);
        },
        { equals: shallowEqual, immediate: true },
      );
    },
  };
}
