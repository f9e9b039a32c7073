import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import type { Scope } from '@briefgraph/graph/domain/emphasis';
import type { Path, PathsResult, Snapshot } from '@briefgraph/graph/domain/schemas';
import type { Modality } from '@briefgraph/graph/domain/vocabulary';
import type { FrameChoice } from '../export/formats.ts';
import type { AppState, HistoryMode, Origin, PathRequest, TappedBundle } from './app-state.ts';
import { type Filters, type QuadKey, toggled } from './filters.ts';
import type { Action } from './store.ts';
import {
  type LayoutName,
  linkPositions,
  type PathQuery,
  type Point,
  type Selection,
  sameFilters,
  samePathQuery,
  sameSelection,
  type ViewMode,
  type ViewState,
} from './url-state.ts';

/**
 * Every change of the explorer's state, each a named function of the state. An action keeps the
 * objects of what it does not change (and returns the same state when nothing changes), so a
 * subscription compares its slice by identity.
 */

type AppAction = Action<AppState>;

/** A change of the deep-link state, entered in the history as `history` says. */
function link(state: AppState, patch: Partial<ViewState>, history: HistoryMode = 'push'): AppState {
  return { ...state, ...patch, history };
}

function attend(state: AppState, origin: Origin, to: 'selection' | 'emphasis'): AppState['attention'] {
  return { seq: state.attention.seq + 1, origin, to };
}

function nextRun(state: AppState): number {
  return state.paths.status === 'idle' ? 1 : state.paths.run + 1;
}

// ---- selection and focus ----

/** The tapped bundle that stays with a selection: a new one, or the one it is a member of. */
function bundleFor(
  s: AppState,
  selection: Selection,
  tapped: TappedBundle | null | undefined,
): TappedBundle | null {
  if (selection?.kind !== 'relationship') return null;
  if (tapped) return tapped.ids.includes(selection.id) ? tapped : null;
  return s.bundle?.ids.includes(selection.id) ? s.bundle : null;
}

/**
 * Selects (or, with null, clears) and brings the selection into view, even when it was selected
 * already. `bundle`: the merged edge it was tapped on, whose members the panel lists.
 */
export const select =
  (selection: Selection, origin: Origin, bundle?: TappedBundle | null): AppAction =>
  (s) => {
    const next = bundleFor(s, selection, bundle);
    const same =
      next === s.bundle ||
      (next && s.bundle && next.id === s.bundle.id && `${next.ids}` === `${s.bundle.ids}`);
    return {
      ...link(s, { selection: sameSelection(s.selection, selection) ? s.selection : selection }),
      attention: attend(s, origin, 'selection'),
      bundle: same ? s.bundle : next,
    };
  };

export const clearSelection = (): AppAction => select(null, 'other');

/** Keeps the actor's neighbourhood within `depth` steps at full strength, and fits the canvas to it. */
export const focusOn =
  (actorId: string, depth: number): AppAction =>
  (s) => ({
    ...link(s, {
      focus: s.focus?.actorId === actorId && s.focus.depth === depth ? s.focus : { actorId, depth },
    }),
    attention: attend(s, 'other', 'emphasis'),
  });

export const clearFocus = (): AppAction => (s) => (s.focus ? link(s, { focus: null }) : s);

/** The chip under the canvas: clears the chosen path, else the focus, else a snapshot's own path. */
export const clearEmphasis = (): AppAction => (s) => {
  if (s.pathIndex !== null) return link(s, { pathIndex: null });
  if (s.focus) return link(s, { focus: null });
  return hideSnapshotPath()(s);
};

/** Esc: clears the selection, else the path and the focus, else a snapshot's own path. */
export const clearSelectionOrEmphasis = (): AppAction => (s) => {
  if (s.selection) return clearSelection()(s);
  if (s.pathIndex !== null || s.focus) return link(s, { pathIndex: null, focus: null });
  return hideSnapshotPath()(s);
};

// ---- filters ----

function withFilters(s: AppState, filters: Filters): AppState {
  if (sameFilters(s.filters, filters)) return s;
  const next = link(s, { filters });
  // The path search walks only the briefs shown (app/path-queries.ts): other briefs, other paths.
  const briefsChanged = !sameFilters({ ...s.filters, briefs: filters.briefs }, s.filters);
  if (!briefsChanged || !s.pathQuery || s.paths.status === 'idle') return next;
  return {
    ...next,
    pathIndex: null,
    paths: { status: 'loading', query: s.pathQuery, chooseFirst: s.pathIndex !== null, run: nextRun(s) },
  };
}

export const toggleHiddenType =
  (type: string): AppAction =>
  (s) =>
    withFilters(s, { ...s.filters, hiddenTypes: toggled(s.filters.hiddenTypes, type) });

export const toggleHiddenModality =
  (modality: Modality): AppAction =>
  (s) =>
    withFilters(s, { ...s.filters, hiddenModalities: toggled(s.filters.hiddenModalities, modality) });

export const toggleHiddenQuad =
  (quad: QuadKey): AppAction =>
  (s) =>
    withFilters(s, { ...s.filters, hiddenQuads: toggled(s.filters.hiddenQuads, quad) });

export const setHiddenTypes =
  (types: readonly string[]): AppAction =>
  (s) =>
    withFilters(s, { ...s.filters, hiddenTypes: new Set(types) });

/** Hides nothing: every type, modality and class is shown again. */
export const showEverything = (): AppAction => (s) =>
  withFilters(s, {
    hiddenTypes: new Set(),
    hiddenModalities: new Set(),
    hiddenQuads: new Set(),
    briefs: null,
  });

/** Ticks or unticks one brief; with every brief ticked again, the filter is gone (null). */
export const toggleBrief =
  (id: string): AppAction =>
  (s) => {
    const all = s.briefs.map((b) => b.id);
    const next = toggled(s.filters.briefs ?? new Set(all), id);
    return withFilters(s, { ...s.filters, briefs: coversAll(next, all) ? null : next });
  };

/** Shows these briefs only (the time bar's range); all of them, or null, is no filter. */
export const showBriefs =
  (ids: readonly string[] | null): AppAction =>
  (s) => {
    const all = s.briefs.map((b) => b.id);
    const next = ids === null ? null : new Set(ids);
    return withFilters(s, { ...s.filters, briefs: next === null || coversAll(next, all) ? null : next });
  };

const coversAll = (shown: ReadonlySet<string>, all: readonly string[]) =>
  all.length > 0 && all.every((id) => shown.has(id)) && shown.size === all.length;

export const setHiddenQuads =
  (quads: readonly QuadKey[]): AppAction =>
  (s) =>
    withFilters(s, { ...s.filters, hiddenQuads: new Set(quads) });

// ---- view and layout ----

export const setViewMode =
  (view: ViewMode): AppAction =>
  (s) =>
    s.view === view ? s : link(s, { view });

/** A new layout is run at once. */
export const setLayout =
  (layout: LayoutName): AppAction =>
  (s) =>
    s.layout === layout ? s : { ...link(s, { layout }), layoutRuns: s.layoutRuns + 1 };

/**
 * A layout ran with this seed (null: the first seed); the dragged positions of the one before
 * are gone. Kept in the link in place (a ↻ is no history entry of its own).
 */
export const layoutRan =
  (seed: number | null): AppAction =>
  (s) =>
    s.seed === seed && s.positions === null ? s : link(s, { seed, positions: null }, 'replace');

/** The user dropped dragged actors: their positions go into the link (rounded, the last few). */
export const actorsMoved =
  (moved: Readonly<Record<string, Point>>): AppAction =>
  (s) => {
    const merged: Record<string, Point> = { ...s.positions };
    // The latest moves last, so the cap keeps them.
    for (const [id, p] of Object.entries(moved)) {
      delete merged[id];
      merged[id] = p;
    }
    return link(s, { positions: linkPositions(merged) }, 'replace');
  };

/** Lays the graph out again with the layout it has. */
export const relayout = (): AppAction => (s) => ({ ...s, layoutRuns: s.layoutRuns + 1 });

// ---- images: how Export and Share draw them ----

function withDrawing(s: AppState, patch: Partial<AppState['drawing']>): AppState {
  const next = { ...s.drawing, ...patch };
  return next.frame === s.drawing.frame &&
    next.show === s.drawing.show &&
    next.bundle === s.drawing.bundle &&
    next.corroboration === s.drawing.corroboration
    ? s
    : { ...s, drawing: next };
}

/** The frame of images and snapshots: a slide shape, or the canvas's own. */
export const setImageFrame =
  (frame: FrameChoice): AppAction =>
  (s) =>
    withDrawing(s, { frame });

/** Whether images draw the faded context too, or only what is emphasised. */
export const setImageShow =
  (show: Scope): AppAction =>
  (s) =>
    withDrawing(s, { show });

/** Whether the canvas and its images merge parallel relationships of one pair and class into one edge with a count. */
export const setBundle =
  (bundle: boolean): AppAction =>
  (s) =>
    withDrawing(s, { bundle });

/** The toolbar's "Merge parallel relationships" switch. */
export const toggleBundle = (): AppAction => (s) => withDrawing(s, { bundle: !s.drawing.bundle });

/** The legend's "Weight by corroboration": the canvas and its images both. */
export const toggleCorroborationWidths = (): AppAction => (s) =>
  withDrawing(s, { corroboration: !s.drawing.corroboration });

// ---- paths ----

/** From the form: asking the question shown again chooses its first path; a new one is searched. */
export const submitPathQuery =
  (query: PathQuery): AppAction =>
  (s) => {
    const answered = s.paths.status === 'done' && samePathQuery(s.paths.query, query);
    if (answered && samePathQuery(s.pathQuery, query)) return choosePath(0)(s);
    return {
      ...link(s, { pathQuery: query, pathIndex: null }),
      paths: { status: 'loading', query, chooseFirst: true, run: nextRun(s) },
    };
  };

export const choosePath =
  (index: number): AppAction =>
  (s) => ({
    ...link(s, { pathIndex: index, selection: null }),
    attention: attend(s, 'other', 'emphasis'),
  });

export const clearPathQuery = (): AppAction => (s) => ({
  ...link(s, { pathQuery: null, pathIndex: null }),
  paths: { status: 'idle' },
});

export const retryPathQuery = (): AppAction => (s) =>
  s.pathQuery
    ? { ...s, paths: { status: 'loading', query: s.pathQuery, chooseFirst: false, run: nextRun(s) } }
    : s;

/** The answer to `request`; dropped when another search has started since. */
export const pathsArrived =
  (request: PathRequest, result: PathsResult): AppAction =>
  (s) => {
    if (s.paths !== request) return s;
    const paths = { status: 'done', query: request.query, result, run: request.run } as const;
    if (request.chooseFirst && result.paths.length > 0) {
      // The first path replaces the entry the question made: Back goes to before the question.
      return {
        ...link(s, { pathIndex: 0, selection: null }, 'replace'),
        paths,
        attention: attend(s, 'other', 'emphasis'),
      };
    }
    // A link that names where the canvas looks keeps that view rather than fitting the path.
    const chosen = s.pathIndex !== null && result.paths[s.pathIndex] !== undefined && !s.viewport;
    return { ...s, paths, ...(chosen ? { attention: attend(s, 'other', 'emphasis') } : {}) };
  };

export const pathsFailed =
  (request: PathRequest, message: string): AppAction =>
  (s) =>
    s.paths === request
      ? { ...s, paths: { status: 'failed', query: request.query, message, run: request.run } }
      : s;

// ---- what the page learns ----

/** Back or Forward: the link's state, kept out of the history (it came from there). */
export const restoreLink =
  (next: ViewState): AppAction =>
  (s) => {
    const selectionChanged = !sameSelection(s.selection, next.selection);
    const queryChanged = !samePathQuery(s.pathQuery, next.pathQuery);
    const sameFocus = s.focus?.actorId === next.focus?.actorId && s.focus?.depth === next.focus?.depth;
    const paths: AppState['paths'] = !queryChanged
      ? s.paths
      : next.pathQuery
        ? { status: 'loading', query: next.pathQuery, chooseFirst: false, run: nextRun(s) }
        : { status: 'idle' };
    const moved = selectionChanged || queryChanged || s.pathIndex !== next.pathIndex;
    return {
      ...link(s, next, 'none'),
      bundle: selectionChanged ? bundleFor(s, next.selection, null) : s.bundle,
      selection: selectionChanged ? next.selection : s.selection,
      focus: sameFocus ? s.focus : next.focus,
      filters: sameFilters(s.filters, next.filters) ? s.filters : next.filters,
      pathQuery: queryChanged ? next.pathQuery : s.pathQuery,
      paths,
      attention: moved ? attend(s, 'other', 'selection') : s.attention,
      // The canvas is made once, with the renderer the page opened with.
      renderer: s.renderer,
    };
  };

/** Records were merged into the GraphModel. */
export const graphGrew = (): AppAction => (s) => ({ ...s, graphVersion: s.graphVersion + 1 });

/** Quotes of relationships the GraphModel held without them arrived. */
export const quotesArrived = (): AppAction => (s) => ({ ...s, quotesVersion: s.quotesVersion + 1 });

export const briefsListed =
  (briefs: readonly BriefListItem[]): AppAction =>
  (s) => ({ ...s, briefs });

/**
 * A permalink's snapshot, with its highlighted path (app/snapshot-view.ts snapshotPath) lit, and
 * the selection and focus it was shared with, unless the link names its own: the permalink
 * emphasises what its image does. They replace the address the page opened with.
 */
export const snapshotOpened =
  (record: Snapshot, path: Path | null): AppAction =>
  (s) => {
    const opened = { ...s, snapshot: { record, path, pathShown: path !== null } };
    const { selected, focus } = record.emphasis ?? {};
    const selection = !s.selection && selected ? { kind: selected.kind, id: selected.id } : s.selection;
    const focused = !s.focus && focus ? { actorId: focus.actorId, depth: focus.depth } : s.focus;
    if (selection === s.selection && focused === s.focus) return opened;
    return link(opened, { selection, focus: focused }, 'replace');
  };

export const hideSnapshotPath = (): AppAction => (s) =>
  s.snapshot?.pathShown ? { ...s, snapshot: { ...s.snapshot, pathShown: false } } : s;

/** The first drawing of the page: a selection named by the link is brought into view. */
export const bringSelectionIntoView =
  (origin: Origin = 'other'): AppAction =>
  (s) => ({ ...s, attention: attend(s, origin, 'selection') });
