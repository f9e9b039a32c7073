import { type ApiClient, RELATIONSHIPS_PER_REQUEST } from '../api/api-client.ts';
import { awaitsQuotes, type GraphModel } from '../graph/graph-model.ts';
import { quotesArrived } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import { isRelationshipShown, type Visibility } from '../state/filters.ts';
import { presentationSteps } from '../state/presentation.ts';
import { shownPath } from '../state/selectors.ts';
import { shallowEqual } from '../state/store.ts';

/**
 * Quotes on demand: the whole graph comes without them (graph/src/contracts/compact-graph.ts),
 * so whatever shows a relationship's quotes asks for them here. Ids are fetched from
 * GET /api/relationships in batches of at most 500, each id once at a time, and the full
 * records fill the GraphModel (which keeps them: a second look asks nothing); each batch that
 * ends tells the store (quotesArrived), so what shows quotes draws again. A record that already
 * has its quotes (the seed graph's, a neighbourhood's, a path's) is never asked for.
 */

export type QuoteState = 'loaded' | 'loading' | 'failed';

export interface QuoteLoader {
  /** Asks for the quotes of these relationships that still lack them; resolves when every batch ended. */
  request(ids: Iterable<string>): Promise<void>;
  /**
   * The same, then throws when one of them still has none (the request failed, or the server
   * no longer has the relationship): for exports and snapshots, which must carry every quote.
   */
  complete(ids: Iterable<string>): Promise<void>;
  /** `failed`: asked for and not received; the views say so instead of waiting forever. */
  state(id: string): QuoteState;
}

export interface QuoteLoaderDeps {
  readonly api: Pick<ApiClient, 'relationships'>;
  readonly model: GraphModel;
  /** A batch ended, with quotes or without. */
  onSettled(): void;
  /** A failed id is asked for again only this long after (a view that redraws on arrivals would loop). */
  readonly retryAfterMs?: number;
  readonly now?: () => number;
  readonly batchSize?: number;
  /** Requests under way at once, at most: an export of 25,000 relationships does not flood the server. */
  readonly concurrency?: number;
}

export function createQuoteLoader({
  api,
  model,
  onSettled,
  batchSize = RELATIONSHIPS_PER_REQUEST,
  concurrency = 2,
  retryAfterMs = 10_000,
  now = () => Date.now(),
}: QuoteLoaderDeps): QuoteLoader {
  const inflight = new Map<string, Promise<void>>();
  /** Id → when its request failed. */
  const failed = new Map<string, number>();
  let running = 0;
  const queue: Array<() => void> = [];

  async function slot<T>(run: () => Promise<T>): Promise<T> {
    if (running < concurrency) running += 1;
    // A request that ends hands its place to the first waiting.
    else await new Promise<void>((go) => queue.push(go));
    try {
      return await run();
    } finally {
      const next = queue.shift();
      if (next) next();
      else running -= 1;
    }
  }

  function fetchBatch(ids: readonly string[]): Promise<void> {
    for (const id of ids) failed.delete(id);
    const done = slot(() => api.relationships(ids)).then(
      ({ items }) => {
        model.fillQuotes(items);
        // Left out by the server (removed since the graph was read): nothing will come.
        for (const id of ids) if (quoteless(id)) failed.set(id, now());
      },
      () => {
        for (const id of ids) failed.set(id, now());
      },
    );
    const settled = done.finally(() => {
      for (const id of ids) inflight.delete(id);
      onSettled();
    });
    for (const id of ids) inflight.set(id, settled);
    return settled;
  }

  const quoteless = (id: string) => {
    const rel = model.relationship(id);
    return rel !== undefined && awaitsQuotes(rel);
  };

  function request(ids: Iterable<string>, retryNow = false): Promise<void> {
    const waits = new Set<Promise<void>>();
    const fresh: string[] = [];
    for (const id of new Set(ids)) {
      if (!quoteless(id)) continue;
      const pending = inflight.get(id);
      const failedAt = failed.get(id);
      if (pending) waits.add(pending);
      else if (retryNow || failedAt === undefined || now() - failedAt >= retryAfterMs) fresh.push(id);
    }
    for (let i = 0; i < fresh.length; i += batchSize) waits.add(fetchBatch(fresh.slice(i, i + batchSize)));
    return Promise.all(waits).then(() => undefined);
  }

  return {
    request: (ids) => request(ids),
    async complete(ids) {
      const list = [...ids];
      await request(list, true);
      const missing = list.filter(quoteless).length;
      if (missing > 0) {
        throw new Error(
          `The quotes of ${missing} ${missing === 1 ? 'relationship' : 'relationships'} could not be loaded. Try again.`,
        );
      }
    },
    state(id) {
      if (!quoteless(id)) return 'loaded';
      return failed.has(id) && !inflight.has(id) ? 'failed' : 'loading';
    },
  };
}

/**
 * The relationships whose quotes the panels show for this state: the selected actor's (those
 * the filters show), the selected relationship and the merged edge it was tapped on, the path
 * drawn, and the hops presentation mode steps through.
 */
export function quotesOnDisplay(s: AppState, model: GraphModel, visibility: Visibility): string[] {
  const ids: string[] = [];
  const sel = s.selection;
  if (sel?.kind === 'actor') {
    for (const rel of model.relationshipsOf(sel.id))
      if (isRelationshipShown(rel, s.filters)) ids.push(rel.id);
  } else if (sel?.kind === 'relationship') {
    ids.push(sel.id);
    if (s.bundle && s.drawing.bundle) ids.push(...s.bundle.ids);
  }
  const path = shownPath(s);
  if (path) ids.push(...path.edges.map((e) => e.id));
  if (s.present) ids.push(...presentationSteps(s, model, visibility).hops.map((h) => h.relationshipId));
  return ids;
}

/** Asks for the quotes on display whenever what is displayed changes; the store hears of arrivals. */
export function connectQuoteLoading(
  store: AppStore,
  model: GraphModel,
  loader: Pick<QuoteLoader, 'request'>,
  visibility: (s: AppState) => Visibility,
): () => void {
  return store.subscribe(
    (s) => ({
      selection: s.selection,
      bundle: s.bundle,
      merging: s.drawing.bundle,
      path: shownPath(s),
      focus: s.focus,
      present: s.present,
      filters: s.filters,
      graphVersion: s.graphVersion,
    }),
    (_, __, s) => void loader.request(quotesOnDisplay(s, model, visibility(s))),
    { equals: shallowEqual, immediate: true },
  );
}

/** The loader of a page: its arrivals are dispatched to the store. */
export function createPageQuoteLoader(
  api: Pick<ApiClient, 'relationships'>,
  model: GraphModel,
  store: AppStore,
) {
  return createQuoteLoader({ api, model, onSettled: () => store.dispatch(quotesArrived()) });
}
