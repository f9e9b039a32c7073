// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../state/app-state.ts';
import { toSearch } from '../state/url-state.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { createLegend } from './legend.ts';

let container: HTMLElement;

function mount(store: AppStore) {
  createLegend(container, store, fixtureModel()).connect();
}

const item = (key: string) => container.querySelector<HTMLButtonElement>(`[data-testid="legend-${key}"]`)!;
const link = (label: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('.link-button')].find((b) => b.textContent === label)!;
const pressed = (keys: string[]) => keys.map((k) => item(k).getAttribute('aria-pressed'));
const hidden = (store: AppStore) => {
  const { hiddenTypes, hiddenModalities, hiddenQuads } = store.getState().filters;
  return {
    types: [...hiddenTypes].sort(),
    modalities: [...hiddenModalities],
    quads: [...hiddenQuads].sort(),
  };
};

beforeEach(() => {
  container = document.createElement('section');
  document.body.replaceChildren(container);
});

describe('the legend', () => {
  it('shows the types loaded, with their counts, all pressed (shown), named by their visible text', () => {
    mount(fixtureStore());
    const types = [...container.querySelectorAll<HTMLElement>('[data-key^="type-"]')];
    // No aria-label: the accessible name is the text shown (WCAG 2.5.3), swatch excluded.
    expect(types.every((b) => !b.hasAttribute('aria-label'))).toBe(true);
    expect(types.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Alliance 1',
      'Partnership 1',
      'Support 1',
      'Opposition 1',
      'Provocation 1',
      'Leadership 1',
    ]);
    expect(types.every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
  });

  it('a type toggle hides that type, in the state and the link, and draws itself unpressed', () => {
    const store = fixtureStore();
    mount(store);
    item('type-PROVOCATION').click();
    expect(hidden(store).types).toEqual(['PROVOCATION']);
    expect(toSearch(store.getState())).toBe('?hideTypes=PROVOCATION');
    expect(pressed(['type-PROVOCATION', 'type-ALLIANCE'])).toEqual(['false', 'true']);
    item('type-PROVOCATION').click();
    expect(hidden(store).types).toEqual([]);
    expect(pressed(['type-PROVOCATION'])).toEqual(['true']);
  });

  it('a modality toggle and a quad class toggle hide those', () => {
    const store = fixtureStore();
    mount(store);
    item('modality-recommendation').click();
    item('quad-none').click();
    expect(hidden(store)).toEqual({ types: [], modalities: ['recommendation'], quads: ['none'] });
    expect(pressed(['modality-recommendation', 'modality-fact', 'quad-none', 'quad-1'])).toEqual([
      'false',
      'true',
      'false',
      'true',
    ]);
  });

  it('"None" hides every type shown; "All" shows them again', () => {
    const store = fixtureStore();
    mount(store);
    link('None').click();
    expect(hidden(store).types).toEqual([
      'ALLIANCE',
      'LEADERSHIP',
      'OPPOSITION',
      'PARTNERSHIP',
      'PROVOCATION',
      'SUPPORT',
    ]);
    link('All').click();
    expect(hidden(store).types).toEqual([]);
  });

  it('"Cooperation" hides the conflict classes and structural ties; "Both" shows all', () => {
    const store = fixtureStore();
    mount(store);
    link('Cooperation').click();
    expect(hidden(store).quads).toEqual(['3', '4', 'none']);
    link('Conflict').click();
    expect(hidden(store).quads).toEqual(['1', '2', 'none']);
    link('Both').click();
    expect(hidden(store).quads).toEqual([]);
  });

  it('a type hidden by the link stays in the legend, to be shown again, even with none loaded', () => {
    mount(fixtureStore('?hideTypes=WAR'));
    expect(item('type-WAR').textContent).toBe('War 0');
    expect(pressed(['type-WAR'])).toEqual(['false']);
  });
});

describe('the corroboration switch', () => {
  const brief = (id: string) => ({
    id,
    title: id,
    publisher: 'P',
    authors: [],
    publishedOn: '2023-04-03',
    language: 'en',
    sha256: '0'.repeat(64),
    origin: 'seed' as const,
    reviewed: true,
  });

  it('is offered only with several briefs, off at first; pressing it weights the canvas and images', () => {
    const one = fixtureStore('', { briefs: [brief('brief-one')] });
    mount(one);
    expect(container.querySelector('[data-testid=legend-corroboration]')).toBeNull();
    container.replaceChildren();
    const two = fixtureStore('', { briefs: [brief('brief-one'), brief('brief-two')] });
    mount(two);
    expect(item('corroboration').getAttribute('aria-pressed')).toBe('false');
    expect(item('corroboration').textContent).toBe('Weight by corroboration');
    item('corroboration').click();
    expect(two.getState().drawing.corroboration).toBe(true);
    expect(item('corroboration').getAttribute('aria-pressed')).toBe('true');
  });
});
