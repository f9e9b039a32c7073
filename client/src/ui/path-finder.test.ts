// @vitest-environment happy-dom
import type { Actor, PathsResult } from '@briefgraph/graph/domain/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { pathsArrived, pathsFailed } from '../state/actions.ts';
import type { AppStore, PathRequest } from '../state/app-state.ts';
import { fixtureModel, fixtureStore } from '../test-support/explorer-state.ts';
import { actors, koreaToRussia } from '../test-support/fixtures.ts';
import { type ActorSearch, createActorSearch } from './actor-search.ts';
import { createPathFinder } from './path-finder.ts';

const [KOR, USA, , , RUS] = actors as [Actor, Actor, Actor, Actor, Actor];

let container: HTMLElement;
let pickers: { from: ActorSearch; to: ActorSearch };

function picker(id: string): ActorSearch {
  return createActorSearch({
    id,
    label: id,
    placeholder: '',
    testId: id,
    search: () => Promise.resolve([]),
    fallback: () => [],
    keepChoice: true,
    onChoose: () => {},
  });
}

function mount(store: AppStore) {
  const finder = createPathFinder(container, pickers, store, fixtureModel());
  finder.connect();
  return finder;
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const submit = () => $<HTMLFormElement>('[data-testid=path-form]').requestSubmit();
const results = () => [...container.querySelectorAll('[data-testid=path-result]')];

function answer(store: AppStore, result: PathsResult) {
  store.dispatch(pathsArrived(store.getState().paths as PathRequest, result));
}

beforeEach(() => {
  container = document.createElement('section');
  document.body.replaceChildren(container);
  pickers = { from: picker('path-from'), to: picker('path-to') };
});

describe('asking', () => {
  it('without both ends, says so, moves to the missing one, and asks nothing', () => {
    const store = fixtureStore();
    mount(store);
    submit();
    expect($('.form-error').textContent).toBe('Choose both actors from the suggestions.');
    expect(document.activeElement?.id).toBe('path-from');
    pickers.from.setActor(KOR);
    submit();
    expect(document.activeElement?.id).toBe('path-to');
    expect(store.getState().pathQuery).toBeNull();
  });

  it('from an actor to itself, says so and asks nothing', () => {
    const store = fixtureStore();
    mount(store);
    pickers.from.setActor(KOR);
    pickers.to.setActor(KOR);
    submit();
    expect($('.form-error').textContent).toBe('Choose two different actors.');
    expect(store.getState().pathQuery).toBeNull();
  });

  it('reads the form into the query, its numbers held to the limits, and starts the search', () => {
    const store = fixtureStore();
    mount(store);
    pickers.from.setActor(KOR);
    pickers.to.setActor(RUS);
    $<HTMLInputElement>('#path-hops').value = '9';
    $<HTMLInputElement>('#path-k').value = '';
    $<HTMLInputElement>('#path-type-ALLIANCE').checked = true;
    $<HTMLSelectElement>('#path-stance').value = 'conflict';
    $<HTMLSelectElement>('#path-direction').value = 'outgoing';
    submit();
    const query = {
      from: 'KOR',
      to: 'RUS',
      k: 3,
      maxHops: 6,
      types: ['ALLIANCE'],
      direction: 'outgoing',
      stance: 'conflict',
    };
    expect(store.getState().pathQuery).toEqual(query);
    expect(store.getState().paths).toEqual({ status: 'loading', query, chooseFirst: true, run: 1 });
    expect($('[data-testid=path-results]').textContent).toBe('Finding paths…');
    expect($('.form-error').textContent).toBe('');
  });

  it("a link's question fills the form", () => {
    mount(fixtureStore('?from=USA&to=KOR&hops=2&ptypes=ALLIANCE,TRADE,WAR&stance=cooperation'));
    expect([pickers.from.actor?.id, pickers.to.actor?.id]).toEqual([USA.id, KOR.id]);
    expect(pickers.from.input.value).toBe('United States');
    expect($<HTMLInputElement>('#path-hops').value).toBe('2');
    expect($<HTMLSelectElement>('#path-stance').value).toBe('cooperation');
    expect($('.type-picker summary').textContent).toBe('Relationship types: 3 types');
  });

  it('Clear drops the question and empties the form', () => {
    const store = fixtureStore('?from=KOR&to=RUS&k=5');
    mount(store);
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Clear')?.click();
    expect([store.getState().pathQuery, store.getState().paths.status]).toEqual([null, 'idle']);
    expect([pickers.from.input.value, $<HTMLInputElement>('#path-k').value]).toEqual(['', '3']);
  });
});

describe('the answer', () => {
  it('lists the paths as chains, the chosen one pressed; choosing another chooses it', () => {
    const store = fixtureStore('?from=KOR&to=RUS&path=1');
    mount(store);
    answer(store, { from: KOR, to: RUS, paths: [koreaToRussia, { ...koreaToRussia, length: 3 }] });
    expect(results().map((r) => r.textContent)).toEqual([
      'Path 1 · 3 hopsSouth Korea —alliance— United States —opposition (recommended)→ China —partnership— Russia',
      'Path 2 · 3 hopsSouth Korea —alliance— United States —opposition (recommended)→ China —partnership— Russia',
    ]);
    expect(results().map((r) => r.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    (results()[1] as HTMLButtonElement).click();
    expect(store.getState().pathIndex).toBe(1);
    expect(results().map((r) => r.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
  });

  it('none found: says so in the terms of the question', () => {
    const store = fixtureStore('?from=KOR&to=RUS&hops=2&ptypes=ALLIANCE&dir=outgoing');
    mount(store);
    answer(store, { from: KOR, to: RUS, paths: [] });
    expect($('[data-testid=path-empty] p').textContent).toBe(
      'No path from South Korea to Russia within 2 hops using alliance only following the arrows.',
    );
  });

  it('a failure offers to try again, which searches again', () => {
    const store = fixtureStore('?from=KOR&to=RUS');
    mount(store);
    store.dispatch(pathsFailed(store.getState().paths as PathRequest, 'The server is down.'));
    expect($('[role=alert] p').textContent).toBe('The path query failed. The server is down.');
    $<HTMLButtonElement>('[role=alert] button').click();
    expect(store.getState().paths).toMatchObject({ status: 'loading', chooseFirst: false, run: 1 });
  });
});
