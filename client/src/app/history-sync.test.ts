// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choosePath, pathsArrived, select, submitPathQuery } from '../state/actions.ts';
import type { AppStore, PathRequest } from '../state/app-state.ts';
import { PATH_DEFAULTS } from '../state/url-state.ts';
import { fixtureStore } from '../test-support/explorer-state.ts';
import { actors, koreaToRussia } from '../test-support/fixtures.ts';
import { connectHistory } from './history-sync.ts';

let store: AppStore;
let disconnect: () => void;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  store = fixtureStore();
  disconnect = connectHistory(store, { snapshot: false });
});
afterEach(() => disconnect());

describe('the address bar', () => {
  it('each change of the link is a new history entry', () => {
    const before = window.history.length;
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'other'));
    store.dispatch(select({ kind: 'relationship', id: 'kor-alliance-usa' }, 'other'));
    expect(location.search).toBe('?rel=kor-alliance-usa');
    expect(window.history.length).toBe(before + 2);
  });

  it('a change that leaves the link as it is enters nothing', () => {
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'other'));
    const length = window.history.length;
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    expect(window.history.length).toBe(length);
  });

  it('the first path found replaces the entry of the question', () => {
    store.dispatch(submitPathQuery({ from: 'KOR', to: 'RUS', types: [], ...PATH_DEFAULTS }));
    const length = window.history.length;
    const result = { from: actors[0]!, to: actors[4]!, paths: [koreaToRussia] };
    store.dispatch(pathsArrived(store.getState().paths as PathRequest, result));
    expect(location.search).toBe('?from=KOR&to=RUS&path=1');
    expect(window.history.length).toBe(length);
    store.dispatch(choosePath(0));
    expect(window.history.length).toBe(length);
  });

  it('Back restores the state of the entry it goes to', async () => {
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'other'));
    store.dispatch(select({ kind: 'actor', id: 'USA' }, 'other'));
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'KOR' });
    expect(store.getState().history).toBe('none');
    expect(location.search).toBe('?actor=KOR');
  });
});
