/**
 * The snapshot use case: a POST /api/snapshots body becomes a stored snapshot, and a POST
 * /api/render.* body the same drawing, not stored. A query is run by runGraphQuery (one read
 * transaction) and laid out by the layout the caller hands in (drawing/, run where the caller
 * decides: in process or off the main thread); a browser view is checked against the database
 * and its actors and relationships are replaced by the stored ones, so a snapshot's evidence is
 * always the brief's, never what a request claimed. Everything that can fail (unknown actors,
 * no path, unknown elements) fails before anything is written.
 */
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { isFiltered } from '../domain/filters.ts';
import { DEFAULT_FRAME } from '../domain/frame.ts';
import type {
  Actor,
  Point,
  Relationship,
  Snapshot,
  SnapshotFilters,
  SnapshotQuery,
  SnapshotRequest,
  SnapshotView,
} from '../domain/schemas.ts';
import type { RelationshipFilterInput } from '../queries/graph-query.ts';
import { runGraphQuery } from '../queries/run-graph-query.ts';
import { listBriefs } from '../store/briefs.repository.ts';
import type { Neo4jGateway } from '../store/neo4j-gateway.ts';
import { createSnapshot, readElements, type SnapshotDraft } from '../store/snapshots.repository.ts';
import { sourceLine } from './source-line.ts';

/** Where a layout put the actors, and the zoom and pan that fit them into `viewport`. */
export interface Placement {
  positions: Record<string, Point>;
  zoom: number;
  pan: Point;
  viewport: { width: number; height: number };
}

/** Lays out a query's answer; `labelled` are the relationships that will show their verb. */
export type LayoutFn = (
  nodes: readonly Actor[],
  edges: readonly Relationship[],
  labelled: readonly Relationship[],
) => Placement | Promise<Placement>;

/** What the query or view decides; title, caption, source line and drawing options are added after. */
type Drawing = Omit<
  SnapshotDraft,
  'title' | 'caption' | 'source' | 'frame' | 'scope' | 'bundle' | 'corroboration'
>;

/** Only the filter lists that hold something: what the image says it shows. */
function filtersOf(filter: RelationshipFilterInput): SnapshotFilters {
  const filters: SnapshotFilters = {};
  if (filter.types?.length) filters.types = filter.types;
  if (filter.modality?.length) filters.modality = filter.modality;
  if (filter.quadClass?.length) filters.quadClass = filter.quadClass;
  if (filter.briefs?.length) filters.briefs = filter.briefs;
  return filters;
}

/**
 * The unfiltered answer's relationship count of a filtered graph or neighbourhood query (the 44
 * of "14 of 44"); undefined when the query is not filtered, or when that answer was cut short.
 */
async function unfilteredTotal(
  gateway: Neo4jGateway,
  query: Extract<SnapshotQuery, { kind: 'graph' | 'neighborhood' }>,
): Promise<number | undefined> {
  if (!isFiltered(query)) return undefined;
  const { types: _t, modality: _m, quadClass: _q, briefs: _b, ...unfiltered } = query;
  const answer = await runGraphQuery(gateway, unfiltered);
  return answer.graph.truncated ? undefined : answer.graph.edges.length;
}

const withTotal = (total: number | undefined) => (total === undefined ? {} : { totalEdges: total });

/** The query run, then laid out. */
export async function drawQuery(
  gateway: Neo4jGateway,
  query: SnapshotQuery,
  layout: LayoutFn,
): Promise<Drawing> {
  const filters = filtersOf(query);
  switch (query.kind) {
    case 'path': {
      const { from, to, paths } = await runGraphQuery(gateway, query);
      const first = paths[0];
      if (!first) {
        throw new NotFoundError(
          `No path joins ${from.name} and ${to.name} within ${query.maxHops} hops with these filters; nothing was stored.`,
          { from: from.id, to: to.id },
        );
      }
      const nodes = new Map<string, Actor>();
      const edges = new Map<string, Relationship>();
      for (const path of paths) {
        for (const n of path.nodes) nodes.set(n.id, n);
        for (const e of path.edges) edges.set(e.id, e);
      }
      const highlightedPath = first.nodes.flatMap((n, i) => {
        const edge = first.edges[i];
        return edge ? [n.id, edge.id] : [n.id];
      });
      return {
        query: { ...query, from: from.id, to: to.id },
        filters,
        highlightedPath,
        nodes: [...nodes.values()],
        edges: [...edges.values()],
        ...(await layout([...nodes.values()], [...edges.values()], first.edges)),
      };
    }
    case 'neighborhood': {
      const { center, graph } = await runGraphQuery(gateway, query);
      return {
        query: { ...query, actor: center.id },
        filters,
        ...withTotal(await unfilteredTotal(gateway, query)),
        emphasis: { focus: { actorId: center.id, depth: query.depth } },
        nodes: graph.nodes,
        edges: graph.edges,
        ...(await layout(graph.nodes, graph.edges, [])),
      };
    }
    case 'graph': {
      const { graph } = await runGraphQuery(gateway, query);
      if (graph.nodes.length === 0)
        throw new NotFoundError('No actors match these filters; nothing was stored.');
      return {
        query,
        filters,
        ...withTotal(await unfilteredTotal(gateway, query)),
        nodes: graph.nodes,
        edges: graph.edges,
        ...(await layout(graph.nodes, graph.edges, [])),
      };
    }
  }
}

/** The browser's view, its elements re-read from the database. */
async function drawView(gateway: Neo4jGateway, view: SnapshotView): Promise<Drawing> {
  const filters = filtersOf(view.filters ?? {});
  const stored = await readElements(
    gateway,
    view.nodes.map((n) => n.id),
    view.edges,
    isFiltered(filters),
  );
  const missingActors = view.nodes.filter((n) => !stored.actors.has(n.id)).map((n) => n.id);
  const missingRelationships = view.edges.filter((e) => !stored.relationships.has(e.id)).map((e) => e.id);
  if (missingActors.length || missingRelationships.length) {
    const sample = [...missingActors, ...missingRelationships].slice(0, 5).join(', ');
    throw new NotFoundError(
      `The view names actors or relationships the graph does not hold (${sample}); nothing was stored.`,
      { actors: missingActors, relationships: missingRelationships },
    );
  }
  const nodes = view.nodes.map((n) => stored.actors.get(n.id)!);
  const edges = view.edges.map((e) => stored.relationships.get(e.id)!);
  const ids = new Set(nodes.map((n) => n.id));
  const astray = edges.find((e) => !ids.has(e.source) || !ids.has(e.target));
  if (astray) {
    throw new ValidationError(
      `Relationship ${astray.id} joins ${astray.source} and ${astray.target}; both must be in "nodes".`,
    );
  }
  const drawing: Drawing = {
    filters,
    ...withTotal(stored.among),
    nodes,
    edges,
    positions: view.positions,
    zoom: view.zoom,
    pan: view.pan,
  };
  if (view.highlightedPath?.length) drawing.highlightedPath = view.highlightedPath;
  if (view.emphasis && (view.emphasis.focus || view.emphasis.selected)) drawing.emphasis = view.emphasis;
  if (view.viewport) drawing.viewport = view.viewport;
  return drawing;
}

/**
 * Everything a snapshot holds but its id and date: the query run and laid out, or the view
 * checked and re-read; nothing is stored. An image route draws it as it is (title may be empty).
 */
export async function draftSnapshot(
  gateway: Neo4jGateway,
  request: Omit<SnapshotRequest, 'title'> & { title?: string },
  layout: LayoutFn,
): Promise<SnapshotDraft> {
  const drawing = request.query
    ? await drawQuery(gateway, request.query, layout)
    : await drawView(gateway, request.view!);
  return {
    ...drawing,
    title: request.title ?? '',
    ...(request.caption ? { caption: request.caption } : {}),
    frame: request.frame ?? DEFAULT_FRAME,
    scope: request.scope ?? 'all',
    bundle: request.bundle ?? true,
    ...(request.corroboration ? { corroboration: true } : {}),
    source: sourceLine(drawing.edges, await listBriefs(gateway)),
  };
}

export async function createSnapshotFrom(
  gateway: Neo4jGateway,
  request: SnapshotRequest,
  layout: LayoutFn,
): Promise<Snapshot> {
  return createSnapshot(gateway, await draftSnapshot(gateway, request, layout));
}
