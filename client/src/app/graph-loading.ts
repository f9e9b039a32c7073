import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import type { Graph } from '@briefgraph/graph/domain/schemas';
import { type ApiClient, ApiError, errorMessage } from '../api/api-client.ts';
import { createGraphView, type GraphView, type GraphViewEvents } from '../graph/cy-adapter.ts';
import { LARGE_GRAPH_ELEMENTS, toElements } from '../graph/cy-elements.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import { briefsListed, graphGrew, snapshotOpened } from '../state/actions.ts';
import type { AppState, AppStore } from '../state/app-state.ts';
import type { Visibility } from '../state/filters.ts';
import { showSnapshotBanner } from '../ui/snapshot-banner.ts';
import type { Status } from '../ui/status.ts';
import { layoutRoot } from './canvas-binding.ts';
import type { GraphGrowth } from './graph-growth.ts';
import { snapshotPath } from './snapshot-view.ts';

/**
 * The first graph: the live one (its most connected actors) or a permalink's snapshot, with the
 * list of briefs; drawn and laid out (a snapshot keeps its stored positions), or else an honest
 * message — slow, failed with a retry, empty, or no such snapshot.
 */

/** More actors than this and the server sends the most connected ones. */
const GRAPH_ACTOR_LIMIT = 300;
const SLOW_AFTER_MS = 4000;

export interface LoadDeps {
  readonly api: ApiClient;
  readonly store: AppStore;
  readonly model: GraphModel;
  readonly status: Status;
  readonly growth: Pick<GraphGrowth, 'ensureLoaded'>;
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
  try {
    const [g, briefs] = await Promise.all([
      snapshotId ? loadSnapshot(deps, snapshotId) : api.graph({ limit: GRAPH_ACTOR_LIMIT }),
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
  const positions = snapshot?.record.positions;
  const elements = toElements(model.actors.values(), model.relationships.values(), (id) =>
    model.degree(id),
  ).map((el) => (positions && el.group === 'nodes' ? { ...el, position: positions[el.data.id] } : el));
  const view = createGraphView(deps.elements.graph, deps.events, elements.length);
  deps.onCanvas(view);
  if (elements.length > LARGE_GRAPH_ELEMENTS) {
    status.loading(`Laying out ${model.actors.size.toLocaleString('en')} actors…`);
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
    });
    if (s.positions) view.setPositions(s.positions);
  }
  status.hide();
  return view;
}

async function loadSnapshot(deps: LoadDeps, id: string): Promise<Graph> {
  const record = await deps.api.snapshot(id);
  deps.store.dispatch(snapshotOpened(record, snapshotPath(record)));
  showSnapshotBanner(deps.elements.banner, record);
  return { nodes: record.nodes, edges: record.edges, truncated: false };
}
