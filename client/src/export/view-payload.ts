import type { Emphasis } from '@briefgraph/graph/domain/emphasis';
import type {
  Actor,
  Path,
  Point,
  Relationship,
  SnapshotFilters,
  SnapshotView,
} from '@briefgraph/graph/domain/schemas';
import { MODALITIES, type QuadClass, RELATIONSHIP_TYPE_NAMES } from '@briefgraph/graph/domain/vocabulary';
import { type Filters, quadKey } from '../state/filters.ts';

/**
 * Pure: what the canvas shows → the `view` of POST /api/snapshots and /api/render.*, and the
 * records the data exports are made of. Snapshots, images and files all start here, so they
 * hold the same actors and relationships.
 */

/** Whole graph: every visible element. Current view: those whose actors are inside the canvas. */
export type ExportScope = 'graph' | 'viewport';

/** What the Cytoscape view reports (cy-adapter.ts viewState()). */
export interface CanvasState {
  readonly zoom: number;
  readonly pan: Point;
  /** The canvas in CSS pixels; 0 when it is hidden (the table view). */
  readonly width: number;
  readonly height: number;
  /** Model positions of the drawn actors. */
  readonly positions: Readonly<Record<string, Point>>;
}

export interface ViewInput {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly relationships: ReadonlyMap<string, Relationship>;
  /** The ids drawn now (filters applied). */
  readonly visible: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly canvas: CanvasState;
  readonly filters: Filters;
  /** Ordered ids actor, relationship, actor, … of the highlighted path, or null. */
  readonly path: readonly string[] | null;
  /** The selection and the focus drawn (state/selectors.ts drawnEmphasis). */
  readonly emphasis: Emphasis;
  readonly scope: ExportScope;
}

export class EmptyViewError extends Error {
  override readonly name = 'EmptyViewError';
}

const QUAD_CLASSES: readonly QuadClass[] = [1, 2, 3, 4];

/** Positions are sent to a hundredth of a pixel: more is noise, and it keeps the body small. */
const round = (n: number) => Math.round(n * 100) / 100;

/** The part of model space the canvas shows. */
export function visibleExtent(canvas: Omit<CanvasState, 'positions'>) {
  return {
    x1: -canvas.pan.x / canvas.zoom,
    y1: -canvas.pan.y / canvas.zoom,
    x2: (canvas.width - canvas.pan.x) / canvas.zoom,
    y2: (canvas.height - canvas.pan.y) / canvas.zoom,
  };
}

/**
 * The legend's filter as lists of what is shown (the snapshot's convention), a dimension left
 * out when nothing of it is hidden. "No quad class" (structural ties) has no place in that
 * shape: hiding only those leaves quadClass out.
 */
export function shownFilters(filters: Filters): SnapshotFilters {
  const shown: SnapshotFilters = {};
  if (filters.hiddenTypes.size)
    shown.types = RELATIONSHIP_TYPE_NAMES.filter((t) => !filters.hiddenTypes.has(t));
  if (filters.hiddenModalities.size)
    shown.modality = MODALITIES.filter((m) => !filters.hiddenModalities.has(m));
  if (QUAD_CLASSES.some((q) => filters.hiddenQuads.has(quadKey(q))))
    shown.quadClass = QUAD_CLASSES.filter((q) => !filters.hiddenQuads.has(quadKey(q)));
  if (filters.briefs) shown.briefs = [...filters.briefs].sort();
  return shown;
}

/** actor, relationship, actor, … in the order walked. */
export function pathIds(path: Pick<Path, 'nodes' | 'edges'>): string[] {
  return path.nodes.flatMap((n, i) => {
    const edge = path.edges[i];
    return edge ? [n.id, edge.id] : [n.id];
  });
}

/** The records in scope: visible actors (inside the canvas for 'viewport') and the relationships among them. */
export function elementsInScope(input: Omit<ViewInput, 'filters' | 'path' | 'emphasis'>): {
  nodes: Actor[];
  edges: Relationship[];
} {
  const { canvas } = input;
  const inViewport = input.scope === 'viewport' && canvas.width > 0 && canvas.height > 0;
  const box = visibleExtent(canvas);
  const inside = (p: Point | undefined) =>
    !!p && (!inViewport || (p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2));
  const nodes = [...input.visible.nodes]
    .filter((id) => inside(canvas.positions[id]))
    .flatMap((id) => input.actors.get(id) ?? []);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = [...input.visible.edges]
    .flatMap((id) => input.relationships.get(id) ?? [])
    .filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

/**
 * The emphasis as far as the view holds it: a selection or a focus outside the view (an actor
 * beyond the canvas edge for "Current view") cannot be named in it.
 */
function emphasisInView(emphasis: Emphasis, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>) {
  const kept: Emphasis = {};
  const { selected, focus } = emphasis;
  if (selected && (selected.kind === 'actor' ? nodeIds : edgeIds).has(selected.id)) {
    kept.selected = { ...selected };
  }
  if (focus && nodeIds.has(focus.actorId)) kept.focus = { ...focus };
  return kept.selected || kept.focus ? kept : null;
}

/**
 * The body's `view`: full records as the API gave them, model positions, zoom and pan, the
 * canvas size, the filter, the path when all of it is in scope, and the selection and the focus
 * when they are. Throws EmptyViewError when no actor is in scope (the server needs at least one).
 */
export function buildView(input: ViewInput): SnapshotView {
  const { nodes, edges } = elementsInScope(input);
  if (nodes.length === 0) {
    throw new EmptyViewError(
      input.scope === 'viewport'
        ? 'No actor is inside the canvas: pan or zoom to one, or choose “Whole graph”.'
        : 'No actor is shown: change the filters to show some first.',
    );
  }
  const { canvas } = input;
  const positions: Record<string, Point> = {};
  for (const n of nodes) {
    const p = canvas.positions[n.id]!;
    positions[n.id] = { x: round(p.x), y: round(p.y) };
  }
  const nodeIds = new Set(nodes.map((n) => n.id));
  const edgeIds = new Set(edges.map((e) => e.id));
  const view: SnapshotView = {
    nodes,
    edges,
    positions,
    zoom: canvas.zoom,
    pan: { x: round(canvas.pan.x), y: round(canvas.pan.y) },
    filters: shownFilters(input.filters),
  };
  if (canvas.width > 0 && canvas.height > 0)
    view.viewport = { width: Math.round(canvas.width), height: Math.round(canvas.height) };
  if (input.path?.length && input.path.every((id) => nodeIds.has(id) || edgeIds.has(id))) {
    view.highlightedPath = [...input.path];
  }
  const emphasis = emphasisInView(input.emphasis, nodeIds, edgeIds);
  if (emphasis) view.emphasis = emphasis;
  return view;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "9 actors and 12 relationships" */
export function describeCounts(view: Pick<SnapshotView, 'nodes' | 'edges'>): string {
  return `${plural(view.nodes.length, 'actor', 'actors')} and ${plural(view.edges.length, 'relationship', 'relationships')}`;
}

/** What a snapshot of the view keeps, for the Share dialog. */
export function describeView(view: SnapshotView): string {
  const kept = [
    view.highlightedPath?.length ? 'the highlighted path' : null,
    view.emphasis?.focus ? 'the focus' : null,
    view.emphasis?.selected ? 'the selection' : null,
  ].filter((part) => part !== null);
  const also = kept.length ? `, and ${listed(kept)}` : '';
  return `The snapshot keeps the ${describeCounts(view)} shown, where they are drawn${also}.`;
}

/** "a", "a and b", "a, b and c". */
function listed(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
