import type { Actor, Graph } from '@briefgraph/graph/domain/schemas';
import { type ApiClient, errorMessage } from '../api/api-client.ts';
import type { GraphView } from '../graph/cy-adapter.ts';
import { toEdgeElement, toNodeElement } from '../graph/cy-elements.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import { graphGrew, quotesArrived, select } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import type { Status } from '../ui/status.ts';

/**
 * Bringing more of the graph in: records merged into the GraphModel are drawn on the canvas
 * (new actors around an anchor when there is one) and the store is told (graphGrew). A
 * neighbourhood comes in when an actor is expanded, or chosen in search before it was loaded.
 */

export type Records = Pick<Graph, 'nodes' | 'edges'>;

export interface GraphGrowthDeps {
  readonly api: ApiClient;
  readonly store: AppStore;
  readonly model: GraphModel;
  readonly status: Status;
  /** The canvas, once the first graph is drawn. */
  view(): GraphView | null;
}

export function createGraphGrowth({ api, store, model, status, view }: GraphGrowthDeps) {
  function mergeOne(graph: Records, anchorId: string | null): { actors: number; any: boolean } {
    const added = model.merge(graph);
    // Full records (a neighbourhood, a path) bring the quotes the whole graph came without.
    if (added.filled > 0) store.dispatch(quotesArrived());
    const any = added.actors.length > 0 || added.relationships.length > 0;
    const canvas = view();
    if (!canvas || !any) return { actors: added.actors.length, any };
    canvas.add(
      [
        ...added.actors.map((a) => toNodeElement(a, model.degree(a.id))),
        ...added.relationships.map(toEdgeElement),
      ],
      anchorId,
    );
    // Actors already drawn that gained relationships grow with their degree.
    const newIds = new Set(added.actors.map((a) => a.id));
    const touched = new Set(added.relationships.flatMap((r) => [r.source, r.target]));
    canvas.updateNodes(
      [...touched]
        .filter((id) => !newIds.has(id))
        .flatMap((id) => {
          const actor = model.actor(id);
          return actor ? [toNodeElement(actor, model.degree(id))] : [];
        }),
    );
    return { actors: added.actors.length, any };
  }

  /** Merges the graphs in order and draws what is new; the caller tells the store when `any`. */
  function merge(graphs: readonly Records[], anchorId: string | null = null) {
    let actors = 0;
    let any = false;
    for (const graph of graphs) {
      const added = mergeOne(graph, anchorId);
      actors += added.actors;
      any ||= added.any;
    }
    return { actors, any };
  }

  /** Merges, draws, and tells the store; returns how many actors were new. */
  function add(graphs: readonly Records[], anchorId: string | null = null): number {
    const added = merge(graphs, anchorId);
    if (added.any) store.dispatch(graphGrew());
    return added.actors;
  }

  /** Actors a deep link names that the (possibly truncated) first graph did not bring: their neighbourhoods. */
  async function ensureLoaded(actorIds: readonly string[]): Promise<void> {
    const missing = actorIds.filter((id) => !model.actors.has(id));
    const graphs = await Promise.all(
      missing.map((id) => api.neighborhood(id, { depth: 1 }).catch(() => null)),
    );
    add(graphs.filter((g) => g !== null));
  }

  async function expand(actorId: string): Promise<void> {
    const name = model.nameOf(actorId);
    try {
      const added = add([await api.neighborhood(actorId, { depth: 1 })], actorId);
      status.toast(
        added
          ? `Added ${added} ${added === 1 ? 'actor' : 'actors'} next to ${name}.`
          : `All of ${name}'s neighbours are already shown.`,
      );
    } catch (error) {
      status.toast(`Could not expand ${name}. ${errorMessage(error)}`, {
        error: true,
        action: { label: 'Try again', run: () => void expand(actorId) },
      });
    }
  }

  /** A search result: loaded with its neighbours when it was not, selected, and centred on. */
  async function chooseActor(actor: Actor): Promise<void> {
    if (!model.actors.has(actor.id)) {
      const graph = await api
        .neighborhood(actor.id, { depth: 1 })
        .catch((): Records => ({ nodes: [actor], edges: [] }));
      add([
        graph.nodes.some((n) => n.id === actor.id)
          ? graph
          : { nodes: [actor, ...graph.nodes], edges: graph.edges },
      ]);
    }
    store.dispatch(select({ kind: 'actor', id: actor.id }, 'other'));
    view()?.centreOn(actor.id);
  }

  return { merge, add, ensureLoaded, expand, chooseActor };
}

export type GraphGrowth = ReturnType<typeof createGraphGrowth>;
