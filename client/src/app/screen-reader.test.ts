// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { select, setViewMode } from '../state/actions.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { connectScreenReader, createAnnouncer, showInGraph } from './screen-reader.ts';

let graph: HTMLElement;

beforeEach(() => {
  vi.useRealTimers();
  graph = document.createElement('div');
  graph.id = 'graph';
  graph.tabIndex = 0;
  document.body.replaceChildren(graph);
});

function connected(search = '') {
  const store = fixtureStore(search);
  const model = fixtureModel();
  const announcer = createAnnouncer();
  connectScreenReader(store, model, visibilitySelector(model), graph, announcer);
  const description = () =>
    document.getElementById(graph.getAttribute('aria-describedby') ?? '')?.textContent;
  return { store, model, announcer, description };
}

describe('what a screen reader hears of the canvas', () => {
  it('the canvas is described by what it shows, and the description follows the selection', () => {
    const { store, description } = connected();
    expect(description()).toBe('7 actors, 6 relationships.');
    store.dispatch(select({ kind: 'actor', id: 'PRK' }, 'graph'));
    expect(description()).toBe('7 actors, 6 relationships; North Korea selected, 2 relationships.');
  });

  it('one polite live region announces each selection change', () => {
    const { store, announcer } = connected();
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
    expect(announcer.element.getAttribute('aria-live')).toBe('polite');
    expect(announcer.element.textContent).toBe('');
    store.dispatch(select({ kind: 'actor', id: 'PRK' }, 'graph'));
    expect(announcer.element.textContent).toBe('North Korea selected, 2 relationships.');
    store.dispatch(select(null, 'other'));
    expect(announcer.element.textContent).toBe('Selection cleared.');
  });

  it('the same words again are said again: the region is emptied first', () => {
    vi.useFakeTimers();
    const announcer = createAnnouncer();
    announcer.announce('Once.');
    announcer.announce('Once.');
    expect(announcer.element.textContent).toBe('');
    vi.advanceTimersByTime(60);
    expect(announcer.element.textContent).toBe('Once.');
  });

  it('"Show in the graph" selects, leaves the table for the canvas, focuses it and says what it shows', () => {
    const { store, model, announcer } = connected('?view=table');
    store.dispatch(setViewMode('table'));
    showInGraph({ store, model, graph, announcer }, 'relationship', 'prk-provocation-kor');
    expect(store.getState().view).toBe('graph');
    expect(store.getState().selection).toEqual({ kind: 'relationship', id: 'prk-provocation-kor' });
    expect(document.activeElement).toBe(graph);
    expect(announcer.element.textContent).toBe('North Korea provokes South Korea: shown in the graph.');
  });
});
