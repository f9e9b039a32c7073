// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { focusOn, setBundle, setViewMode, toggleHiddenType } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { createToolbar } from './toolbar.ts';

let bar: HTMLElement;
let footer: HTMLElement;
let fits: number;

function mount(store: AppStore, readOnly = false) {
  const model = fixtureModel();
  const toolbar = createToolbar(bar, footer, store, {
    onFit: () => fits++,
    onShare: readOnly ? null : () => {},
    suggestTitle: () => 'A title',
    onExport: () => Promise.resolve(),
    canvasSize: () => ({ width: 1000, height: 500 }),
    readOnly,
  });
  toolbar.connect(model, visibilitySelector(model));
}

const byTest = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

beforeEach(() => {
  bar = document.createElement('div');
  footer = document.createElement('div');
  document.body.replaceChildren(bar, footer);
  fits = 0;
});

describe('the toolbar', () => {
  it('says how to move the graph, and the table’s own way in table view (no “Drag to pan” there)', () => {
    const store = fixtureStore();
    mount(store);
    expect(byTest('stage-hint').textContent).toMatch(/^Drag to pan/);
    store.dispatch(setViewMode('table'));
    expect(byTest('stage-hint').textContent).not.toMatch(/pan|zoom/);
    expect(byTest('stage-hint').textContent).toMatch(/row/);
  });

  it('enters presentation mode with Present', () => {
    const store = fixtureStore();
    mount(store);
    byTest('present-button').click();
    expect(store.getState().present).toBe(true);
  });

  it('counts what is shown of what is loaded', () => {
    const store = fixtureStore();
    mount(store);
    expect(byTest('counts').textContent).toBe('7 actors · 6 relationships');
    store.dispatch(toggleHiddenType('LEADERSHIP'));
    expect(byTest('counts').textContent).toBe('6 of 7 actors · 5 of 6 relationships');
  });

  it('Graph and Table switch the view and show which is on; the layout controls are for the graph', () => {
    const store = fixtureStore();
    mount(store);
    byTest('view-table').click();
    expect(store.getState().view).toBe('table');
    expect([byTest('view-graph'), byTest('view-table')].map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'true',
    ]);
    expect(byTest('layout-select').parentElement?.hidden).toBe(true);
  });

  it('choosing a layout runs it', () => {
    const store = fixtureStore();
    mount(store);
    const select = byTest('layout-select') as HTMLSelectElement;
    select.value = 'circle';
    select.dispatchEvent(new Event('change'));
    expect([store.getState().layout, store.getState().layoutRuns]).toEqual(['circle', 1]);
    document.querySelector<HTMLButtonElement>('[aria-label="Re-layout"]')?.click();
    expect(store.getState().layoutRuns).toBe(2);
    byTest('fit').click();
    expect(fits).toBe(1);
  });

  it('"Merge parallel relationships" is one switch, off at first, a button that says whether it is pressed', () => {
    const store = fixtureStore();
    mount(store);
    const toggle = byTest('bundle-toggle') as HTMLButtonElement;
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.textContent).toBe('Merge');
    expect(toggle.getAttribute('aria-label')).toBe('Merge parallel relationships');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    expect(store.getState().drawing.bundle).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // A keyboard's Enter or Space on a button is a click; the flag set elsewhere (Export) shows here.
    store.dispatch(setBundle(false));
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('the chip names the emphasis, and its × clears it', () => {
    const store = fixtureStore('?actor=CHN');
    mount(store);
    expect(footer.querySelector('.emphasis')?.textContent).toBe('');
    store.dispatch(focusOn('CHN', 2));
    expect(footer.querySelector('.emphasis-chip')?.textContent).toBe('Focus: China · 2 steps×');
    footer.querySelector<HTMLButtonElement>('[aria-label="Clear: Focus: China · 2 steps"]')?.click();
    expect(store.getState().focus).toBeNull();
    expect(footer.querySelector('.emphasis-chip')).toBeNull();
  });

  it('on a snapshot there is no Share and no layout choice', () => {
    mount(fixtureStore(), true);
    expect(document.querySelector('[data-testid=share-button]')).toBeNull();
    expect(document.querySelector('[data-testid=layout-select]')).toBeNull();
  });
});
