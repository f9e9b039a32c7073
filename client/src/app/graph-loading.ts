import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import type { Placement } from '@briefgraph/graph/contracts/compact-graph';
import type { Graph, Point } from '@briefgraph/graph/domain/schemas';
import { type ApiClient, ApiError, errorMessage } from '../api/api-client.ts';
import { createGraphView, type GraphView, type GraphViewEvents } from '../graph/cy-adapter.ts';
import { LARGE_GRAPH_ELEMENTS, toElements } from '../graph/cy-elements.ts';
import { awaitsQuotes, type GraphModel } from '../graph/graph-model.ts';
import { presetPositions } from '../graph/preset-positions.ts';
import { briefsListed, graphGrew, snapshotOpened } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { showSnapshotBanner } from '../ui/snapshot-banner.ts';
import type { Status } from '../ui/status.ts';
import { layoutRoot } from './canvas-binding.ts';
import type { GraphGrowth } from './graph-growth.ts';
import type { QuoteLoader } from './quote-loader.ts';
import { snapshotPath } from './snapshot-view.ts';

/**
 * The first graph: the live one (the whole graph, compact, up to WHOLE_GRAPH) or a permalink's
 * snapshot, with the list of briefs; drawn and laid out, or else an honest message — slow,
 * failed with a retry, empty, or no such snapshot.
 *
 * Who places the actors: a snapshot keeps its stored positions; a graph of at most
 * BROWSER_LAYOUT_ACTORS actors is laid out here (fcose), as it always was, its quotes fetched
 * before it is drawn; a bigger one is drawn where the server's whole-graph layout put it, no
 * layout in the browser, its quotes fetched when something shows them (quote-loader.ts).
 */

/** The whole graph the explorer opens, at most; beyond, the server sends the most connected actors. */
export const WHOLE_GRAPH = { limit: 10_000, edgeLimit: 25_000 } as const;
/** Up to this many actors the browser lays the graph out itself. */
export const BROWSER_LAYOUT_ACTORS = 300;
/** A small graph's quotes come before it is drawn, in at most four requests. */
const PREFETCH_QUOTES_MAX = 2_000;
const SLOW_AFTER_MS = 4000;

export interface LoadDeps {
  readonly api: ApiClient;
  readonly store: AppStore;
  readonly model: GraphModel;
  readonly status: Status;
  readonly growth: Pick<GraphGrowth, 'ensureLoaded'>;
  readonly quotes: Pick<QuoteLoader, 'request'>;
  readonly visibility: (s: AppState) => Visibility;
  /** Set on a permalink (/s/:id). */
  readonly snapshotId: string | null;
  readonly elements: { readonly graph: HTMLElement; readonly banner: HTMLElement };
  readonly events: GraphViewEvents;
  readonly timing: { dataAt: number };
  /** The canvas is made: records that come in from now on are drawn on it. */
  onCanvas(view: GraphView): void;
  /** The side panel's line while there is no graph. */
  showMessage(kicker: string, title: string, text: string): void;
}

async function explainFailure(api: ApiClient, error: unknown): Promise<string> {
  const message = errorMessage(error);
  try {
    const health = await api.health({ timeoutMs: 3000 });
    if (health.neo4j && health.neo4j.status !== 'up')
      return `${message} The graph database is not reachable.`;
  } catch {
    // The health check failing too says the server itself is down; the message says so.
  }
  return message;
}

/** Actors a deep link names, which the (possibly truncated) first graph may not have brought. */
function actorsNamedByLink(s: AppState): string[] {
  const ids: string[] = [];
  if (s.selection?.kind === 'actor') ids.push(s.selection.id);
  if (s.focus) ids.push(s.focus.actorId);
  return ids;
}

/** Fetches and draws the first graph; resolves with the canvas, or null when there is none to show. */
export async function loadGraph(deps: LoadDeps, retry: () => void): Promise<GraphView | null> {
  const { api, store, model, status, snapshotId } = deps;
  status.loading('Loading the graph…');
  const slow = setTimeout(
    () => status.loading('Still loading: the server is slow to answer…'),
    SLOW_AFTER_MS,
  );
  let graph: Graph;
  let stored: ReadonlyMap<string, Placement> = new Map();
  try {
    const [g, briefs] = await Promise.all([
      snapshotId
        ? loadSnapshot(deps, snapshotId)
        : api.wholeGraph(WHOLE_GRAPH).then(
            (whole) => {
              stored = whole.placements;
              return whole.graph;
            },
            (error: unknown) => mostConnectedInstead(deps, error),
          ),
      api.briefs().catch(() => ({ items: [] as BriefListItem[] })),
    ]);
    graph = g;
    store.dispatch(briefsListed(briefs.items));
  } catch (error) {
    clearTimeout(slow);
    if (snapshotId && error instanceof ApiError && error.status === 404) {
      status.notice(
        'This snapshot does not exist',
        `No snapshot has the id “${snapshotId}”: the link may be mistyped or cut short.`,
        { href: '/', label: 'Open the live graph' },
      );
      deps.showMessage('Snapshot', 'Nothing to show', 'This link names no snapshot.');
      return null;
    }
    status.error('The graph could not be loaded', await explainFailure(api, error), retry);
    deps.showMessage('Explore', 'No graph yet', 'Nothing can be selected until the graph has loaded.');
    return null;
  }
  clearTimeout(slow);
  deps.timing.dataAt = performance.now();
  model.merge(graph);
  model.truncated = graph.truncated;
  store.dispatch(graphGrew());
  if (model.actors.size === 0) {
    status.empty('No brief has been loaded yet, so there is nothing to draw. Load one with “npm run load”.');
    return null;
  }
  const snapshot = store.getState().snapshot;
  const small = model.actors.size <= BROWSER_LAYOUT_ACTORS;
  if (!snapshot && small) await prefetchQuotes(model, deps.quotes);
  const preset = snapshot ? null : serverPositions(model, store.getState(), small, stored);
  const positions = snapshot?.record.positions ?? preset;
  const elements = toElements(model.actors.values(), model.relationships.values(), (id) =>
    model.degree(id),
  ).map((el) => (positions && el.group === 'nodes' ? { ...el, position: positions[el.data.id] } : el));
  const view = createGraphView(deps.elements.graph, deps.events, elements.length);
  // A snapshot is drawn as it was: its clusters are not named.
  if (!snapshot) view.setCommunities(new Map([...stored].map(([id, p]) => [id, p.community])));
  deps.onCanvas(view);
  if (elements.length > LARGE_GRAPH_ELEMENTS) {
    const n = model.actors.size.toLocaleString('en');
    status.loading(positions ? `Drawing ${n} actors…` : `Laying out ${n} actors…`);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  view.add(elements);
  // A snapshot keeps its stored positions (no layout runs); its zoom and pan are set once drawn.
  if (!snapshot) await deps.growth.ensureLoaded(actorsNamedByLink(store.getState()));
  view.setVisibility(deps.visibility(store.getState()));
  if (!snapshot) {
    const s = store.getState();
    // A link's fresh layout is replayed from its seed, and its dragged actors put back.
    await view.runLayout({
      name: s.layout,
      rootId: layoutRoot(s),
      animate: false,
      ...(s.seed !== null ? { seed: s.seed } : {}),
      ...(preset ? { preset } : {}),
    });
    if (s.positions) view.setPositions(s.positions);
  }
  status.hide();
  return view;
}

/**
 * The server's positions for a big graph, unless the link asks for a layout of its own (another
 * layout, or a fresh one's seed) or the server placed none of its actors yet.
 */
function serverPositions(
  model: GraphModel,
  s: AppState,
  small: boolean,
  stored: ReadonlyMap<string, Point>,
): Record<string, Point> | null {
  if (small || s.layout !== 'fcose' || s.seed !== null) return null;
  return presetPositions([...model.actors.keys()], model.relationships.values(), stored);
}

/** A small graph's quotes, before it is drawn: its panels show them at once, as they always did. */
async function prefetchQuotes(model: GraphModel, quotes: Pick<QuoteLoader, 'request'>): Promise<void> {
  const ids: string[] = [];
  for (const rel of model.relationships.values()) if (awaitsQuotes(rel)) ids.push(rel.id);
  // Failed or not, the graph is drawn; whatever shows a quote asks again.
  if (ids.length > 0 && ids.length <= PREFETCH_QUOTES_MAX) await quotes.request(ids).catch(() => undefined);
}

/**
 * The whole graph ran past the server's transaction timeout (a cold or busy database): the
 * most connected actors instead, as the explorer opened before, so there is a graph to work
 * with; the footer says "most connected only" and a toast says why.
 */
async function mostConnectedInstead(deps: LoadDeps, error: unknown): Promise<Graph> {
  if (!(error instanceof ApiError && error.code === 'QUERY_TIMEOUT')) throw error;
  const graph = await deps.api.graph({ limit: BROWSER_LAYOUT_ACTORS });
  deps.status.toast(
    `The whole graph took too long to read, so the ${BROWSER_LAYOUT_ACTORS} most connected actors are shown. Reload to try again.`,
  );
  return graph;
}

async function loadSnapshot(deps: LoadDeps, id: string): Promise<Graph> {
  const record = await deps.api.snapshot(id);
  deps.store.dispatch(snapshotOpened(record, snapshotPath(record)));
  showSnapshotBanner(deps.elements.banner, record);
  return { nodes: record.nodes, edges: record.edges, truncated: false };
}
