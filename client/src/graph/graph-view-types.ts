// The GraphView the app draws through, and what goes in and out: taps, bundles, emphasis, layouts.
import type { BundleClass } from '@briefgraph/graph/drawing/bundles';
import type { ElementJson } from '../export/data-files.ts';
import type { CanvasState } from '../export/view-payload.ts';
import type { LayoutName, Selection } from '../state/url-state.ts';
import type { EdgeElement, NodeElement } from './cy-elements.ts';

export type Tap = Selection;

/** A bundle of parallel relationships as drawn (GraphView.setBundling). */
export interface BundleTarget {
  readonly kind: 'bundle';
  /** `bundle:KOR~USA:cooperation` (undirected) or `bundle:USA>KOR:cooperation` (directed). */
  readonly id: string;
  /** Its member relationships, in id order (each with its quotes in the GraphModel). */
  readonly ids: readonly string[];
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly class: BundleClass;
}

export interface GraphViewEvents {
  /**
   * A tap on an actor, on a relationship, or on the empty background (null). On a bundle the
   * target is one of its members (the selected one if it holds it, else its first) and `bundle`
   * says which bundle, so the UI can list all of them.
   */
  onTap(target: Tap, bundle?: BundleTarget): void;
  /**
   * The pointer is over an element (at `at`, in pixels from the container's corner), or left it.
   * Over a bundle, as for a tap: a member, and the bundle.
   */
  onHover(target: Tap, at: HoverPoint | null, bundle?: BundleTarget): void;
  /** The user dropped dragged actors: their model positions (GraphView.positions() has all). */
  onMoved?(moved: Readonly<Record<string, ClientPoint>>): void;
  /** A long press (touch) or long click on an actor, at `at` in client pixels: its actions. */
  onHold?(actorId: string, at: ClientPoint): void;
  /** Zoom or pan changed (by the user, a fit or a resize); called often, the app debounces. */
  onViewport?(viewport: { zoom: number; pan: ClientPoint }): void;
}

/** Where the pointer is over the canvas, and for an actor the box of it and its name, to keep clear of. */
export interface HoverPoint {
  readonly x: number;
  readonly y: number;
  readonly avoid?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

export interface Emphasis {
  /** Ids that stay at full strength; everything else fades (never hides). */
  readonly keep: ReadonlySet<string>;
  /** Ids drawn as the chosen path. */
  readonly path?: ReadonlySet<string>;
}

export interface LayoutRequest {
  readonly name: LayoutName;
  /** Root of the breadth-first layout. */
  readonly rootId?: string | null;
  readonly animate?: boolean;
  /**
   * The seed of the run (fcose: another seed, another picture; the same seed, the same one).
   * Without it, a view's first run takes FIRST_LAYOUT_SEED and every later one a fresh seed,
   * so re-layout (↻) shows a new picture; layoutSeed() says which, to replay it.
   */
  readonly seed?: number;
  /**
   * Positions computed elsewhere (the server's whole-graph layout, graph/src/drawing/whole-layout.ts):
   * the actors are put there and no layout runs in the browser. It counts as the view's first
   * run (FIRST_LAYOUT_SEED), so a later re-layout (↻) gets a fresh seed the link keeps.
   */
  readonly preset?: Readonly<Record<string, ClientPoint>>;
}

export interface ClientPoint {
  readonly x: number;
  readonly y: number;
}

export interface GraphView {
  /** Adds elements not drawn yet; new actors near `anchorId` when given, otherwise where the layout puts them. */
  add(elements: ReadonlyArray<NodeElement | EdgeElement>, anchorId?: string | null): void;
  updateNodes(nodes: readonly NodeElement[]): void;
  setVisibility(visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void;
  /** Each actor's community from the server's layout: a big graph's overview names its clusters. */
  setCommunities(communities: ReadonlyMap<string, number>): void;
  setSelection(selection: Selection): void;
  setEmphasis(emphasis: Emphasis | null): void;
  runLayout(request: LayoutRequest): Promise<void>;
  fit(ids?: Iterable<string>): void;
  /** Pans (without zooming out) so the element is on screen; a no-op when it already is. */
  reveal(id: string): void;
  /** Centres on an actor and zooms in to a readable level. */
  centreOn(id: string): void;
  resize(): void;
  /** Where an actor (its centre) or a relationship (its midpoint) is drawn, in client pixels. */
  clientPosition(id: string): ClientPoint | null;
  visibleNodeIds(): string[];
  emphasisedIds(): string[];
  size(): { nodes: number; edges: number };
  /** Zoom, pan, canvas size and the model positions of the drawn actors: what a snapshot keeps. */
  viewState(): CanvasState;
  /** Puts the view at a stored zoom and pan (a snapshot's). */
  setViewport(viewport: { zoom: number; pan: { x: number; y: number } }): void;
  /** Cytoscape's own JSON of these elements, for the Cytoscape JSON export. */
  elementsJson(ids: Iterable<string>): ElementJson[];
  /** Merge parallel relationships into bundles with a count badge (off when the view is made). */
  setBundling(on: boolean): void;
  bundling(): boolean;
  /** Lines wider the more briefs support them (the scene's corroborationOf; off when the view is made). */
  setCorroborationWidths(on: boolean): void;
  /** The bundle drawn for this relationship, or null (not bundled, bundling off, not drawn). */
  bundleOf(relationshipId: string): BundleTarget | null;
  /** Every bundle drawn, in id order. */
  bundles(): BundleTarget[];
  /** The seed of the last layout run (see LayoutRequest.seed). */
  layoutSeed(): number;
  /** Model positions of the drawn actors, to a tenth of a pixel. */
  positions(): Record<string, ClientPoint>;
  /** Model positions of the actors the user dragged since the last layout. */
  draggedPositions(): Record<string, ClientPoint>;
  /**
   * The zooms fits end at (default FIT_ZOOMS, names about 11 px and up; presentation mode asks
   * for larger ones). A big graph's overview fit has no lower bound.
   */
  setFitZooms(range: { min: number; max: number }): void;
  /** Puts actors at these model positions (a link's dragged ones); unknown ids are ignored. */
  setPositions(positions: Readonly<Record<string, ClientPoint>>): void;
  destroy(): void;
}
