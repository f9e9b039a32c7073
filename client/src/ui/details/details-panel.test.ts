// @vitest-environment happy-dom
import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import type { Evidence } from '@briefgraph/graph/domain/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import { GraphModel } from '../../graph/graph-model.ts';
import { graphGrew, quotesArrived, select, toggleHiddenType } from '../../state/actions.ts';
import type { AppStore } from '../../state/app-state.ts';
import { fixtureModel, fixtureStore } from '../../test-support/explorer-state.ts';
import { actors, koreaToRussia, relationships } from '../../test-support/fixtures.ts';
import { LIST_FIRST } from './actor-details.ts';
import { createDetailsPanel } from './details-panel.ts';

const brief: BriefListItem = {
  id: 'brief-one',
  title: 'A brief',
  publisher: 'An institute',
  authors: [{ name: 'A. Author' }, { name: 'B. Author' }],
  publishedOn: '2023-04-03',
  language: 'en',
  sha256: '0'.repeat(64),
  origin: 'seed',
  reviewed: true,
};

let container: HTMLElement;
let commands: {
  expanded: string[];
  pathsFrom: string[];
  evidence: Array<[string, Evidence]>;
  shown: string[];
};

function mount(store: AppStore, readOnly = false, model = fixtureModel()) {
  const panel = createDetailsPanel(
    container,
    store,
    model,
    {
      expand: (id) => commands.expanded.push(id),
      pathFrom: (id) => commands.pathsFrom.push(id),
      showEvidence: (id, ev) => commands.evidence.push([id, ev]),
      showInGraph: (kind, id) => commands.shown.push(`${kind}:${id}`),
    },
    { readOnly },
  );
  panel.connect();
  return panel;
}

const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;
const texts = (selector: string) => [...container.querySelectorAll(selector)].map((el) => el.textContent);
const button = (label: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === label) ?? null;

beforeEach(() => {
  container = document.createElement('section');
  document.body.replaceChildren(container);
  commands = { expanded: [], pathsFrom: [], evidence: [], shown: [] };
});

describe('a relationship that several briefs support', () => {
  const later: BriefListItem = {
    ...brief,
    id: 'brief-two',
    title: 'A later brief',
    publishedOn: '2024-01-15',
  };
  function twoBriefModel() {
    const model = new GraphModel();
    const rel = relationships.find((r) => r.id === 'kor-alliance-usa')!;
    model.merge({
      nodes: actors,
      edges: [
        {
          ...rel,
          evidence: [
            { briefId: 'brief-two', quote: 'the alliance holds', start: 30, end: 48 },
            { briefId: 'brief-one', quote: 'quote', start: 0, end: 5 },
            { briefId: 'brief-two', quote: 'first words', start: 2, end: 13 },
          ],
        },
      ],
    });
    return model;
  }

  it('says how many briefs support it and groups the quotes under each brief, oldest first', () => {
    const store = fixtureStore('?rel=kor-alliance-usa', { briefs: [later, brief] });
    mount(store, false, twoBriefModel());
    expect(text('[data-testid=corroboration]')).toBe('Supported by 2 briefs');
    expect(texts('.evidence-brief-title')).toEqual([
      'A brief · 3 April 2023 · 1 quote',
      'A later brief · 15 January 2024 · 2 quotes',
    ]);
    const second = container.querySelector('[data-brief=brief-two]')!;
    expect([...second.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual([
      '“first words”',
      '“the alliance holds”',
    ]);
  });

  it('keeps the plain heading when one brief supports it', () => {
    mount(fixtureStore('?rel=kor-alliance-usa', { briefs: [brief] }));
    expect(container.querySelector('[data-testid=corroboration]')).toBeNull();
    expect(texts('.subhead')[0]).toBe('Evidence');
  });
});

describe('a relationship', () => {
  it('shows its sentence, its quote, the brief it comes from, and its modality', () => {
    const store = fixtureStore('?rel=chn-support-prk', { briefs: [brief] });
    mount(store);
    expect(text('h2')).toBe('China is assessed to support North Korea');
    expect(text('.kicker')).toBe('Support');
    expect(text('[data-testid=panel-evidence] blockquote')).toBe('“quote”');
    expect(text('[data-testid=panel-evidence] .citation')).toBe(
      'A brief — A. Author, B. Author, An institute, 3 April 2023',
    );
    expect(texts('.facts dt')).toEqual(['Modality', 'Quad class', 'Direction']);
    expect(texts('.facts dd')).toEqual([
      "Assessment The brief's own judgement or interpretation of what is.",
      '1 · verbal cooperation',
      'China → North Korea',
    ]);
  });

  it('"Show in the brief" asks the reader for that quote; the actor buttons select the actors', () => {
    const store = fixtureStore('?rel=prk-provocation-kor');
    mount(store);
    button('Show in the brief')?.click();
    expect(commands.evidence).toEqual([
      ['prk-provocation-kor', { briefId: 'brief-one', quote: 'quote', start: 0, end: 5 }],
    ]);
    button('South Korea')?.click();
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'KOR' });
    expect(text('h2')).toBe('South Korea');
  });

  it('a link naming a relationship that is not loaded says so', () => {
    mount(fixtureStore('?rel=nowhere-war-nothing'));
    expect(text('h2')).toBe('nowhere-war-nothing');
    expect(text('.notice')).toBe(
      'No relationship “nowhere-war-nothing” in the loaded graph. The link may be out of date.',
    );
  });
});

describe('an actor', () => {
  it('lists the relationships shown, by type, and counts those the filters hide', () => {
    const store = fixtureStore('?actor=CHN');
    mount(store);
    expect(text('h2')).toBe('China');
    expect(text('.aliases')).toBe('Also: PRC');
    expect(text('h3.subhead')).toBe('4 relationships');
    store.dispatch(toggleHiddenType('SUPPORT'));
    expect(text('h3.subhead')).toBe('3 relationships (1 hidden by filters)');
    expect(texts('[data-testid=panel-relationship]')).toEqual([
      'China is aligned with Russia',
      'United States should oppose China',
      'Xi Jinping leads China',
    ]);
  });

  it('a hub lists its first relationships of a type and shows the rest on request, focus on the first of them', () => {
    const base = relationships[0]!;
    const many = Array.from({ length: LIST_FIRST + 5 }, (_, i) => ({
      ...base,
      id: `kor-trade-${i}`,
      type: 'TRADE' as const,
      target: `P${i}`,
    }));
    const model = fixtureModel();
    model.merge({
      nodes: many.map((r, i) => ({
        id: r.target,
        name: `Partner ${i}`,
        kind: 'state' as const,
        aliases: [],
      })),
      edges: many,
    });
    const store = fixtureStore('?actor=KOR');
    mount(store, false, model);
    const tradeIds = () =>
      [...container.querySelectorAll<HTMLElement>('[data-testid=panel-relationship]')]
        .map((el) => el.dataset.relationshipId ?? '')
        .filter((id) => id.startsWith('kor-trade-'));
    expect(tradeIds()).toHaveLength(LIST_FIRST);
    expect(text('h3.subhead')).toBe(`${LIST_FIRST + 5 + 2} relationships`);
    const more = button('Show 5 more');
    expect(more).not.toBeNull();
    more?.click();
    expect(tradeIds()).toHaveLength(LIST_FIRST + 5);
    expect(button('Show 5 more')).toBeNull();
    expect((document.activeElement as HTMLElement).dataset.relationshipId).toBe(many[LIST_FIRST]!.id);
  });

  it('Focus keeps the chosen depth; the panel then offers to clear it', () => {
    const store = fixtureStore('?actor=KOR');
    mount(store);
    const depth = container.querySelector<HTMLSelectElement>('#focus-depth')!;
    depth.value = '2';
    button('Focus')?.click();
    expect(store.getState().focus).toEqual({ actorId: 'KOR', depth: 2 });
    button('Clear focus')?.click();
    expect(store.getState().focus).toBeNull();
  });

  it('Expand and "Find a path from here" ask the page; a snapshot offers neither', () => {
    mount(fixtureStore('?actor=KOR'));
    button('Expand neighbours')?.click();
    button('Find a path from here')?.click();
    expect(commands).toMatchObject({ expanded: ['KOR'], pathsFrom: ['KOR'] });
    container.replaceChildren();
    mount(fixtureStore('?actor=KOR'), true);
    expect([button('Expand neighbours'), button('Find a path from here')]).toEqual([null, null]);
  });

  it('the close button clears the selection, back to the overview', () => {
    const store = fixtureStore('?actor=KOR');
    mount(store);
    container.querySelector<HTMLButtonElement>('[aria-label="Clear selection (Esc)"]')?.click();
    expect(store.getState().selection).toBeNull();
    expect(text('h2')).toBe('Nothing selected');
  });
});

describe('with nothing selected', () => {
  it('the overview counts what is loaded and offers the most connected actors', () => {
    mount(fixtureStore(''));
    expect(text('p.muted')).toBe(
      '7 actors and 6 relationships from 1 brief. Click an actor or a relationship in the graph, press / to search, or start from one of these:',
    );
    // Most relationships first (China has 4; North and South Korea and the United States 2), ties by name.
    expect(texts('.chip')).toEqual([
      'China',
      'North Korea',
      'South Korea',
      'United States',
      'Russia',
      'Xi Jinping',
      'NATO',
    ]);
  });

  it('a chosen path is shown hop by hop, each with its quote', () => {
    const store = fixtureStore('?from=KOR&to=RUS&path=1');
    const query = store.getState().pathQuery!;
    store.dispatch((s) => ({
      ...s,
      paths: {
        status: 'done',
        query,
        result: {
          from: koreaToRussia.nodes[0]!,
          to: koreaToRussia.nodes[3]!,
          paths: [koreaToRussia, koreaToRussia],
        },
        run: 1,
      },
    }));
    mount(store);
    expect(text('.kicker')).toBe('Path 1 of 2 · 3 hops');
    expect(text('h2')).toBe('South Korea to Russia');
    expect(texts('.hop .rel-sentence')).toEqual([
      'South Korea is allied with United States',
      'United States should oppose China',
      'China is aligned with Russia',
    ]);
    expect(texts('.hop figcaption')).toEqual(['brief-one', 'brief-one', 'brief-one']);
  });

  it('redraws only when what it shows changes', () => {
    const store = fixtureStore('?actor=KOR');
    mount(store);
    const drawn = container.firstChild;
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    expect(container.firstChild).toBe(drawn);
    store.dispatch(select({ kind: 'actor', id: 'USA' }, 'graph'));
    expect(container.firstChild).not.toBe(drawn);
  });
});

describe('a merged edge tapped on the canvas', () => {
  const bundle = { id: 'bundle:CHN>PRK:cooperation', ids: ['chn-partnership-rus', 'chn-support-prk'] };

  it('lists its members, each sentence with its modality in words and its quotes; clicking one selects it', () => {
    const store = fixtureStore('', {
      drawing: { frame: '16:9', show: 'all', bundle: true, corroboration: false },
    });
    mount(store);
    store.dispatch(select({ kind: 'relationship', id: 'chn-support-prk' }, 'graph', bundle));
    expect(text('#details-title')).toBe('2 relationships');
    const members = [...container.querySelectorAll('[data-testid=bundle-member]')];
    expect(members.map((m) => m.querySelector('button')?.textContent)).toEqual([
      'China is aligned with Russia',
      'China is assessed to support North Korea',
    ]);
    expect(members.map((m) => m.querySelectorAll('blockquote').length)).toEqual([1, 1]);
    expect(members.map((m) => m.querySelector('button')?.getAttribute('aria-current'))).toEqual([
      'false',
      'true',
    ]);
    members[0]!.querySelector('button')!.click();
    expect(store.getState().selection).toEqual({ kind: 'relationship', id: 'chn-partnership-rus' });
    expect(store.getState().bundle).toBe(bundle);
    expect(text('#details-title')).toBe('2 relationships');
    // Another element, or merging switched off: the single relationship again.
    store.dispatch(select({ kind: 'relationship', id: 'kor-alliance-usa' }, 'graph'));
    expect(store.getState().bundle).toBeNull();
    expect(container.querySelector('[data-testid=bundle-members]')).toBeNull();
  });
});

describe('keyboard focus', () => {
  it('a relationship opened from the actor panel keeps the focus in the panel, on its heading', () => {
    const store = fixtureStore('?actor=PRK');
    mount(store);
    const item = container.querySelector<HTMLButtonElement>('[data-testid=panel-relationship]');
    item?.focus();
    expect(document.activeElement).toBe(item);
    item?.click();
    expect(store.getState().selection?.kind).toBe('relationship');
    expect(document.activeElement?.id).toBe('details-title');
    expect(container.contains(document.activeElement)).toBe(true);
  });

  it('a redraw of the same actor (its neighbours expanded) keeps the focus on the same button', () => {
    const store = fixtureStore('?actor=PRK');
    mount(store);
    button('Expand neighbours')?.focus();
    store.dispatch(graphGrew());
    expect(container.contains(document.activeElement)).toBe(true);
    expect(document.activeElement?.textContent).toBe('Expand neighbours');
  });

  it('a redraw the user did not cause in the panel leaves the focus where it is', () => {
    const store = fixtureStore('?actor=PRK');
    mount(store);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    expect(document.activeElement).toBe(outside);
  });

  it('"Show in the graph" asks the page to show the actor, or the relationship', () => {
    const store = fixtureStore('?actor=PRK');
    mount(store);
    button('Show in the graph')?.click();
    store.dispatch(select({ kind: 'relationship', id: 'chn-support-prk' }, 'other'));
    button('Show in the graph')?.click();
    expect(commands.shown).toEqual(['actor:PRK', 'relationship:chn-support-prk']);
  });
});

describe('quotes the whole graph came without', () => {
  const bareModel = () => {
    const model = new GraphModel();
    model.merge({
      nodes: actors,
      edges: relationships.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, quote: '' })) })),
    });
    return model;
  };

  it('say they are on their way, then show the brief’s words once they arrive', () => {
    const model = bareModel();
    const store = fixtureStore();
    mount(store, false, model);
    store.dispatch(select({ kind: 'relationship', id: 'kor-alliance-usa' }, 'graph'));
    expect(container.querySelector('[data-testid=panel-evidence] blockquote')).toBeNull();
    expect(text('[data-testid=quote-pending]')).toBe('Loading the quote…');
    const full = relationships.find((r) => r.id === 'kor-alliance-usa')!;
    model.fillQuotes([
      { ...full, evidence: [{ ...full.evidence[0]!, quote: 'Seoul and Washington are allies.' }] },
    ]);
    store.dispatch(quotesArrived());
    expect(text('[data-testid=panel-evidence] blockquote')).toBe('“Seoul and Washington are allies.”');
    expect(container.querySelector('[data-testid=quote-pending]')).toBeNull();
  });

  it('in an actor’s list too, and a quote that could not be loaded says so', () => {
    const model = bareModel();
    const store = fixtureStore();
    const panel = createDetailsPanel(
      container,
      store,
      model,
      { expand() {}, pathFrom() {}, showEvidence() {}, showInGraph() {} },
      { readOnly: false, quoteFailed: (id) => id === 'prk-provocation-kor' },
    );
    panel.connect();
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    const pending = texts('[data-testid=quote-pending]');
    expect(pending.length).toBe(relationships.filter((r) => r.source === 'KOR' || r.target === 'KOR').length);
    expect(pending).toContain('The quote could not be loaded.');
    expect(pending).toContain('Loading the quote…');
    expect(texts('blockquote')).toEqual([]);
  });
});
