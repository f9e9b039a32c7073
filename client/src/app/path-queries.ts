import type { PathsResult } from '@briefgraph/graph/domain/schemas';
import type { QuadClass } from '@briefgraph/graph/domain/vocabulary';
import { type ApiClient, errorMessage, type PathParams } from '../api/api-client.ts';
import { graphGrew, pathsArrived, pathsFailed } from '../state/actions.ts';
import type { AppState, AppStore, PathRequest } from '../state/app-state.ts';
import type { PathQuery } from '../state/url-state.ts';
import type { GraphGrowth } from './graph-growth.ts';

/**
 * Runs the path search the store asks for (state.paths loading): one request at a time, an
 * older one aborted when another search starts or the question is cleared. The records of the
 * paths found join the graph before the answer is dispatched.
 */

/** Cooperation = quad classes 1 and 2, conflict = 3 and 4. */
/** Cooperation and conflict are CAMEO quad classes 1-2 and 3-4. */
const STANCE_CLASSES = { any: [], cooperation: [1, 2], conflict: [3, 4] } as const satisfies Record<
  PathQuery['stance'],
  readonly QuadClass[]
>;

/**
 * The path query and the briefs shown (the Briefs filter, null for every brief): a path runs only
 * through relationships that a shown brief supports. None shown leaves nothing to walk, which
 * the API has no words for (an empty list is no filter), so no question is sent then.
 */
export function pathParams(query: PathQuery, briefs: ReadonlySet<string> | null = null): PathParams {
  return {
    ...(briefs ? { briefs: [...briefs].sort() } : {}),
    from: query.from,
    to: query.to,
    k: query.k,
    maxHops: query.maxHops,
    direction: query.direction,
    types: query.types,
    quadClass: STANCE_CLASSES[query.stance],
  };
}

const pending = (s: AppState): PathRequest | null => (s.paths.status === 'loading' ? s.paths : null);

/** With every brief unticked nothing is walked: the ends resolved (k = 1, one hop), no path. */
async function noBriefShown(
  api: Pick<ApiClient, 'paths'>,
  query: PathQuery,
  signal: AbortSignal,
): Promise<PathsResult> {
  const ends = await api.paths({ ...pathParams(query), k: 1, maxHops: 1, types: [] }, { signal });
  return { ...ends, paths: [] };
}

export function connectPathQueries(
  store: AppStore,
  api: Pick<ApiClient, 'paths'>,
  growth: Pick<GraphGrowth, 'merge'>,
): () => void {
  let inflight: AbortController | null = null;

  async function run(request: PathRequest): Promise<void> {
    const controller = new AbortController();
    inflight = controller;
    let result: PathsResult;
    try {
      const { briefs } = store.getState().filters;
      result =
        briefs?.size === 0
          ? await noBriefShown(api, request.query, controller.signal)
          : await api.paths(pathParams(request.query, briefs), { signal: controller.signal });
    } catch (error) {
      if (!controller.signal.aborted) store.dispatch(pathsFailed(request, errorMessage(error)));
      return;
    }
    if (controller.signal.aborted || store.getState().paths !== request) return;
    const ends = { nodes: [result.from, result.to], edges: [] };
    // One dispatch for both: the records joined the graph, and the paths arrived.
    const grew = growth.merge([ends, ...result.paths]).any;
    store.dispatch((s) => pathsArrived(request, result)(grew ? graphGrew()(s) : s));
  }

  return store.subscribe(
    pending,
    (request) => {
      inflight?.abort();
      inflight = null;
      if (request) void run(request);
    },
    { immediate: true },
  );
}
