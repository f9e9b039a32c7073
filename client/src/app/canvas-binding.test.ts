// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  actorsMoved,
  choosePath,
  focusOn,
  relayout,
  select,
  setBundle,
  setLayout,
  setViewMode,
  toggleHiddenType,
} from '../state/actions.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { toSearch } from '../state/url-state.ts';
import { drawCalls, fixtureModel, fixtureStore, recordingView } from '../test-support/explorer-state.ts';
import { koreaToRussia } from '../test-support/fixtures.ts';
import { connectCanvas } from './canvas-binding.ts';

function connected(search = '', options: { emphasised?: string[] } = {}) {
  const store = fixtureStore(search);
  const model = fixtureModel();
  const view = recordingView(options);
  const elements = { graph: document.createElement('div'), table: document.createElement('div') };
  connectCanvas(store, model, view, visibilitySelector(model), elements, { firstSeed: 5 });
  view.calls.length = 0;
  return { store, view, elements };
}

describe('the canvas draws the store', () => {
  it('on connecting: what is shown, the selection, the emphasis and the view', () => {
    const store = fixtureStore('?actor=KOR');
    const model = fixtureModel();
    const view = recordingView();
    const elements = { graph: document.createElement('div'), table: document.createElement('div') };
    connectCanvas(store, model, view, visibilitySelector(model), elements);
    expect(drawCalls(view)).toEqual(['setVisibility', 'setSelection', 'setEmphasis', 'resize']);
    expect(view.calls[1]?.args).toEqual([{ kind: 'actor', id: 'KOR' }]);
  });

  it('merges parallel relationships when the one switch says so, and parts them again', () => {
    const { store, view } = connected();
    store.dispatch(setBundle(true));
    expect(drawCalls(view)).toEqual(['setBundling']);
    expect(view.calls.at(-1)?.args).toEqual([true]);
  });

  it('a fresh layout keeps its seed in the link, the first seed is left out, and dragging is kept', async () => {
    const { store, view } = connected();
    (view as { layoutSeed: () => number }).layoutSeed = () => 777;
    store.dispatch(relayout());
    await vi.waitFor(() => expect(store.getState().seed).toBe(777));
    expect(toSearch(store.getState())).toBe('?seed=777');
    store.dispatch(actorsMoved({ KOR: { x: 10.4, y: 20.6 } }));
    expect(toSearch(store.getState())).toBe('?seed=777&pos=KOR:10,21');
    expect(store.getState().history).toBe('replace');
    (view as { layoutSeed: () => number }).layoutSeed = () => 5;
    store.dispatch(relayout());
    await vi.waitFor(() => expect(store.getState().seed).toBeNull());
    expect(store.getState().positions).toBeNull();
  });

  it('selecting a shown actor on the canvas redraws the selection and the fading only, and pans nowhere', () => {
    const { store, view } = connected();
    store.dispatch(select({ kind: 'actor', id: 'USA' }, 'graph'));
    expect(drawCalls(view)).toEqual(['setSelection', 'setEmphasis']);
  });

  it('a selection made elsewhere is panned into view', () => {
    const { store, view } = connected();
    store.dispatch(select({ kind: 'relationship', id: 'chn-support-prk' }, 'reader'));
    expect(drawCalls(view)).toEqual(['setSelection', 'setEmphasis', 'reveal']);
    expect(view.calls.at(-1)?.args).toEqual(['chn-support-prk']);
  });

  it('hiding a type redraws what is shown and the fading, nothing else', () => {
    const { store, view } = connected();
    store.dispatch(toggleHiddenType('LEADERSHIP'));
    expect(drawCalls(view)).toEqual(['setVisibility', 'setEmphasis']);
  });

  it('focusing fades all but the neighbourhood and fits the canvas to it', () => {
    const { store, view } = connected('?actor=PRK', { emphasised: ['PRK', 'KOR'] });
    store.dispatch(focusOn('PRK', 1));
    expect(drawCalls(view)).toEqual(['setEmphasis', 'fit']);
    const emphasis = view.calls[0]?.args[0] as { keep: Set<string> };
    expect([...emphasis.keep].sort()).toEqual([
      'CHN',
      'KOR',
      'PRK',
      'chn-support-prk',
      'prk-provocation-kor',
    ]);
    expect(view.calls.at(-1)?.args).toEqual([['PRK', 'KOR']]);
  });

  it('choosing a found path draws it as the path, fades the rest, and fits the canvas to it', () => {
    const { store, view } = connected('?from=KOR&to=RUS', { emphasised: ['KOR', 'RUS'] });
    const query = store.getState().pathQuery!;
    const result = { from: koreaToRussia.nodes[0]!, to: koreaToRussia.nodes[3]!, paths: [koreaToRussia] };
    store.dispatch((s) => ({ ...s, paths: { status: 'done', query, result, run: 0 } }));
    expect(drawCalls(view)).toEqual([]);
    store.dispatch(choosePath(0));
    expect(drawCalls(view)).toEqual(['setEmphasis', 'fit']);
    const emphasis = view.calls[0]?.args[0] as { keep: Set<string>; path: Set<string> };
    const ids = ['KOR', 'kor-alliance-usa', 'USA', 'usa-opposition-chn', 'CHN', 'chn-partnership-rus', 'RUS'];
    expect([[...emphasis.keep], [...emphasis.path]]).toEqual([ids, ids]);
  });

  it('a new layout runs, rooted at the selected actor, animated', () => {
    const { store, view } = connected('?actor=USA');
    store.dispatch(setLayout('breadthfirst'));
    expect(view.calls.filter((c) => c.method === 'runLayout').map((c) => c.args)).toEqual([
      [{ name: 'breadthfirst', rootId: 'USA', animate: true }],
    ]);
  });

  it('the table view hides the canvas; back on the graph, it is resized', () => {
    const { store, view, elements } = connected();
    store.dispatch(setViewMode('table'));
    expect([elements.graph.hidden, elements.table.hidden]).toEqual([true, false]);
    expect(drawCalls(view)).toEqual([]);
    store.dispatch(setViewMode('graph'));
    expect([elements.graph.hidden, elements.table.hidden]).toEqual([false, true]);
    expect(drawCalls(view)).toEqual(['resize']);
  });
});
