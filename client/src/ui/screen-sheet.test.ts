// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { select } from '../state/actions.ts';
import { fixtureStore } from '../test-support/explorer-state.ts';
import { screenModeFor } from './screen-mode.ts';
import { createScreenSheet } from './screen-sheet.ts';

let workspace: HTMLElement;
let paths: HTMLElement;
let details: HTMLElement;
const width = window.innerWidth;

function mount(at: number, search = '') {
  Object.defineProperty(window, 'innerWidth', { value: at, configurable: true });
  const store = fixtureStore(search);
  const off = createScreenSheet(workspace, { paths, details }, store).connect();
  return { store, off };
}
const byTest = (id: string) => workspace.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;

beforeEach(() => {
  workspace = document.createElement('main');
  paths = document.createElement('aside');
  details = document.createElement('aside');
  workspace.append(paths, details);
  document.body.replaceChildren(workspace);
});
afterEach(() => {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
});

describe('the arrangement by width', () => {
  it('is three columns from 1280 px, a side sheet from 768 px, a bottom sheet below', () => {
    expect(screenModeFor(320)).toBe('phone');
    expect(screenModeFor(767)).toBe('phone');
    expect(screenModeFor(768)).toBe('tablet');
    expect(screenModeFor(1279)).toBe('tablet');
    expect(screenModeFor(1280)).toBe('wide');
  });
});

describe('the sheet below 1280 px', () => {
  it('has two tabs controlling the two panels, and writes its state on the workspace', () => {
    const { store } = mount(1024);
    const [pathsTab, detailsTab] = [byTest('sheet-tab-paths'), byTest('sheet-tab-details')];
    expect(pathsTab.getAttribute('aria-controls')).toBe(paths.id);
    expect(paths.getAttribute('role')).toBe('tabpanel');
    expect(paths.getAttribute('aria-labelledby')).toBe('sheet-tab-paths');
    expect(pathsTab.getAttribute('aria-selected')).toBe('true');
    detailsTab.click();
    expect(workspace.dataset.sheetTab).toBe('details');
    expect(detailsTab.getAttribute('aria-selected')).toBe('true');
    expect(detailsTab.tabIndex).toBe(0);
    expect(pathsTab.tabIndex).toBe(-1);
    byTest('sheet-toggle').click();
    expect(workspace.dataset.sheetOpen).toBe('false');
    expect(byTest('sheet-toggle').textContent).toBe('Show panel');
    expect(store.getState().sheet.open).toBe(false);
  });

  it('on a phone the buttons and the arrow keys step it between peek, half and full', () => {
    mount(390);
    expect(workspace.dataset.sheetSnap).toBe('peek');
    expect(byTest('sheet-lower').disabled).toBe(true);
    byTest('sheet-raise').click();
    expect(workspace.dataset.sheetSnap).toBe('half');
    byTest('sheet-handle').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(workspace.dataset.sheetSnap).toBe('full');
    expect(byTest('sheet-raise').disabled).toBe(true);
    byTest('sheet-lower').click();
    expect(workspace.dataset.sheetSnap).toBe('half');
  });

  it('shows the details of what is selected, raising a phone’s sheet from its peek', () => {
    const { store } = mount(390);
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    expect(workspace.dataset.sheetTab).toBe('details');
    expect(workspace.dataset.sheetSnap).toBe('half');
  });

  it('from 1280 px leaves the columns as they are: no tab roles', () => {
    const { store } = mount(1440);
    expect(paths.hasAttribute('role')).toBe(false);
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    expect(store.getState().sheet.tab).toBe('paths');
  });
});
