// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../state/app-state.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { fixtureModel, fixtureStore, recordingView } from '../test-support/explorer-state.ts';
import { koreaToRussia } from '../test-support/fixtures.ts';
import { createEmptyNotice } from './empty-notice.ts';
import { createPresentationView, PRESENTATION_ZOOMS } from './presentation-view.ts';

let stage: HTMLElement;
const byTest = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const key = (k: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

function withPath(search: string): Partial<AppState> {
  const query = {
    from: 'KOR',
    to: 'RUS',
    k: 3,
    maxHops: 4,
    types: [],
    direction: 'any',
    stance: 'any',
  } as const;
  const result = { from: koreaToRussia.nodes[0]!, to: koreaToRussia.nodes[3]!, paths: [koreaToRussia] };
  return search ? { paths: { status: 'done', query, result, run: 1 } } : {};
}

beforeEach(() => {
  stage = document.createElement('div');
  document.body.replaceChildren(stage);
  document.body.className = '';
});

describe('presentation mode', () => {
  it('P enters it: the page is marked, fits use larger zooms, the overview counts the hops', () => {
    const search = '?from=KOR&to=RUS&path=1';
    const store = fixtureStore(search, withPath(search));
    const model = fixtureModel();
    const view = recordingView();
    createPresentationView(stage, store, model, visibilitySelector(model)).connect(view);
    expect(byTest('presentation').hidden).toBe(true);
    key('p');
    expect(store.getState().present).toBe(true);
    expect(document.body.classList.contains('presenting')).toBe(true);
    expect(view.calls.filter((c) => c.method === 'setFitZooms').at(-1)?.args[0]).toEqual(PRESENTATION_ZOOMS);
    expect(byTest('present-counter').textContent).toBe('Overview · 3 hops · → to step');
  });

  it('→ and ← step hop by hop with the hop’s ends, sentence and quote; Esc leaves', () => {
    const search = '?from=KOR&to=RUS&path=1&present=1';
    const store = fixtureStore(search, withPath(search));
    const model = fixtureModel();
    createPresentationView(stage, store, model, visibilitySelector(model)).connect(recordingView());
    key('ArrowRight');
    expect(byTest('present-counter').textContent).toBe('Hop 1 of 3');
    expect(byTest('present-title').textContent).toBe('South Korea → United States');
    expect(byTest('present-sentence').textContent).toBe('South Korea is allied with United States');
    expect(byTest('present-quote').textContent).toBe('“quote”');
    // The fixture's briefs are not listed: the citation falls back to the brief's id.
    expect(byTest('present-source').textContent).toBe('brief-one');
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowRight');
    expect(byTest('present-counter').textContent).toBe('Hop 3 of 3');
    expect((byTest('present-next') as HTMLButtonElement).disabled).toBe(true);
    key('ArrowLeft');
    expect(byTest('present-counter').textContent).toBe('Hop 2 of 3');
    key('Escape');
    expect(store.getState().present).toBe(false);
    expect(byTest('presentation').hidden).toBe(true);
  });

  it('while a link’s path is being found, says so; once found, counts its hops', () => {
    const store = fixtureStore('?from=KOR&to=RUS&path=1&present=1');
    const model = fixtureModel();
    createPresentationView(stage, store, model, visibilitySelector(model)).connect(recordingView());
    expect(byTest('present-title').textContent).toBe('Finding the path…');
    store.dispatch((s) => ({ ...s, ...withPath('?from=KOR&to=RUS&path=1') }));
    expect(byTest('present-counter').textContent).toBe('Overview · 3 hops · → to step');
  });

  it('without a path or focus says there is nothing to step through', () => {
    const store = fixtureStore('?present=1');
    const model = fixtureModel();
    createPresentationView(stage, store, model, visibilitySelector(model)).connect(recordingView());
    expect(byTest('present-counter').textContent).toBe('Nothing to step through');
    expect(byTest('present-title').textContent).toMatch(/Find a path or focus/);
  });
});

describe('a graph the filters emptied', () => {
  it('says so over the canvas, and Show all shows everything again', () => {
    const store = fixtureStore('?hideTypes=ALLIANCE,PROVOCATION,SUPPORT,PARTNERSHIP,OPPOSITION,LEADERSHIP');
    const model = fixtureModel();
    createEmptyNotice(stage, store, model, visibilitySelector(model)).connect();
    expect(byTest('filters-empty').hidden).toBe(false);
    (byTest('show-everything') as HTMLButtonElement).click();
    expect(store.getState().filters.hiddenTypes.size).toBe(0);
    expect(byTest('filters-empty').hidden).toBe(true);
  });
});
