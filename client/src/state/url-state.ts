import { DEFAULT_DIRECTION, type Direction, QUERY_LIMITS } from '@briefgraph/graph/domain/query-limits';
import {
  isRelationshipTypeName,
  MODALITIES,
  type Modality,
  type RelationshipTypeName,
} from '@briefgraph/graph/domain/vocabulary';
import { type Filters, QUAD_KEYS, type QuadKey } from './filters.ts';

/**
 * Everything a deep link restores: selection, focus, filters, the path query and the chosen
 * path, the layout and the view. Pure: state ⇄ URLSearchParams, defaults left out of the URL
 * so links stay short and readable (`?actor=KOR&focus=KOR&depth=2`).
 */

export const LAYOUT_NAMES = ['fcose', 'concentric', 'circle', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export type Selection = { readonly kind: 'actor' | 'relationship'; readonly id: string } | null;

export interface Focus {
  readonly actorId: string;
  readonly depth: number;
}

export type { Direction };
/** Cooperation = quad classes 1 and 2, conflict = 3 and 4. */
export type Stance = 'any' | 'cooperation' | 'conflict';

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly k: number;
  readonly maxHops: number;
  /** Empty means every type. */
  readonly types: readonly RelationshipTypeName[];
  readonly direction: Direction;
  readonly stance: Stance;
}

export type ViewMode = 'graph' | 'table';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Actors dragged by hand kept in a link, at most (rounded to whole pixels): links stay short. */
export const MAX_LINK_POSITIONS = 24;
const MAX_COORDINATE = 1_000_000;

export interface ViewState {
  readonly selection: Selection;
  readonly focus: Focus | null;
  readonly filters: Filters;
  readonly pathQuery: PathQuery | null;
  /** Index into the path results, 0-based (1-based in the URL). */
  readonly pathIndex: number | null;
  readonly layout: LayoutName;
  readonly view: ViewMode;
  /** The seed of a fresh layout (after ↻), to replay it; null for the first seed (`&seed=`). */
  readonly seed: number | null;
  /** Where the user dragged actors since that layout, model pixels (`&pos=KOR:120,-40;USA:3,5`). */
  readonly positions: Readonly<Record<string, Point>> | null;
  /** Where the canvas looks: its zoom and the model point at its centre (`&vp=0.92,-12,40`). */
  readonly viewport: LinkViewport | null;
  /** Presentation mode: panels hidden, the graph full screen (`&present=1`). */
  readonly present: boolean;
  /**
   * How the canvas is drawn (`&renderer=webgl`): Cytoscape's WebGL renderer, for a machine with a
   * GPU and a big graph; canvas by default. Read when the canvas is made (on load).
   */
  readonly renderer: RendererName;
}

export const RENDERER_NAMES = ['canvas', 'webgl'] as const;
export type RendererName = (typeof RENDERER_NAMES)[number];

/**
 * The centre rather than Cytoscape's pan: a link opened on a screen of another size still looks
 * at the same place. Zoom to a thousandth, the centre to whole model pixels.
 */
export interface LinkViewport {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}
export const LINK_ZOOM_RANGE = [0.05, 4] as const;

// The query model's own bounds (graph/src/domain/query-limits.ts): a link or form can never ask
// for what the server refuses.
export const PATH_DEFAULTS = {
  k: QUERY_LIMITS.k.default,
  maxHops: QUERY_LIMITS.maxHops.default,
  direction: DEFAULT_DIRECTION,
  stance: 'any',
} as const;
export const PATH_LIMITS = {
  k: [QUERY_LIMITS.k.min, QUERY_LIMITS.k.max],
  maxHops: [QUERY_LIMITS.maxHops.min, QUERY_LIMITS.maxHops.max],
} as const;
export const FOCUS_DEPTHS = [1, 2, 3] as const satisfies readonly number[];

export const DEFAULT_STATE: ViewState = {
  selection: null,
  focus: null,
  filters: { hiddenTypes: new Set(), hiddenModalities: new Set(), hiddenQuads: new Set(), briefs: null },
  pathQuery: null,
  pathIndex: null,
  layout: 'fcose',
  view: 'graph',
  seed: null,
  positions: null,
  viewport: null,
  present: false,
  renderer: 'canvas',
};

const ACTOR_ID = /^[A-Z][A-Z0-9_]{1,63}$/;
const RELATIONSHIP_ID = /^[a-z0-9][a-z0-9-]{1,149}$/;
const BRIEF_ID = /^[a-z0-9][a-z0-9-]{1,99}$/;
/** `brief=-` is "no brief at all" (every one unticked), as an empty list would read as "every brief". */
const NO_BRIEF = '-';

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function intIn(raw: string | null, [min, max]: readonly [number, number], fallback: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

function actorId(raw: string | null): string | null {
  return raw && ACTOR_ID.test(raw) ? raw : null;
}

/** Rounded, finite, within bounds, at most MAX_LINK_POSITIONS (the last ones given); null when none. */
export function linkPositions(positions: Readonly<Record<string, Point>>): Record<string, Point> | null {
  const kept = Object.entries(positions)
    .filter(([id, p]) => ACTOR_ID.test(id) && Number.isFinite(p.x) && Number.isFinite(p.y))
    .slice(-MAX_LINK_POSITIONS)
    .map(([id, p]) => {
      const clamp = (v: number) => Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, Math.round(v)));
      return [id, { x: clamp(p.x), y: clamp(p.y) }] as const;
    });
  return kept.length ? Object.fromEntries(kept) : null;
}

function parsePositions(raw: string | null): Record<string, Point> | null {
  if (!raw) return null;
  const entries: Array<[string, Point]> = [];
  for (const part of raw.split(';')) {
    const m = /^([A-Z][A-Z0-9_]{1,63}):(-?\d{1,7}),(-?\d{1,7})$/.exec(part.trim());
    if (m) entries.push([m[1]!, { x: Number(m[2]), y: Number(m[3]) }]);
  }
  return linkPositions(Object.fromEntries(entries));
}

/** Rounded and within bounds; null for a zoom or centre that is not a finite number. */
export function linkViewport(v: LinkViewport): LinkViewport | null {
  if (![v.zoom, v.x, v.y].every(Number.isFinite) || v.zoom <= 0) return null;
  const clamp = (n: number) => Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, Math.round(n)));
  const [min, max] = LINK_ZOOM_RANGE;
  const zoom = Math.round(Math.min(max, Math.max(min, v.zoom)) * 1000) / 1000;
  return { zoom, x: clamp(v.x) || 0, y: clamp(v.y) || 0 };
}

function parseViewport(raw: string | null): LinkViewport | null {
  const m = raw ? /^(\d{1,2}(?:\.\d{1,4})?),(-?\d{1,7}),(-?\d{1,7})$/.exec(raw) : null;
  return m ? linkViewport({ zoom: Number(m[1]), x: Number(m[2]), y: Number(m[3]) }) : null;
}

export function sameViewport(a: LinkViewport | null, b: LinkViewport | null): boolean {
  return a === b || (!!a && !!b && a.zoom === b.zoom && a.x === b.x && a.y === b.y);
}

function parseSeed(raw: string | null): number | null {
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 0xffffffff ? n : null;
}

function parseBriefs(raw: string | null): ReadonlySet<string> | null {
  if (raw === null) return null;
  if (raw.trim() === NO_BRIEF) return new Set();
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter((id) => BRIEF_ID.test(id));
  return ids.length ? new Set(ids) : null;
}

export function parseViewState(params: URLSearchParams): ViewState {
  const actor = actorId(params.get('actor'));
  const relRaw = params.get('rel');
  const rel = relRaw && RELATIONSHIP_ID.test(relRaw) ? relRaw : null;
  const selection: Selection = rel
    ? { kind: 'relationship', id: rel }
    : actor
      ? { kind: 'actor', id: actor }
      : null;

  const focusId = actorId(params.get('focus'));
  const focus = focusId ? { actorId: focusId, depth: intIn(params.get('depth'), [1, 3], 1) } : null;

  const filters: Filters = {
    hiddenTypes: new Set(list(params, 'hideTypes').filter(isRelationshipTypeName)),
    hiddenModalities: new Set(
      list(params, 'hideModalities').filter((m): m is Modality =>
        (MODALITIES as readonly string[]).includes(m),
      ),
    ),
    hiddenQuads: new Set(
      list(params, 'hideQuads').filter((q): q is QuadKey => (QUAD_KEYS as readonly string[]).includes(q)),
    ),
    briefs: parseBriefs(params.get('brief')),
  };

  const from = actorId(params.get('from'));
  const to = actorId(params.get('to'));
  const dir = params.get('dir');
  const stance = params.get('stance');
  const pathQuery: PathQuery | null =
    from && to
      ? {
          from,
          to,
          k: intIn(params.get('k'), PATH_LIMITS.k, PATH_DEFAULTS.k),
          maxHops: intIn(params.get('hops'), PATH_LIMITS.maxHops, PATH_DEFAULTS.maxHops),
          types: list(params, 'ptypes').filter(isRelationshipTypeName),
          direction: dir === 'outgoing' ? 'outgoing' : 'any',
          stance: stance === 'cooperation' || stance === 'conflict' ? stance : 'any',
        }
      : null;
  const pathRaw = params.get('path');
  const pathIndex =
    pathQuery && pathRaw && /^\d+$/.test(pathRaw) && Number(pathRaw) >= 1 ? Number(pathRaw) - 1 : null;

  const layoutRaw = params.get('layout');
  const layout = (LAYOUT_NAMES as readonly string[]).includes(layoutRaw ?? '')
    ? (layoutRaw as LayoutName)
    : 'fcose';

  return {
    selection,
    focus,
    filters,
    pathQuery,
    pathIndex,
    layout,
    view: params.get('view') === 'table' ? 'table' : 'graph',
    seed: parseSeed(params.get('seed')),
    positions: parsePositions(params.get('pos')),
    viewport: parseViewport(params.get('vp')),
    present: params.get('present') === '1',
    renderer: params.get('renderer') === 'webgl' ? 'webgl' : 'canvas',
  };
}

function sorted(values: Iterable<string>): string {
  return [...values].sort().join(',');
}

export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selection?.kind === 'actor') params.set('actor', state.selection.id);
  if (state.selection?.kind === 'relationship') params.set('rel', state.selection.id);
  if (state.focus) {
    params.set('focus', state.focus.actorId);
    if (state.focus.depth !== 1) params.set('depth', String(state.focus.depth));
  }
  const { hiddenTypes, hiddenModalities, hiddenQuads } = state.filters;
  if (hiddenTypes.size) params.set('hideTypes', sorted(hiddenTypes));
  if (hiddenModalities.size) params.set('hideModalities', sorted(hiddenModalities));
  if (hiddenQuads.size) params.set('hideQuads', sorted(hiddenQuads));
  const { briefs } = state.filters;
  if (briefs) params.set('brief', briefs.size ? sorted(briefs) : NO_BRIEF);
  const q = state.pathQuery;
  if (q) {
    params.set('from', q.from);
    params.set('to', q.to);
    if (q.k !== PATH_DEFAULTS.k) params.set('k', String(q.k));
    if (q.maxHops !== PATH_DEFAULTS.maxHops) params.set('hops', String(q.maxHops));
    if (q.types.length) params.set('ptypes', sorted(q.types));
    if (q.direction !== PATH_DEFAULTS.direction) params.set('dir', q.direction);
    if (q.stance !== PATH_DEFAULTS.stance) params.set('stance', q.stance);
    if (state.pathIndex !== null) params.set('path', String(state.pathIndex + 1));
  }
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.view !== 'graph') params.set('view', state.view);
  if (state.seed !== null) params.set('seed', String(state.seed));
  const positions = state.positions && linkPositions(state.positions);
  if (positions) {
    const list = Object.entries(positions).map(([id, p]) => `${id}:${p.x},${p.y}`);
    params.set('pos', list.join(';'));
  }
  const viewport = state.viewport && linkViewport(state.viewport);
  if (viewport) params.set('vp', `${viewport.zoom},${viewport.x},${viewport.y}`);
  if (state.present) params.set('present', '1');
  if (state.renderer !== 'canvas') params.set('renderer', state.renderer);
  return params;
}

/** The query string for a state, '' when everything is default; commas (and pos's : ;) stay readable. */
export function toSearch(state: ViewState): string {
  const s = serializeViewState(state)
    .toString()
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%3B', ';');
  return s ? `?${s}` : '';
}

export function samePathQuery(a: PathQuery | null, b: PathQuery | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.k === b.k &&
    a.maxHops === b.maxHops &&
    a.direction === b.direction &&
    a.stance === b.stance &&
    sorted(a.types) === sorted(b.types)
  );
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    sorted(a.hiddenTypes) === sorted(b.hiddenTypes) &&
    sorted(a.hiddenModalities) === sorted(b.hiddenModalities) &&
    sorted(a.hiddenQuads) === sorted(b.hiddenQuads) &&
    (a.briefs === b.briefs || (!!a.briefs && !!b.briefs && sorted(a.briefs) === sorted(b.briefs)))
  );
}
