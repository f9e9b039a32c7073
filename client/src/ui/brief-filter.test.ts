// @vitest-environment happy-dom
import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import { briefsListed } from '../state/actions.ts';
import { fixtureStore } from '../test-support/explorer-state.ts';
import { createBriefFilter } from './brief-filter.ts';

const item = (id: string, publishedOn: string, reviewed = true): BriefListItem => ({
  id,
  title: `Title of ${id}`,
  publisher: 'An institute',
  authors: [],
  publishedOn,
  language: 'en',
  sha256: '0'.repeat(64),
  origin: reviewed ? 'seed' : 'app',
  reviewed,
});

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('section');
  document.body.replaceChildren(container);
});

function mounted(briefs: BriefListItem[], search = '') {
  const store = fixtureStore(search);
  store.dispatch(briefsListed(briefs));
  createBriefFilter(container, store).connect();
  return store;
}

const dayOf = (day: string) => new Date(Number(day) * 86_400_000).toISOString().slice(0, 10);
const box = (id: string) => container.querySelector<HTMLInputElement>(`[data-testid=brief-option-${id}]`)!;
const handle = (which: 'from' | 'to') =>
  container.querySelector<HTMLInputElement>(`[data-testid=timebar-${which}]`)!;

describe('the brief filter', () => {
  it('stays hidden with one brief', () => {
    mounted([item('only-one', '2023-04-10')]);
    expect(container.hidden).toBe(true);
  });

  it('lists each brief with its publisher and date, ticked; unticking one hides its relationships', () => {
    const store = mounted([item('newer-brief', '2024-01-15'), item('older-brief', '2023-04-10')]);
    expect(container.hidden).toBe(false);
    expect(container.querySelector('.brief-option-meta')?.textContent).toBe('An institute · 15 January 2024');
    expect(box('newer-brief').checked).toBe(true);
    box('newer-brief').click();
    expect(store.getState().filters.briefs).toEqual(new Set(['older-brief']));
    expect(box('newer-brief').checked).toBe(false);
  });

  it('greys a brief that awaits review and does not offer it', () => {
    mounted([item('draft-brief', '2024-02-01', false), item('older-brief', '2023-04-10')]);
    expect(box('draft-brief').disabled).toBe(true);
    expect(container.querySelector('.is-awaiting')?.textContent).toContain('awaiting review');
  });

  it('leaves a brief that awaits review off the time bar: its date stretches no range', () => {
    mounted([
      item('later-draft', '2026-11-30', false),
      item('newer-brief', '2024-01-15'),
      item('older-brief', '2023-04-10'),
    ]);
    expect(dayOf(handle('to').max)).toBe('2024-01-15');
    expect(dayOf(handle('from').min)).toBe('2023-04-10');
  });

  it('a range on the time bar shows the briefs published in it, and follows the checkboxes', () => {
    const store = mounted([item('newer-brief', '2024-01-15'), item('older-brief', '2023-04-10')]);
    const from = handle('from');
    from.value = String(Number(from.min) + 30);
    from.dispatchEvent(new Event('input'));
    expect(store.getState().filters.briefs).toEqual(new Set(['newer-brief']));
    expect(container.querySelector('[data-testid=timebar-range]')?.textContent).toBe(
      '10 May 2023 – 15 January 2024',
    );
    expect(from.getAttribute('aria-valuetext')).toBe('10 May 2023');
    expect(from.classList.contains('is-on-top')).toBe(false);
    from.value = from.max;
    from.dispatchEvent(new Event('input'));
    // Both handles at the end: "from" lies on top, so a pointer can take it back.
    expect(from.classList.contains('is-on-top')).toBe(true);
    // "All" shows every brief again, and the range spans them all.
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'All')?.click();
    expect(store.getState().filters.briefs).toBeNull();
    expect(handle('from').value).toBe(handle('from').min);
  });

  it('opens on the briefs of a link', () => {
    mounted([item('newer-brief', '2024-01-15'), item('older-brief', '2023-04-10')], '?brief=older-brief');
    expect(box('older-brief').checked).toBe(true);
    expect(box('newer-brief').checked).toBe(false);
    expect(handle('to').value).toBe(handle('from').value);
  });
});
