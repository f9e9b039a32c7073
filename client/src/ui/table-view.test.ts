// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { select, setViewMode, toggleHiddenType } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { createTableView } from './table-view.ts';

let container: HTMLElement;

function mount(store: AppStore) {
  const model = fixtureModel();
  createTableView(container, store, model, visibilitySelector(model)).connect();
}

const rows = () => [...container.querySelectorAll<HTMLElement>('[data-testid=table-row]')];
const ids = () => rows().map((r) => r.dataset.relationshipId);
const header = (label: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('.sort-button')].find((b) =>
    b.textContent?.startsWith(label),
  )!;

beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
});

describe('the table view', () => {
  it('is drawn only while it is the view', () => {
    const store = fixtureStore();
    mount(store);
    expect(rows()).toHaveLength(0);
    store.dispatch(setViewMode('table'));
    expect(container.querySelector('caption')?.textContent).toBe(
      '6 visible relationships. Sort by a column; choose a relationship to select it.',
    );
  });

  it('lists the visible relationships by source name, and sorts by the column chosen', () => {
    const store = fixtureStore('?view=table');
    mount(store);
    expect(ids()).toEqual([
      'chn-support-prk',
      'chn-partnership-rus',
      'prk-provocation-kor',
      'kor-alliance-usa',
      'usa-opposition-chn',
      'xi-jinping-leadership-chn',
    ]);
    header('Target').click();
    expect(rows().map((r) => r.children[2]?.textContent)).toEqual([
      'China',
      'China',
      'North Korea',
      'Russia',
      'South Korea',
      'United States',
    ]);
    header('Target').click();
    expect(container.querySelector('th[aria-sort=descending]')?.textContent).toBe('Target▼');
  });

  it('counts the briefs that support each relationship', () => {
    mount(fixtureStore('?view=table'));
    expect(container.querySelector('[data-testid=table-briefs]')?.textContent).toBe('1');
    expect(header('Briefs')).toBeTruthy();
  });

  it('reads each relationship with its modality in words, facts plainly', () => {
    mount(fixtureStore('?view=table'));
    const verb = (id: string) =>
      container.querySelector(`tr[data-relationship-id=${id}] .table-select`)?.textContent;
    expect(verb('usa-opposition-chn')).toBe('should oppose');
    expect(verb('chn-support-prk')).toBe('is assessed to support');
    expect(verb('kor-alliance-usa')).toBe('is allied with');
  });

  it('follows the filters', () => {
    const store = fixtureStore('?view=table');
    mount(store);
    store.dispatch(toggleHiddenType('SUPPORT'));
    expect(ids()).not.toContain('chn-support-prk');
    expect(rows()).toHaveLength(5);
  });

  it('choosing a row selects its relationship, and the row shows it', () => {
    const store = fixtureStore('?view=table');
    mount(store);
    container.querySelector<HTMLButtonElement>('tr[data-relationship-id=usa-opposition-chn] button')?.click();
    expect(store.getState().selection).toEqual({ kind: 'relationship', id: 'usa-opposition-chn' });
    const selected = rows().filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected.map((r) => r.dataset.relationshipId)).toEqual(['usa-opposition-chn']);
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    expect(rows().filter((r) => r.getAttribute('aria-selected') === 'true')).toHaveLength(0);
  });
});
