import type { Path, Relationship } from '@briefgraph/graph/domain/schemas';
import { pathIds } from '../export/view-payload.ts';
import type { GraphModel } from '../graph/graph-model.ts';
import type { AppState } from './app-state.ts';
import { computeVisibility, neighbourhood, type Visibility } from './filters.ts';
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

/** Ids that keep full strength while the rest fades: the path drawn, or the focus's neighbourhood. */
export function emphasisIds(
  s: AppState,
  model: GraphModel,
  visibility: Visibility,
): { keep: Set<string>; path?: Set<string> } | null {
  const path = shownPath(s);
  if (path) {
    const ids = new Set(pathIds(path));
    return { keep: ids, path: ids };
  }
  if (s.focus && model.actors.has(s.focus.actorId)) {
    return { keep: neighbourhood(model, s.focus.actorId, s.focus.depth, visibility.edges) };
  }
  return null;
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
