import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import { describe, expect, it } from 'vitest';
import { GraphModel } from '../graph/graph-model.ts';
import { select, setViewMode } from '../state/actions.ts';
import { visibilitySelector } from '../state/selectors.ts';
import { fixtureStore } from '../test-support/explorer-state.ts';
import { actors, relationships } from '../test-support/fixtures.ts';
import { connectQuoteLoading, createQuoteLoader, quotesOnDisplay } from './quote-loader.ts';

const bare = (rel: Relationship): Relationship => ({
  ...rel,
  evidence: rel.evidence.map((e) => ({ ...e, quote: '' })),
});

/** `n` relationships between two actors, as the whole graph sends them (no quotes). */
function bigModel(n: number): { model: GraphModel; full: Map<string, Relationship> } {
  const ends: Actor[] = [
    { id: 'A', name: 'A', kind: 'state', aliases: [] },
    { id: 'B', name: 'B', kind: 'state', aliases: [] },
  ];
  const full = new Map<string, Relationship>();
  for (let i = 0; i < n; i++) {
    full.set(`r${i}`, {
      ...relationships[0]!,
      id: `r${i}`,
      source: 'A',
      target: 'B',
      evidence: [{ briefId: 'b', quote: `Quote ${i}.`, start: i * 10, end: i * 10 + 9 }],
    });
  }
  const model = new GraphModel();
  model.merge({ nodes: ends, edges: [...full.values()].map(bare) });
  return { model, full };
}

/** A fake GET /api/relationships: records what it is asked, answers when told. */
function fakeApi(full: ReadonlyMap<string, Relationship>) {
  const asked: string[][] = [];
  const answers: Array<{ ids: readonly string[]; answer(): void; fail(): void }> = [];
  let running = 0;
  let mostAtOnce = 0;
  return {
    asked,
    answers,
    mostAtOnce: () => mostAtOnce,
    relationships(ids: readonly string[]) {
      asked.push([...ids]);
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      return new Promise<{ items: Relationship[] }>((resolve, reject) => {
        answers.push({
          ids,
          answer: () => {
            running -= 1;
            resolve({ items: ids.flatMap((id) => full.get(id) ?? []) });
          },
          fail: () => {
            running -= 1;
            reject(new Error('down'));
          },
        });
      });
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function answerAll(api: ReturnType<typeof fakeApi>) {
  for (let i = 0; i < 20 && api.answers.length; i++) {
    api.answers.shift()?.answer();
    await tick();
  }
}

describe('quotes on demand', () => {
  it('asks in batches of at most 500 ids, two requests at a time, and fills the model', async () => {
    const { model, full } = bigModel(1_200);
    const api = fakeApi(full);
    let settled = 0;
    const loader = createQuoteLoader({ api, model, onSettled: () => settled++ });
    const done = loader.request(full.keys());
    await tick();
    expect(api.asked.map((ids) => ids.length)).toEqual([500, 500]);
    await answerAll(api);
    await done;
    expect(api.asked.map((ids) => ids.length)).toEqual([500, 500, 200]);
    expect(api.mostAtOnce()).toBe(2);
    expect(new Set(api.asked.flat()).size).toBe(1_200);
    expect(model.relationship('r1199')?.evidence[0]?.quote).toBe('Quote 1199.');
    expect(settled).toBe(3);
  });

  it('asks once for an id asked twice while its request is under way, and never for a full record', async () => {
    const { model, full } = bigModel(3);
    model.fillQuotes([full.get('r2')!]);
    const api = fakeApi(full);
    const loader = createQuoteLoader({ api, model, onSettled: () => {} });
    const first = loader.request(['r0', 'r1', 'r2']);
    const second = loader.request(['r1', 'r2']);
    await tick();
    expect(api.asked).toEqual([['r0', 'r1']]);
    expect(loader.state('r1')).toBe('loading');
    expect(loader.state('r2')).toBe('loaded');
    await answerAll(api);
    await Promise.all([first, second]);
    expect(loader.state('r1')).toBe('loaded');
    await loader.request(['r0', 'r1', 'r2']);
    expect(api.asked).toHaveLength(1);
  });

  it('a failed request says so, and is not asked again at once (a view redrawn on arrival would loop)', async () => {
    const { model, full } = bigModel(2);
    const api = fakeApi(full);
    let clock = 1_000;
    const loader = createQuoteLoader({
      api,
      model,
      onSettled: () => {},
      now: () => clock,
      retryAfterMs: 5_000,
    });
    const done = loader.request(['r0']);
    await tick();
    api.answers.shift()?.fail();
    await done;
    expect(loader.state('r0')).toBe('failed');
    await loader.request(['r0']);
    expect(api.asked).toHaveLength(1);
    clock += 5_000;
    const again = loader.request(['r0']);
    await tick();
    expect(api.asked).toHaveLength(2);
    await answerAll(api);
    await again;
    expect(loader.state('r0')).toBe('loaded');
  });

  it('complete() throws when the server no longer has one of them, naming how many', async () => {
    const { model, full } = bigModel(2);
    const api = fakeApi(new Map([['r0', full.get('r0')!]]));
    const loader = createQuoteLoader({ api, model, onSettled: () => {} });
    const done = expect(loader.complete(['r0', 'r1'])).rejects.toThrow(
      'The quotes of 1 relationship could not be loaded',
    );
    await tick();
    await answerAll(api);
    await done;
    expect(model.relationship('r0')?.evidence[0]?.quote).toBe('Quote 0.');
    expect(loader.state('r1')).toBe('failed');
  });
});

describe('the quotes on display', () => {
  const bareModel = () => {
    const model = new GraphModel();
    model.merge({ nodes: actors, edges: relationships.map(bare) });
    return model;
  };

  it("are a selected actor's relationships, and a selected relationship", () => {
    const model = bareModel();
    const visibility = visibilitySelector(model);
    const store = fixtureStore();
    store.dispatch(select({ kind: 'actor', id: 'KOR' }, 'graph'));
    const korea = relationships.filter((r) => r.source === 'KOR' || r.target === 'KOR').map((r) => r.id);
    expect(quotesOnDisplay(store.getState(), model, visibility(store.getState())).sort()).toEqual(
      korea.sort(),
    );
    store.dispatch(select({ kind: 'relationship', id: 'chn-support-prk' }, 'graph'));
    expect(quotesOnDisplay(store.getState(), model, visibility(store.getState()))).toEqual([
      'chn-support-prk',
    ]);
  });

  it('are asked for when the selection changes, and not otherwise', async () => {
    const model = bareModel();
    const store = fixtureStore();
    const asked: string[][] = [];
    connectQuoteLoading(
      store,
      model,
      {
        request: (ids) => {
          asked.push([...ids]);
          return Promise.resolve();
        },
      },
      visibilitySelector(model),
    );
    expect(asked).toEqual([[]]);
    store.dispatch(select({ kind: 'relationship', id: 'kor-alliance-usa' }, 'graph'));
    store.dispatch(setViewMode('table'));
    expect(asked).toEqual([[], ['kor-alliance-usa']]);
  });
});
