import type { PathsResult } from '@briefgraph/graph/domain/schemas';
import { describe, expect, it } from 'vitest';
import { ApiError, type PathParams } from '../api/api-client.ts';
import {
  briefsListed,
  clearPathQuery,
  retryPathQuery,
  submitPathQuery,
  toggleBrief,
  toggleHiddenType,
} from '../state/actions.ts';
import { PATH_DEFAULTS, type PathQuery } from '../state/url-state.ts';
import { fixtureStore } from '../test-support/explorer-state.ts';
import { actors, koreaToRussia } from '../test-support/fixtures.ts';
import type { Records } from './graph-growth.ts';
import { connectPathQueries, pathParams } from './path-queries.ts';

const briefItem = (id: string) => ({
  id,
  title: id,
  publisher: 'P',
  authors: [],
  publishedOn: '2023-04-01',
  language: 'en',
  sha256: '0'.repeat(64),
  origin: 'seed' as const,
  reviewed: true,
});
const query: PathQuery = { from: 'KOR', to: 'RUS', types: [], ...PATH_DEFAULTS };
const found: PathsResult = { from: actors[0]!, to: actors[4]!, paths: [koreaToRussia] };

/** An API whose path answers the test gives, one by one, in order of asking. */
function pathsApi() {
  const asked: Array<{ params: PathParams; signal: AbortSignal | undefined }> = [];
  const answers: Array<{ resolve(r: PathsResult): void; reject(e: unknown): void }> = [];
  return {
    asked,
    answer: (i: number) => answers[i]!,
    paths: (params: PathParams, options?: { signal?: AbortSignal }) => {
      asked.push({ params, signal: options?.signal });
      return new Promise<PathsResult>((resolve, reject) => answers.push({ resolve, reject }));
    },
  };
}

function growth(newRecords: boolean) {
  const merged: Records[][] = [];
  return {
    merged,
    merge(graphs: readonly Records[]) {
      merged.push([...graphs]);
      return { actors: 0, any: newRecords };
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('path queries', () => {
  it('asks the API in its terms: a stance is a set of quad classes', () => {
    expect(pathParams({ ...query, stance: 'conflict', types: ['WAR'] })).toEqual({
      from: 'KOR',
      to: 'RUS',
      k: 3,
      maxHops: 4,
      direction: 'any',
      types: ['WAR'],
      quadClass: [3, 4],
    });
    expect(pathParams({ ...query, stance: 'cooperation' }).quadClass).toEqual([1, 2]);
    expect(pathParams(query).quadClass).toEqual([]);
  });

  it('walks only the briefs shown, and asks again when they change', async () => {
    const store = fixtureStore('?from=KOR&to=RUS&path=1&brief=brief-two');
    const api = pathsApi();
    connectPathQueries(store, api, growth(false));
    expect(api.asked[0]?.params.briefs).toEqual(['brief-two']);
    api.answer(0).resolve(found);
    await settle();
    store.dispatch(briefsListed([briefItem('brief-one'), briefItem('brief-two')]));
    store.dispatch(toggleBrief('brief-one'));
    // Both ticked again: no filter, and the question is asked again without one.
    expect(store.getState().filters.briefs).toBeNull();
    expect(api.asked).toHaveLength(2);
    expect(api.asked[1]?.params.briefs).toBeUndefined();
    api.answer(1).resolve(found);
    await settle();
    expect(store.getState().paths.status).toBe('done');
    // A type hidden in the legend is not a brief: the paths stay as they are.
    store.dispatch(toggleHiddenType('WAR'));
    expect(api.asked).toHaveLength(2);
  });

  it('with no brief shown, finds no path (the ends still resolved)', async () => {
    const store = fixtureStore('?from=KOR&to=RUS&brief=-');
    const api = pathsApi();
    connectPathQueries(store, api, growth(false));
    expect(api.asked[0]?.params).toMatchObject({ k: 1, maxHops: 1 });
    api.answer(0).resolve(found);
    await settle();
    const paths = store.getState().paths;
    expect(paths.status === 'done' && [paths.result.from.id, paths.result.paths]).toEqual(['KOR', []]);
  });

  it("runs a link's question at once, merges the paths' records, then dispatches the answer", async () => {
    const store = fixtureStore('?from=KOR&to=RUS&path=1');
    const api = pathsApi();
    const records = growth(true);
    connectPathQueries(store, api, records);
    expect(api.asked.map((a) => a.params.from)).toEqual(['KOR']);
    api.answer(0).resolve(found);
    await settle();
    expect(records.merged).toEqual([[{ nodes: [actors[0], actors[4]], edges: [] }, koreaToRussia]]);
    expect(store.getState().paths).toEqual({ status: 'done', query, result: found, run: 0 });
    expect(store.getState().graphVersion).toBe(2);
  });

  it('a new question aborts the one in flight, whose late answer is dropped', async () => {
    const store = fixtureStore();
    const api = pathsApi();
    const records = growth(false);
    connectPathQueries(store, api, records);
    store.dispatch(submitPathQuery(query));
    store.dispatch(submitPathQuery({ ...query, k: 1 }));
    expect(api.asked.map((a) => [a.params.k, a.signal?.aborted])).toEqual([
      [3, true],
      [1, false],
    ]);
    api.answer(0).resolve(found);
    api.answer(1).resolve({ ...found, paths: [] });
    await settle();
    expect(records.merged).toHaveLength(1);
    expect(store.getState().paths).toMatchObject({ status: 'done', result: { paths: [] } });
    expect(store.getState().graphVersion).toBe(1);
  });

  it('clearing the question aborts its search', () => {
    const store = fixtureStore('?from=KOR&to=RUS');
    const api = pathsApi();
    connectPathQueries(store, api, growth(false));
    store.dispatch(clearPathQuery());
    expect(api.asked[0]?.signal?.aborted).toBe(true);
  });

  it('a failure is dispatched with its message; retrying asks again', async () => {
    const store = fixtureStore('?from=KOR&to=RUS');
    const api = pathsApi();
    connectPathQueries(store, api, growth(false));
    api.answer(0).reject(new ApiError(503, 'DATABASE_UNAVAILABLE', 'The graph database is not reachable.'));
    await settle();
    expect(store.getState().paths).toEqual({
      status: 'failed',
      query,
      message: 'The graph database is not reachable.',
      run: 0,
    });
    store.dispatch(retryPathQuery());
    expect(api.asked).toHaveLength(2);
  });
});
