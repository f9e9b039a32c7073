/**
 * Turns a POST /api/snapshots body into a stored snapshot, and a POST /api/render.* body into
 * the same drawing, not stored. A query is run with the same repositories as the GET routes and
 * laid out here; a browser view is checked against the database, and its actors and
 * relationships are replaced by the stored ones, so a snapshot's evidence is always the brief's,
 * never what a request claimed. Everything that can fail (unknown actors, no path, unknown
 * elements) fails before anything is written.
 */

import { NotFoundError, ValidationError } from '@briefgraph/graph/domain/errors';
import type { RelationshipFilter } from '@briefgraph/graph/domain/filters';
import type {
  Actor,
  BriefMetadata,
  Relationship,
  Snapshot,
  SnapshotFilters,
  SnapshotQuery,
  SnapshotRequest,
  SnapshotView,
} from '@briefgraph/graph/domain/schemas';
import { getRelationshipType } from '@briefgraph/graph/domain/vocabulary';
import { findPaths } from '@briefgraph/graph/queries/paths.cypher';
import { wholeGraph } from '@briefgraph/graph/queries/whole-graph.cypher';
import { assertActor, neighborhood } from '@briefgraph/graph/store/actors.repository';
import { listBriefs } from '@briefgraph/graph/store/briefs.repository';
import type { Neo4jGateway } from '@briefgraph/graph/store/neo4j-gateway';
import {
  createSnapshot,
  readElements,
  type SnapshotDraft,
} from '@briefgraph/graph/store/snapshots.repository';
import { textWidth } from './fonts.ts';
import { fitViewport, layoutGraph, stretchApart } from './layout.ts';
import { EDGE_LABEL_SIZE } from './scene.ts';

/** The viewport a server-made snapshot's zoom and pan are fitted to. */
export const DEFAULT_VIEWPORT = { width: 1200, height: 800 } as const;

type Drawing = Omit<SnapshotDraft, 'title' | 'caption' | 'source'>;

function filtersOf(q: Pick<SnapshotQuery, 'types' | 'modality' | 'quadClass'>): SnapshotFilters {
  const filters: SnapshotFilters = {};
  if (q.types?.length) filters.types = q.types;
  if (q.modality?.length) filters.modalities = q.modality;
  if (q.quadClass?.length) filters.quadClasses = q.quadClass;
  return filters;
}

function toRelationshipFilter(filters: SnapshotFilters): RelationshipFilter {
  return { types: filters.types, modalities: filters.modalities, quadClasses: filters.quadClasses };
}

function withoutDegree({ degree: _degree, ...actor }: Actor & { degree: number }): Actor {
  return actor;
}

function laidOut(
  nodes: Actor[],
  edges: Relationship[],
  labelled: readonly Relationship[] = [],
): Pick<Drawing, 'positions' | 'zoom' | 'pan' | 'viewport'> {
  // Highlighted edges carry their verb: room for it beside the edge, between the two actors.
  const positions = stretchApart(
    layoutGraph(nodes, edges),
    labelled.map((e) => ({
      source: e.source,
      target: e.target,
      minLength: textWidth(getRelationshipType(e.type).label, EDGE_LABEL_SIZE, true) + 100,
    })),
  );
  return { positions, ...fitViewport(positions, DEFAULT_VIEWPORT), viewport: { ...DEFAULT_VIEWPORT } };
}

async function drawQuery(gateway: Neo4jGateway, query: SnapshotQuery): Promise<Drawing> {
  const filters = filtersOf(query);
  const filter = toRelationshipFilter(filters);
  switch (query.kind) {
    case 'path': {
      const [from, to] = await Promise.all([
        assertActor(gateway, query.from),
        assertActor(gateway, query.to),
      ]);
      const paths = await findPaths(gateway, {
        ...filter,
        from: from.id,
        to: to.id,
        k: query.k,
        maxHops: query.maxHops,
        direction: query.direction,
      });
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
        ...laidOut([...nodes.values()], [...edges.values()], first.edges),
      };
    }
    case 'neighborhood': {
      const actor = withoutDegree(await assertActor(gateway, query.actor));
      const graph = await neighborhood(gateway, actor.id, query.depth, filter, query.limit);
      return {
        query: { ...query, actor: actor.id },
        filters,
        nodes: graph.nodes,
        edges: graph.edges,
        ...laidOut(graph.nodes, graph.edges),
      };
    }
    case 'graph': {
      const graph = await wholeGraph(gateway, filter, query.limit, query.edgeLimit);
      if (graph.nodes.length === 0) {
        throw new NotFoundError('No actors match these filters; nothing was stored.');
      }
      return { query, filters, nodes: graph.nodes, edges: graph.edges, ...laidOut(graph.nodes, graph.edges) };
    }
  }
}

async function drawView(gateway: Neo4jGateway, view: SnapshotView): Promise<Drawing> {
  const stored = await readElements(
    gateway,
    view.nodes.map((n) => n.id),
    view.edges,
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
    filters: view.filters ?? {},
    nodes,
    edges,
    positions: view.positions,
    zoom: view.zoom,
    pan: view.pan,
  };
  if (view.highlightedPath?.length) drawing.highlightedPath = view.highlightedPath;
  if (view.viewport) drawing.viewport = view.viewport;
  return drawing;
}

/** "Sejong Focus No.25, The Sejong Institute, 2023-04-03" */
export function citation(brief: BriefMetadata): string {
  const number = brief.number?.replace(/\s*\(.*\)\s*$/, '');
  const name = brief.series ? [brief.series, number].filter(Boolean).join(' ') : brief.title;
  return `${name}, ${brief.publisher}, ${brief.publishedOn}`;
}

/** The briefs the evidence quotes, most quoted first: "Source: …" or "Sources: …; …". */
export function sourceLine(edges: readonly Relationship[], briefs: readonly BriefMetadata[]): string {
  const quoted = new Map<string, number>();
  for (const e of edges)
    for (const ev of e.evidence) quoted.set(ev.briefId, (quoted.get(ev.briefId) ?? 0) + 1);
  if (quoted.size === 0) return '';
  const byId = new Map(briefs.map((b) => [b.id, b]));
  const ids = [...quoted.keys()].sort(
    (a, b) => (quoted.get(b) ?? 0) - (quoted.get(a) ?? 0) || a.localeCompare(b),
  );
  const shown = ids.slice(0, 3).map((id) => {
    const brief = byId.get(id);
    return brief ? citation(brief) : id;
  });
  const more = ids.length > 3 ? ` and ${ids.length - 3} more briefs` : '';
  return `${ids.length === 1 ? 'Source' : 'Sources'}: ${shown.join('; ')}${more}`;
}

/**
 * Everything a snapshot holds but its id and date: the query run and laid out, or the view
 * checked and re-read; nothing is stored. An image route draws it as it is (title may be empty).
 */
export async function draftSnapshot(
  gateway: Neo4jGateway,
  request: Omit<SnapshotRequest, 'title'> & { title?: string },
): Promise<SnapshotDraft> {
  const drawing = request.query
    ? await drawQuery(gateway, request.query)
    : await drawView(gateway, request.view!);
  return {
    ...drawing,
    title: request.title ?? '',
    ...(request.caption ? { caption: request.caption } : {}),
    source: sourceLine(drawing.edges, await listBriefs(gateway)),
  };
}

export async function createSnapshotFrom(gateway: Neo4jGateway, request: SnapshotRequest): Promise<Snapshot> {
  return createSnapshot(gateway, await draftSnapshot(gateway, request));
}
