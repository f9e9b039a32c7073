import { type Emphasis, emphasisedIds } from '@briefgraph/graph/domain/emphasis';
import type { Path, Relationship } from '@briefgraph/graph/domain/schemas';
import { pathIds } from '../export/view-payload.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import type { AppState } from './app-state.ts';
import { computeVisibility, type Visibility } from './filters.ts';
import { samePathQuery } from './url-state.ts';

/**
 * Pure: what the state implies — the path drawn, the elements shown, what is emphasised — for
 * the views to select. Those over the GraphModel read its records and take graphVersion as
 * their signal that the records changed.
 */

/** The chosen one of the current path results, or null. */
export function chosenPath(s: AppState): Path | null {
  if (s.pathIndex === null || s.paths.status !== 'done' || !samePathQuery(s.paths.query, s.pathQuery)) {
    return null;
  }
  return s.paths.result.paths[s.pathIndex] ?? null;
}

/** The path drawn: the one chosen among the results, or else a snapshot's own. */
export function shownPath(s: AppState): Path | null {
  return chosenPath(s) ?? (s.snapshot?.pathShown ? s.snapshot.path : null);
}

/** How many paths the shown one is among: the results', or 1 for a snapshot's own. */
export function pathCount(s: AppState): number {
  return chosenPath(s) && s.paths.status === 'done' ? s.paths.result.paths.length : 1;
}

/** What filters never hide: the selection, the focused actor, the path drawn. */
export function pinnedIds(s: AppState): string[] {
  const ids: string[] = [];
  if (s.selection) ids.push(s.selection.id);
  if (s.focus) ids.push(s.focus.actorId);
  const path = shownPath(s);
  if (path) ids.push(...pathIds(path));
  return ids;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * The elements shown (filters.ts computeVisibility), computed once per change of its inputs;
 * when a change leaves the same elements shown (a click on a shown actor), the previous value
 * is kept, so what draws it is not called.
 */
export function visibilitySelector(model: GraphModel): (s: AppState) => Visibility {
  let inputs: { version: number; filters: AppState['filters']; pinned: string } | null = null;
  let last: Visibility = { nodes: new Set(), edges: new Set() };
  return (s) => {
    const pinnedList = pinnedIds(s);
    const pinned = pinnedList.join(' ');
    if (
      inputs &&
      inputs.version === s.graphVersion &&
      inputs.filters === s.filters &&
      inputs.pinned === pinned
    )
      return last;
    inputs = { version: s.graphVersion, filters: s.filters, pinned };
    const next = computeVisibility(model, s.filters, pinnedList);
    if (!sameSet(next.nodes, last.nodes) || !sameSet(next.edges, last.edges)) last = next;
    return last;
  };
}

/**
 * What the analyst emphasises, in the terms of a snapshot's view: the path drawn (ordered ids),
 * the selection and the focus, each only when the loaded graph holds it. The canvas fades by it
 * and Share and Export send it, so an image emphasises what the canvas did.
 */
export interface DrawnEmphasis {
  readonly highlightedPath: readonly string[] | null;
  readonly emphasis: Emphasis;
}

export function drawnEmphasis(s: AppState, model: GraphModel): DrawnEmphasis {
  const path = shownPath(s);
  const emphasis: Emphasis = {};
  const selected = s.selection;
  if (
    selected &&
    (selected.kind === 'actor' ? model.actors.has(selected.id) : model.relationship(selected.id))
  ) {
    emphasis.selected = { kind: selected.kind, id: selected.id };
  }
  if (s.focus && model.actors.has(s.focus.actorId)) {
    emphasis.focus = { actorId: s.focus.actorId, depth: s.focus.depth };
  }
  return { highlightedPath: path ? pathIds(path) : null, emphasis };
}

/**
 * Whether anything fades: a path or a focus (a selection alone fades nothing). Asked of the
 * shared rule itself, over no relationships, which is all it needs to say whether.
 */
export function isEmphasising(s: AppState, model: GraphModel): boolean {
  const { highlightedPath, emphasis } = drawnEmphasis(s, model);
  return emphasisedIds({ edges: [], highlightedPath: highlightedPath ?? undefined, emphasis }) !== null;
}

/** The shown relationships as a list, once per visibility (it is the same object while nothing changes). */
const shownLists = new WeakMap<Visibility, { model: GraphModel; edges: Relationship[] }>();
function shownRelationships(model: GraphModel, visibility: Visibility): Relationship[] {
  const cached = shownLists.get(visibility);
  if (cached?.model === model) return cached.edges;
  const edges = visibleRelationships(model, visibility);
  shownLists.set(visibility, { model, edges });
  return edges;
}

/**
 * Ids that keep full strength while the rest fades, by the rule every renderer of snapshots
 * follows (graph/src/domain/emphasis.ts): the path drawn, or else the focus's neighbourhood over
 * the shown relationships; the selection (and a selected relationship's actors) always stays.
 */
export function emphasisIds(
  s: AppState,
  model: GraphModel,
  visibility: Visibility,
): { keep: Set<string>; path?: Set<string> } | null {
  const { highlightedPath, emphasis } = drawnEmphasis(s, model);
  const keep = emphasisedIds({
    edges: shownRelationships(model, visibility),
    highlightedPath: highlightedPath ?? undefined,
    emphasis,
  });
  if (!keep) return null;
  return highlightedPath ? { keep, path: new Set(highlightedPath) } : { keep };
}

/** "Path 2: South Korea → Russia", "Focus: Ukraine · 2 steps", or null: the chip under the canvas. */
export function emphasisLabel(s: AppState, model: GraphModel): string | null {
  const path = shownPath(s);
  if (path) {
    const first = path.nodes[0]?.name ?? '';
    const last = path.nodes[path.nodes.length - 1]?.name ?? '';
    const which = s.pathIndex === null ? 'Path' : `Path ${s.pathIndex + 1}`;
    return `${which}: ${first} → ${last}`;
  }
  if (s.focus && model.actors.has(s.focus.actorId)) {
    const steps = `${s.focus.depth} ${s.focus.depth === 1 ? 'step' : 'steps'}`;
    return `Focus: ${model.nameOf(s.focus.actorId)} · ${steps}`;
  }
  return null;
}

/** What the brief reader marks besides the selected relationship: the actor's, or the path's. */
export function relatedIds(s: AppState, model: GraphModel): Set<string> {
  if (s.selection?.kind === 'actor') {
    return new Set(model.relationshipsOf(s.selection.id).map((r) => r.id));
  }
  const path = shownPath(s);
  return new Set(path && !s.selection ? path.edges.map((e) => e.id) : []);
}

export function hiddenRelationshipIds(model: GraphModel, visibility: Visibility): Set<string> {
  const hidden = new Set<string>();
  for (const id of model.relationships.keys()) if (!visibility.edges.has(id)) hidden.add(id);
  return hidden;
}

export function visibleRelationships(model: GraphModel, visibility: Visibility): Relationship[] {
  return [...model.relationships.values()].filter((r) => visibility.edges.has(r.id));
}

/**
 * What the canvas shows, in counts, for its accessible description: the actors and relationships
 * shown, and the selection with its shown relationships (an actor's; a relationship has none).
 */
export interface ViewSummary {
  readonly actors: number;
  readonly relationships: number;
  readonly selection:
    | { readonly kind: 'actor'; readonly id: string; readonly relationships: number }
    | { readonly kind: 'relationship'; readonly id: string }
    | null;
  /** The chip under the canvas: the path drawn or the focus. */
  readonly emphasis: string | null;
}

export function viewSummary(s: AppState, model: GraphModel, visibility: Visibility): ViewSummary {
  const sel = s.selection;
  let selection: ViewSummary['selection'] = null;
  if (sel?.kind === 'actor' && model.actors.has(sel.id)) {
    const shown = model.relationshipsOf(sel.id).filter((r) => visibility.edges.has(r.id)).length;
    selection = { kind: 'actor', id: sel.id, relationships: shown };
  } else if (sel?.kind === 'relationship' && model.relationship(sel.id)) {
    selection = { kind: 'relationship', id: sel.id };
  }
  return {
    actors: visibility.nodes.size,
    relationships: visibility.edges.size,
    selection,
    emphasis: emphasisLabel(s, model),
  };
}
