// @vitest-environment happy-dom
import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import type { Brief, EvidenceSpan } from '@briefgraph/graph/domain/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { briefsListed, select, toggleHiddenType } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { BriefController } from './brief-controller.ts';

const text = 'North Korea provokes the South. China supports the North.';
const span = (relationshipId: string, quote: string, type: EvidenceSpan['type']): EvidenceSpan => {
  const start = text.indexOf(quote);
  return {
    briefId: 'brief-one',
    quote,
    start,
    end: start + quote.length,
    relationshipId,
    type,
    modality: 'fact',
  };
};
const meta: BriefListItem = {
  id: 'brief-one',
  title: 'A brief',
  publisher: 'An institute',
  authors: [{ name: 'A. Author' }],
  publishedOn: '2023-04-03',
  language: 'en',
  sha256: '0'.repeat(64),
  origin: 'seed',
  reviewed: true,
};
const brief: Brief = {
  ...meta,
  origin: 'seed',
  reviewed: true,
  text,
  spans: [
    span('prk-provocation-kor', 'North Korea provokes the South', 'PROVOCATION'),
    span('chn-support-prk', 'China supports the North', 'SUPPORT'),
  ],
  frontMatter: [],
};

let container: HTMLElement;
let scrolls: number;

async function connected(store: AppStore, shown: Brief = brief): Promise<void> {
  const model = fixtureModel();
  const api = { brief: () => Promise.resolve(shown) };
  store.dispatch(briefsListed([meta]));
  new BriefController(api, model, store, visibilitySelector(model), container).connect();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const body = container.querySelector<HTMLElement>('[data-testid=brief-text]')!;
  body.scrollTo = () => {
    scrolls++;
  };
}

const mark = (id: string) => container.querySelector<HTMLElement>(`mark[data-relationship-ids~="${id}"]`)!;
const classes = (id: string) =>
  ['is-selected', 'is-related', 'is-muted'].filter((c) => mark(id).classList.contains(c));

beforeEach(() => {
  container = document.createElement('section');
  document.body.replaceChildren(container);
  scrolls = 0;
});

describe('the brief reader follows the store', () => {
  it('shows the first brief, with the selected relationship lit', async () => {
    const store = fixtureStore('?rel=chn-support-prk');
    await connected(store);
    expect(container.querySelector('#reader-title')?.textContent).toBe('A brief');
    expect([classes('chn-support-prk'), classes('prk-provocation-kor')]).toEqual([['is-selected'], []]);
  });

  it("an actor's relationships are marked as related", async () => {
    const store = fixtureStore();
    await connected(store);
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    expect([classes('prk-provocation-kor'), classes('chn-support-prk')]).toEqual([['is-related'], []]);
  });

  it('relationships the filters hide are muted', async () => {
    const store = fixtureStore();
    await connected(store);
    store.dispatch(toggleHiddenType('SUPPORT'));
    expect(classes('chn-support-prk')).toEqual(['is-muted']);
  });

  it('clicking a passage selects its relationship from the reader, which then does not scroll', async () => {
    const store = fixtureStore();
    await connected(store);
    mark('prk-provocation-kor').click();
    expect(store.getState().selection).toEqual({ kind: 'relationship', id: 'prk-provocation-kor' });
    expect(store.getState().attention.origin).toBe('reader');
    expect(classes('prk-provocation-kor')).toEqual(['is-selected']);
    expect(scrolls).toBe(0);
  });

  it('a selection made elsewhere scrolls its quote into view; a filter change does not', async () => {
    const store = fixtureStore();
    await connected(store);
    store.dispatch(select({ kind: 'relationship', id: 'chn-support-prk' }, 'graph'));
    expect(scrolls).toBe(1);
    store.dispatch(toggleHiddenType('WAR'));
    expect(scrolls).toBe(1);
  });

  it('a passage of several relationships offers them as sentences, each with its modality in words', async () => {
    const quote = 'China supports the North';
    const both: Brief = {
      ...brief,
      spans: [span('usa-opposition-chn', quote, 'OPPOSITION'), span('chn-support-prk', quote, 'SUPPORT')],
    };
    await connected(fixtureStore(), both);
    mark('chn-support-prk').click();
    const items = [...container.querySelectorAll('[data-testid=span-menu] [role=menuitem]')];
    expect(items.map((item) => item.textContent).sort()).toEqual([
      'China is assessed to support North Korea',
      'United States should oppose China',
    ]);
  });
});

describe('with several briefs', () => {
  const secondText = 'Seoul and Washington keep their alliance.';
  const second: Brief = {
    ...brief,
    id: 'brief-two',
    title: 'A second brief',
    publishedOn: '2024-01-15',
    text: secondText,
    spans: [
      {
        briefId: 'brief-two',
        quote: 'keep their alliance',
        start: secondText.indexOf('keep their alliance'),
        end: secondText.indexOf('keep their alliance') + 'keep their alliance'.length,
        relationshipId: 'kor-alliance-usa',
        type: 'ALLIANCE',
        modality: 'fact',
      },
    ],
  };

  async function twoBriefs(store: AppStore) {
    const model = fixtureModel();
    const api = { brief: (id: string) => Promise.resolve(id === 'brief-two' ? second : brief) };
    store.dispatch(briefsListed([{ ...meta, id: 'brief-two', title: 'A second brief' }, meta]));
    const controller = new BriefController(api, model, store, visibilitySelector(model), container);
    controller.connect();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return controller;
  }
  const title = () => container.querySelector('#reader-title')?.textContent;

  it('the picker switches the brief', async () => {
    await twoBriefs(fixtureStore(''));
    expect(title()).toBe('A second brief');
    const picker = container.querySelector<HTMLSelectElement>('[data-testid=reader-chooser]')!;
    picker.value = 'brief-one';
    picker.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(title()).toBe('A brief');
  });

  it('a quote of another brief opens that brief at the quote', async () => {
    const controller = await twoBriefs(fixtureStore('?rel=chn-support-prk'));
    expect(title()).toBe('A brief');
    const quote = second.spans[0]!;
    await controller.showEvidence('kor-alliance-usa', quote);
    expect(title()).toBe('A second brief');
    expect(document.activeElement).toBe(mark('kor-alliance-usa'));
  });
});
