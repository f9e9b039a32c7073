import type { BriefListItem } from '@briefgraph/graph/contracts/api.contracts';
import type { Path, PathsResult, Snapshot } from '@briefgraph/graph/domain/schemas';
import { DEFAULT_DRAWING, type DrawingChoices } from '../export/formats.ts';
import type { Store } from './store.ts';
import { type PathQuery, parseViewState, type ViewState } from './url-state.ts';

/**
 * The explorer's one state. The ViewState part is what a deep link restores (url-state.ts);
 * the rest is what the page knows besides: the path search, the briefs, an open snapshot, and
 * the counters that say why something must be drawn again although no setting changed.
 */

/** Where the user acted: a change made on the canvas needs no panning there, one made in the reader no scrolling. */
export type Origin = 'graph' | 'reader' | 'other';

/** How a change of the deep-link state enters the browser's history. */
export type HistoryMode = 'push' | 'replace' | 'none';

/**
 * What the user just turned to, to bring into view: the selection (the canvas pans to it, the
 * reader scrolls to its quote) or the emphasis (the canvas fits the chosen path or focus).
 * `seq` counts the requests, so choosing the same thing again brings it into view again.
 */
export interface Attention {
  readonly seq: number;
  readonly origin: Origin;
  readonly to: 'selection' | 'emphasis';
}

/** The k-paths search for `query` (the state's pathQuery when the search is current). */
export type PathSearch =
  | { readonly status: 'idle' }
  /** `chooseFirst`: asked from the form, so the first path found is chosen; a link keeps its own. */
  | {
      readonly status: 'loading';
      readonly query: PathQuery;
      readonly chooseFirst: boolean;
      readonly run: number;
    }
  | { readonly status: 'failed'; readonly query: PathQuery; readonly message: string; readonly run: number }
  | {
      readonly status: 'done';
      readonly query: PathQuery;
      readonly result: PathsResult;
      readonly run: number;
    };

export type PathRequest = Extract<PathSearch, { status: 'loading' }>;

/** A permalink's snapshot, drawn read-only; its own path stays lit until cleared. */
export interface OpenSnapshot {
  readonly record: Snapshot;
  readonly path: Path | null;
  readonly pathShown: boolean;
}

/** A merged edge the user tapped (GraphView's BundleTarget, as far as the panels need it). */
export interface TappedBundle {
  readonly id: string;
  /** Its member relationships, in id order. */
  readonly ids: readonly string[];
}

export interface AppState extends ViewState {
  readonly history: HistoryMode;
  /**
   * Counts merges into the GraphModel, which holds the loaded records outside the store (Maps
   * of thousands of records are not copied per click): what draws records listens to it.
   */
  readonly graphVersion: number;
  /**
   * Counts arrivals of quotes the whole graph came without (app/quote-loader.ts): what shows
   * quotes draws again; what only draws the graph need not.
   */
  readonly quotesVersion: number;
  readonly paths: PathSearch;
  /** GET /api/briefs, newest first; one not reviewed yet supports no relationship. */
  readonly briefs: readonly BriefListItem[];
  readonly snapshot: OpenSnapshot | null;
  /** Counts the layout runs asked for (a layout chosen, or Re-layout): each one lays the graph out again. */
  readonly layoutRuns: number;
  readonly attention: Attention;
  /**
   * How images are drawn (frame, what they show, merged relationships): Export's and Share's, for
   * the page's life. `bundle` is the canvas's too ("Merge parallel relationships"), off at first.
   */
  readonly drawing: DrawingChoices;
  /**
   * The merged edge the selection was tapped on: the details panel lists its members. Kept while
   * the selection is one of them (a member chosen in that list), dropped otherwise.
   */
  readonly bundle: TappedBundle | null;
  readonly sheet: SheetState;
  readonly hop: PresentedHop;
}

/** The panels of a tablet's side sheet and a phone's bottom sheet: paths and legend, or the selection and the brief. */
export type SheetTab = 'paths' | 'details';
/** How far a phone's bottom sheet is raised. */
export type SheetSnap = 'peek' | 'half' | 'full';

/** The sheet that holds the side panels below 1280 px (ui/screen-sheet.ts); unused above. */
export interface SheetState {
  readonly tab: SheetTab;
  readonly snap: SheetSnap;
  /** A tablet's side sheet can be closed, so the graph takes the whole width. */
  readonly open: boolean;
}

/**
 * The hop presentation mode shows: `index` -1 is the overview of the whole path (or focus),
 * 0.. a hop. `key` names the path or focus it belongs to (state/presentation.ts), so another
 * path starts from its overview again.
 */
export interface PresentedHop {
  readonly key: string;
  readonly index: number;
}

export type AppStore = Store<AppState>;

/** A page's deep link; on a permalink without a path query, as a snapshot's path is its own. */
export function linkState(search: string, options: { snapshot: boolean } = { snapshot: false }): ViewState {
  const link = parseViewState(new URLSearchParams(search));
  // A path query would bring the live graph into a read-only snapshot.
  return options.snapshot ? { ...link, pathQuery: null, pathIndex: null } : link;
}

/** The state a page opens with. */
export function initialState(search: string, options: { snapshot: boolean } = { snapshot: false }): AppState {
  const view = linkState(search, options);
  return {
    ...view,
    history: 'push',
    graphVersion: 0,
    quotesVersion: 0,
    paths: view.pathQuery
      ? { status: 'loading', query: view.pathQuery, chooseFirst: false, run: 0 }
      : { status: 'idle' },
    briefs: [],
    snapshot: null,
    layoutRuns: 0,
    attention: { seq: 0, origin: 'other', to: 'selection' },
    // The canvas starts unmerged, and the images show what the canvas shows: one switch for both.
    drawing: { ...DEFAULT_DRAWING, bundle: false },
    bundle: null,
    sheet: { tab: view.selection ? 'details' : 'paths', snap: 'peek', open: true },
    hop: { key: '', index: -1 },
  };
}
