import type { PathsResult } from '@briefgraph/graph/domain/schemas';
import type { GraphModel } from '../graph/graph-model.ts';
import { choosePath, clearPathQuery, retryPathQuery, submitPathQuery } from '../state/actions.ts';
import type { AppStore, PathSearch } from '../state/app-state.ts';
import type { PathQuery } from '../state/url-state.ts';
import { describeEmptyPathResult, pathChain } from '../text/sentences.ts';
import type { ActorSearch } from './actor-search.ts';
import { h } from './dom.ts';
import { createPathForm } from './path-form.ts';

/**
 * "How is South Korea connected to Russia?": the question (path-form.ts), and the answer as
 * readable chains, one of which can be chosen. It draws the store's path search and chosen path;
 * asking, choosing, clearing and retrying dispatch the path actions.
 */

export function createPathFinder(
  container: HTMLElement,
  pickers: { from: ActorSearch; to: ActorSearch },
  store: AppStore,
  model: GraphModel,
) {
  const form = createPathForm(pickers, {
    onSubmit: (query) => store.dispatch(submitPathQuery(query)),
    onClear: () => store.dispatch(clearPathQuery()),
  });
  const results = h('div', { class: 'path-results', 'data-testid': 'path-results', 'aria-live': 'polite' });
  let resultButtons: HTMLButtonElement[] = [];

  container.replaceChildren(
    h('h2', { id: 'path-title', class: 'section-title' }, 'Find paths'),
    form.element,
    results,
  );

  function showResults(result: PathsResult, query: PathQuery, selected: number | null) {
    if (result.paths.length === 0) {
      results.replaceChildren(
        h(
          'div',
          { class: 'notice', 'data-testid': 'path-empty' },
          h('p', null, describeEmptyPathResult(query, model.nameOf)),
          h('p', { class: 'muted small' }, 'Allow more hops, more types, or either direction.'),
        ),
      );
      return;
    }
    resultButtons = result.paths.map((path, i) =>
      h(
        'button',
        {
          type: 'button',
          class: 'path-result',
          'data-testid': 'path-result',
          'aria-pressed': String(i === selected),
          onclick: () => store.dispatch(choosePath(i)),
        },
        h(
          'span',
          { class: 'path-meta' },
          `Path ${i + 1} · ${path.length} ${path.length === 1 ? 'hop' : 'hops'}`,
        ),
        h('span', { class: 'path-chain' }, pathChain(path)),
      ),
    );
    const count = `${result.paths.length} ${result.paths.length === 1 ? 'path' : 'paths'}`;
    results.replaceChildren(
      h('p', { class: 'muted small' }, `${count}, shortest first. Choose one to see it on the graph.`),
      h('ol', { class: 'path-list' }, ...resultButtons.map((b) => h('li', null, b))),
    );
  }

  function showSearch(paths: PathSearch, selected: number | null) {
    resultButtons = [];
    if (paths.status === 'idle') results.replaceChildren();
    else if (paths.status === 'loading') {
      results.replaceChildren(h('p', { class: 'muted', role: 'status' }, 'Finding paths…'));
    } else if (paths.status === 'failed') {
      results.replaceChildren(
        h(
          'div',
          { class: 'notice error', role: 'alert' },
          h('p', null, `The path query failed. ${paths.message}`),
          h(
            'button',
            { type: 'button', class: 'button', onclick: () => store.dispatch(retryPathQuery()) },
            'Try again',
          ),
        ),
      );
    } else showResults(paths.result, paths.query, selected);
  }

  return {
    /** "Find a path from here": the form starts from this actor, the cursor in To. */
    startFrom: form.startFrom,
    submitIfReady: form.submitIfReady,

    /** Draws from the store from now on: the question, the search, the chosen path. */
    connect() {
      const subscriptions = [
        store.subscribe(
          (s) => s.pathQuery,
          (query) => form.setQuery(query, (id) => model.actor(id)),
          {
            immediate: true,
          },
        ),
        store.subscribe(
          (s) => s.paths,
          (paths, _, s) => showSearch(paths, s.pathIndex),
          { immediate: true },
        ),
        store.subscribe(
          (s) => s.pathIndex,
          (index) => {
            resultButtons.forEach((b, i) => {
              b.setAttribute('aria-pressed', String(i === index));
            });
          },
        ),
      ];
      return () => {
        for (const unsubscribe of subscriptions) unsubscribe();
      };
    },
  };
}

export type PathFinder = ReturnType<typeof createPathFinder>;
