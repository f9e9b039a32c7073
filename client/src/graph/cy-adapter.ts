import type { BundleClass } from '@briefgraph/graph/drawing/bundles';
import { EDGE } from '@briefgraph/graph/drawing/edges';
import { registerFcose } from '@briefgraph/graph/drawing/fcose';
import { labelBlockHeight, labelBlockWidth, NODE_LABEL } from '@briefgraph/graph/drawing/nodes';
import {
  buildScene,
  type Scene,
  type SceneActor,
  type SceneRelationship,
} from '@briefgraph/graph/drawing/scene';
import { withSeededRandom } from '@briefgraph/graph/drawing/seeded-random';
import { separateActors } from '@briefgraph/graph/drawing/separate';
import cytoscape from 'cytoscape';
import type { ElementJson } from '../export/data-files.ts';
import type { CanvasState } from '../export/view-payload.ts';
import type { LayoutName, Selection } from '../state/url-state.ts';
import {
  buildStylesheet,
  type EdgeElement,
  LARGE_GRAPH_ELEMENTS,
  type NodeElement,
  sceneData,
  toBundleElement,
} from './cy-elements.ts';

/**
 * The only module that imports Cytoscape. The rest of the client speaks in ids and element
 * definitions (cy-elements.ts) and gets taps back as a Selection; swapping the renderer means
 * rewriting this file only.
 *
 * Cytoscape paints the shared scene (graph/src/drawing/scene.ts), the drawing the server's
 * images come from: whenever what is drawn, where it is or what is emphasised changes, the scene
 * is computed again for the drawn elements and its numbers (sizes, label sides and offsets,
 * control-point distances) written into their data, which the stylesheet reads.
 *
 * Bundling (setBundling): the scene merges parallel relationships; each bundle it draws gets an
 * element of its own (class `bundle`, id `bundle:…`), its members stay with the class `bundled`
 * (not drawn). Everything the app says still names relationships: selection, emphasis and
 * visibility go to the members, and the scene draws their bundle accordingly; a tap or hover on
 * a bundle reports a member as the target, and the bundle beside it.
 */

registerFcose();

const MAX_FIT_ZOOM = 1.25;
/** How far a small layout is spread to fill the canvas, at most. */
const MAX_SPREAD = 1.8;
const NO_BOX = { x1: 0, y1: 0, x2: 0, y2: 0 } as const;
const FIT_PADDING = 24;
/** Labels are 12-13 px; below this zoom they get hard to read. */
const READABLE_ZOOM = 0.85;

/** The seed of the first layout of a view: a reload of a deep link draws the same picture. */
export const FIRST_LAYOUT_SEED = 20230403;

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
  onHover(target: Tap, at: { x: number; y: number } | null, bundle?: BundleTarget): void;
  /** The user dropped dragged actors: their model positions (GraphView.positions() has all). */
  onMoved?(moved: Readonly<Record<string, ClientPoint>>): void;
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
  /** Puts actors at these model positions (a link's dragged ones); unknown ids are ignored. */
  setPositions(positions: Readonly<Record<string, ClientPoint>>): void;
  destroy(): void;
}

/** The next seed of a sequence (one mulberry32 step): fresh, and the same after a reload. */
export function nextLayoutSeed(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

const roundTenth = (v: number) => Math.round(v * 10) / 10;

function layoutOptions(
  request: LayoutRequest,
  eles: cytoscape.Collection,
  large: boolean,
): Record<string, unknown> {
  const animate = request.animate === true && !large;
  const common = {
    fit: true,
    padding: FIT_PADDING,
    animate,
    animationDuration: 350,
    nodeDimensionsIncludeLabels: true,
  };
  switch (request.name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality: large ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: !large,
        nodeRepulsion: 4500,
        // A pair with several relationships gets a longer edge: room for its fan and its verbs.
        idealEdgeLength: (edge: cytoscape.EdgeSingular) => 70 + Math.min(90, 18 * (parallelCount(edge) - 1)),
        edgeElasticity: 0.45,
        nodeSeparation: 60,
        gravity: 0.3,
        numIter: large ? 1500 : 2500,
        packComponents: false,
      };
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        // About five rings from the hubs outwards, whatever the spread of degrees.
        levelWidth: (nodes: cytoscape.NodeCollection) => Math.max(1, nodes.maxDegree(false) / 5),
        minNodeSpacing: 16,
        nodeDimensionsIncludeLabels: false,
        avoidOverlap: true,
      };
    case 'circle':
      return {
        ...common,
        name: 'circle',
        // About 100 px of ring per actor: room for a wrapped label without a needlessly wide ring.
        avoidOverlap: false,
        radius: Math.max(120, (eles.nodes().length * 100) / (2 * Math.PI)),
        sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
          String(a.data('kind')).localeCompare(String(b.data('kind'))) ||
          String(a.data('label')).localeCompare(String(b.data('label'))),
      };
    case 'breadthfirst': {
      const root = request.rootId ? eles.nodes().getElementById(request.rootId) : null;
      const roots = root?.nonempty()
        ? root
        : eles
            .nodes()
            .sort((a, b) => b.degree(false) - a.degree(false))
            .first();
      return {
        ...common,
        name: 'breadthfirst',
        roots,
        directed: false,
        // Rings around the root keep a wide tree readable in a narrow canvas.
        circle: true,
        spacingFactor: 0.85,
        grid: false,
      };
    }
  }
}

/** How many relationships (bundled or not) join the two ends of this edge. */
function parallelCount(edge: cytoscape.EdgeSingular): number {
  return edge.parallelEdges().not('.bundle').length;
}

/**
 * fcose's force phase is far too slow for thousands of actors in a browser (minutes), so large
 * graphs get its spectral draft only, which comes out packed into a few hundred pixels. Spread
 * it to a density where zooming in separates the actors.
 */
function spreadDraft(nodes: cytoscape.NodeCollection): void {
  const box = nodes.boundingBox({});
  const side = Math.sqrt(nodes.length) * 55;
  const factor = side / Math.max(box.w, box.h, 1);
  if (factor <= 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  nodes.positions((n) => {
    const p = n.position();
    return { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
  });
  (nodes as unknown as { cy(): cytoscape.Core }).cy().fit(nodes, FIT_PADDING);
}

/**
 * `expectedElements` is the size of the first graph: a big one is drawn at pixel ratio 1 (four
 * times fewer pixels on a retina screen), which cannot be changed once the view exists.
 */
export function createGraphView(
  container: HTMLElement,
  events: GraphViewEvents,
  expectedElements: number,
): GraphView {
  let large = false;
  let bundling = false;
  let layoutRuns = 0;
  let lastSeed = FIRST_LAYOUT_SEED;
  const dragged = new Set<string>();
  /** Bundled relationship → its bundle's id, as the last scene drew them. */
  const bundleOfMember = new Map<string, string>();
  const startsLarge = expectedElements > LARGE_GRAPH_ELEMENTS;
  const cy = cytoscape({
    container,
    style: buildStylesheet({ large }) as unknown as cytoscape.StylesheetJson,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Selection is the app's state (URL, panels); the view only draws it as a class.
    autounselectify: true,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    motionBlur: false,
    ...(startsLarge ? { pixelRatio: 1 } : {}),
  });

  function setLarge(next: boolean) {
    if (next === large) return;
    large = next;
    cy.style(buildStylesheet({ large }) as unknown as cytoscape.StylesheetJson);
    // While panning or zooming a big graph, draw a texture and skip edges: it stays fluid.
    const renderer = (
      cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }
    ).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
  }

  /** The relationships' own elements (not the bundles drawn for them). */
  const relationships = () => cy.edges().not('.bundle');
  const drawn = () => cy.elements().not('.hidden').not('.bundled');

  function bundleTarget(el: cytoscape.EdgeSingular): BundleTarget {
    return {
      kind: 'bundle',
      id: el.id(),
      ids: String(el.data('members')).split(' '),
      source: el.data('source'),
      target: el.data('target'),
      directed: Boolean(el.data('directed')),
      class: el.data('bundleClass') as BundleClass,
    };
  }

  /** The member a tap or hover on a bundle stands for: the selected one, else the first. */
  const memberOf = (bundle: BundleTarget): Tap => {
    const selected = relationships().filter('.selected').first();
    const id = selected.nonempty() && bundle.ids.includes(selected.id()) ? selected.id() : bundle.ids[0]!;
    return { kind: 'relationship', id };
  };

  /** What is drawn for an id: the element, or the bundle a bundled relationship is drawn in. */
  const drawnElement = (id: string): cytoscape.CollectionReturnValue => {
    const el = cy.getElementById(id);
    if (el.nonempty() && el.hasClass('bundled')) {
      const bundle = bundleOfMember.get(id);
      if (bundle) return cy.getElementById(bundle);
    }
    return el;
  };

  cy.on('tap', 'node', (e) => events.onTap({ kind: 'actor', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => {
    if (e.target.hasClass('bundle')) {
      const bundle = bundleTarget(e.target);
      events.onTap(memberOf(bundle), bundle);
    } else events.onTap({ kind: 'relationship', id: e.target.id() });
  });
  cy.on('tap', (e) => {
    if (e.target === cy) events.onTap(null);
  });
  cy.on('mouseover', 'node, edge', (e) => {
    e.target.addClass('hover');
    container.style.cursor = 'pointer';
    const at = e.renderedPosition ?? null;
    if (e.target.isEdge() && e.target.hasClass('bundle')) {
      const bundle = bundleTarget(e.target);
      events.onHover(memberOf(bundle), at, bundle);
      return;
    }
    const kind = e.target.isNode() ? 'actor' : 'relationship';
    events.onHover({ kind, id: e.target.id() }, at);
  });
  cy.on('mouseout', 'node, edge', (e) => {
    e.target.removeClass('hover');
    container.style.cursor = '';
    events.onHover(null, null);
  });
  // The tooltip would lag behind a moving picture: drop it as soon as the view moves.
  cy.on('viewport', () => events.onHover(null, null));

  /** The scene's input from what is drawn now: actors, relationships, positions, emphasis. */
  function sceneInput() {
    const nodes = cy.nodes().not('.hidden');
    const edges = relationships().not('.hidden');
    const positions: Record<string, { x: number; y: number }> = {};
    nodes.forEach((n) => {
      positions[n.id()] = n.position();
    });
    const rels = edges.union(nodes);
    const faded = rels.filter('.faded');
    return {
      nodes: nodes.map((n) => ({ id: n.id(), name: n.data('label'), kind: n.data('kind') }) as SceneActor),
      edges: edges.map(
        (e) =>
          ({
            id: e.id(),
            source: e.data('source'),
            target: e.data('target'),
            type: e.data('type'),
            modality: e.data('modality'),
          }) as SceneRelationship,
      ),
      positions,
      path: rels.filter('.path').map((el) => el.id()),
      selected: rels.filter('.selected').first().id() ?? null,
      incident: edges.filter('.incident').map((e) => e.id()),
      keep: faded.empty() ? null : rels.not('.faded').map((el) => el.id()),
      straight: large,
      bundle: bundling,
      // Verbs as the images print them ("should hold talks with"), so both place the same text.
      modalVerbs: true,
    };
  }

  /**
   * The bundles of the scene as elements: added, removed, their members hidden or shown again,
   * and their emphasis drawn as the relationships' is (classes), since the app names members.
   */
  function syncBundles(scene: Scene): void {
    const wanted = new Map(scene.edges.filter((e) => e.bundle).map((e) => [e.id, e]));
    bundleOfMember.clear();
    for (const e of wanted.values()) for (const m of e.members) bundleOfMember.set(m.id, e.id);
    cy.edges('.bundle').forEach((b) => {
      if (!wanted.has(b.id())) cy.remove(b);
    });
    for (const e of wanted.values()) {
      if (cy.getElementById(e.id).empty())
        cy.add(toBundleElement(e) as unknown as cytoscape.ElementDefinition);
    }
    cy.edges('.bundled').forEach((m) => {
      if (!bundleOfMember.has(m.id())) m.removeClass('bundled');
    });
    for (const id of bundleOfMember.keys()) {
      const m = cy.getElementById(id);
      if (!m.hasClass('bundled')) m.addClass('bundled');
    }
    for (const e of wanted.values()) {
      const b = cy.getElementById(e.id);
      const classes: Record<string, boolean> = {
        selected: e.emphasis === 'selected',
        path: e.emphasis === 'path',
        // The scene draws a line incident to the selected actor, and only such a line, this wide.
        incident: !e.emphasis && e.width === EDGE.incidentWidth,
        faded: e.faded,
      };
      for (const [cls, on] of Object.entries(classes)) if (b.hasClass(cls) !== on) b.toggleClass(cls, on);
    }
  }

  /** The scene of what is drawn now, written into the elements' data (only values that changed). */
  function syncScene(): void {
    pending = false;
    if (cy.nodes().not('.hidden').empty()) {
      if (cy.edges('.bundle').nonempty())
        cy.batch(() => syncBundles({ nodes: [], edges: [], bounds: NO_BOX }));
      return;
    }
    const scene = buildScene<SceneActor, SceneRelationship>(sceneInput());
    cy.batch(() => {
      syncBundles(scene);
      for (const [id, data] of sceneData(scene)) {
        const el = cy.getElementById(id);
        const changed = Object.entries(data).some(([key, value]) => el.data(key) !== value);
        if (changed) el.data(data as Record<string, unknown>);
      }
    });
  }

  // Several changes in one update (visibility, selection, emphasis) make one scene, before paint.
  let pending = false;
  const scheduleScene = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      if (pending && !cy.destroyed()) syncScene();
    });
  };
  const flushScene = () => {
    if (pending) syncScene();
  };
  // A dragged actor moves its labels with it, a frame at a time. A big graph's scene takes tens
  // of milliseconds, so there it waits for the drop.
  let frame = 0;
  cy.on('position', 'node', () => {
    if (frame || large) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!cy.destroyed()) syncScene();
    });
  });
  cy.on('dragfree', 'node', (e) => {
    if (large) syncScene();
    const moved: Record<string, ClientPoint> = {};
    // A grabbed actor drags the other grabbed ones with it (Cytoscape); report them all.
    e.target.union(cy.nodes(':grabbed')).forEach((n: cytoscape.NodeSingular) => {
      dragged.add(n.id());
      moved[n.id()] = { x: roundTenth(n.position('x')), y: roundTenth(n.position('y')) };
    });
    events.onMoved?.(moved);
  });

  /** After a fit: a handful of actors should not be blown up to poster size. */
  const capZoom = (eles: cytoscape.Collection) => {
    if (cy.zoom() <= MAX_FIT_ZOOM) return;
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(eles);
  };

  /**
   * Positions where no actor or name covers another's, in the scene drawn now (separate.ts):
   * only overlapping actors move. Huge graphs are left as they are (a scene per round is slow).
   */
  function separated(): Record<string, ClientPoint> | null {
    if (large) return null;
    const input = sceneInput();
    if (input.nodes.length < 2) return null;
    return separateActors({
      nodes: input.nodes,
      edges: input.edges,
      positions: input.positions,
      bundle: bundling,
    });
  }

  /**
   * A layout smaller than the canvas at the largest fitting zoom is spread out (uniformly, about
   * its centre) until it fills it: names and badges get the room the screen has, and nothing
   * comes closer. Actors and names keep their size, so the fitted zoom stays at MAX_FIT_ZOOM.
   */
  function fillCanvas(nodes: cytoscape.NodeCollection): void {
    const width = cy.width() - 2 * FIT_PADDING;
    const height = cy.height() - 2 * FIT_PADDING;
    if (nodes.length < 2 || width <= 0 || height <= 0) return;
    for (let round = 0; round < 2; round++) {
      // Measured on the scene (not on Cytoscape's label boxes, which follow the last scene drawn).
      const { bounds } = buildScene<SceneActor, SceneRelationship>(sceneInput());
      const fits = Math.min(
        width / Math.max(1, bounds.x2 - bounds.x1),
        height / Math.max(1, bounds.y2 - bounds.y1),
      );
      const factor = Math.min(MAX_SPREAD, fits / MAX_FIT_ZOOM);
      if (factor < 1.02) return;
      const centre = nodes.reduce(
        (c, n) => ({ x: c.x + n.position('x') / nodes.length, y: c.y + n.position('y') / nodes.length }),
        { x: 0, y: 0 },
      );
      cy.batch(() => {
        nodes.positions((n) => {
          const p = (n as cytoscape.NodeSingular).position();
          return { x: centre.x + (p.x - centre.x) * factor, y: centre.y + (p.y - centre.y) * factor };
        });
      });
    }
  }

  /**
   * While a layout runs, each actor is as big as it and its name below it (the drawing's text
   * measure, as the server's layout sees them), so the layout leaves room for names.
   */
  function labelRoom(nodes: cytoscape.NodeCollection, on: boolean): void {
    cy.batch(() => {
      if (!on) {
        nodes.removeStyle('width height');
        return;
      }
      nodes.forEach((n) => {
        const lines = String(n.data('text') ?? '').split('\n');
        const size = Number(n.data('size'));
        const text = labelBlockWidth(lines, NODE_LABEL.size, false) + 2 * NODE_LABEL.padding;
        const below = NODE_LABEL.gap + labelBlockHeight(lines.length, NODE_LABEL.size, NODE_LABEL.lineHeight);
        n.style({ width: Math.max(size, text), height: size + below + 2 * NODE_LABEL.padding });
      });
    });
  }

  /** Actors at random places (seeded, in id order) in a square with room for each. */
  function scatterNodes(nodes: cytoscape.NodeCollection, seed: number): void {
    const side = Math.sqrt(nodes.length) * 90;
    const ids = nodes.map((n) => n.id()).sort();
    const places = withSeededRandom(seed, () =>
      ids.map((id) => [id, { x: (Math.random() - 0.5) * side, y: (Math.random() - 0.5) * side }] as const),
    );
    place(Object.fromEntries(places));
  }

  function centreOnOrigin(nodes: cytoscape.NodeCollection): void {
    const c = nodes.reduce(
      (sum, n) => ({ x: sum.x + n.position('x') / nodes.length, y: sum.y + n.position('y') / nodes.length }),
      { x: 0, y: 0 },
    );
    cy.batch(() => {
      nodes.positions((n) => {
        const p = (n as cytoscape.NodeSingular).position();
        return { x: p.x - c.x, y: p.y - c.y };
      });
    });
  }

  /** Moves actors to these positions (those that change), in one batch. */
  function place(positions: Readonly<Record<string, ClientPoint>>): boolean {
    let moved = false;
    cy.batch(() => {
      for (const [id, p] of Object.entries(positions)) {
        const n = cy.getElementById(id);
        if (n.empty() || !n.isNode()) continue;
        const now = n.position();
        if (Math.abs(now.x - p.x) < 1e-6 && Math.abs(now.y - p.y) < 1e-6) continue;
        n.position({ x: p.x, y: p.y });
        moved = true;
      }
    });
    return moved;
  }

  // The canvas itself answers the keyboard: arrows pan, + and - zoom, 0 fits.
  container.tabIndex = 0;
  container.addEventListener('keydown', (e) => {
    const step = 80;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const keys: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
      '+': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      '=': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      '-': () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre }),
      '0': () => cy.fit(drawn(), FIT_PADDING),
    };
    const action = keys[e.key];
    if (action && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      action();
    }
  });

  const view: GraphView = {
    add(elements, anchorId) {
      const fresh = elements.filter((el) => cy.getElementById(el.data.id).empty());
      if (!fresh.length) return;
      const anchor = anchorId ? cy.getElementById(anchorId) : null;
      const newNodes = fresh.filter((el): el is NodeElement => el.group === 'nodes');
      const centre = anchor?.nonempty() ? anchor.position() : null;
      const placed = newNodes.map((el, i) => {
        if (!centre) return el;
        // A ring around the expanded actor: the rest of the picture does not move.
        const angle = (2 * Math.PI * i) / newNodes.length;
        const radius = 120 + 8 * newNodes.length;
        return {
          ...el,
          position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) },
        };
      });
      const edges = fresh.filter((el) => el.group === 'edges');
      cy.batch(() => {
        cy.add([...placed, ...edges] as unknown as cytoscape.ElementDefinition[]);
      });
      setLarge(cy.elements().length > LARGE_GRAPH_ELEMENTS);
      // Sizes first: a layout that follows reads them.
      syncScene();
    },

    updateNodes(nodes) {
      cy.batch(() => {
        for (const n of nodes)
          cy.getElementById(n.data.id).data(n.data as unknown as Record<string, unknown>);
      });
      syncScene();
    },

    setVisibility(visible) {
      // Touch only what changes: a class change restyles the element, and thousands add up.
      const hide = cy.collection();
      const show = cy.collection();
      cy.nodes().forEach((n) => {
        const hidden = !visible.nodes.has(n.id());
        if (hidden !== n.hasClass('hidden')) (hidden ? hide : show).merge(n);
      });
      relationships().forEach((e) => {
        const hidden = !visible.edges.has(e.id());
        if (hidden !== e.hasClass('hidden')) (hidden ? hide : show).merge(e);
      });
      cy.batch(() => {
        hide.addClass('hidden');
        show.removeClass('hidden');
      });
      if (hide.nonempty() || show.nonempty()) scheduleScene();
    },

    setSelection(selection) {
      cy.batch(() => {
        const own = cy.elements().not('.bundle');
        own.filter('.selected').removeClass('selected');
        own.filter('.incident').removeClass('incident');
        if (!selection) return;
        const el = cy.getElementById(selection.id);
        el.addClass('selected');
        if (selection.kind === 'actor') el.connectedEdges().not('.bundle').addClass('incident');
      });
      // On a big graph (straight edges) emphasis changes nothing the scene places but verbs,
      // and bundles, which are drawn from their members' classes.
      if (!large || bundling) scheduleScene();
    },

    setEmphasis(emphasis) {
      const fade = cy.collection();
      const unfade = cy.collection();
      const own = cy.elements().not('.bundle');
      own.forEach((el) => {
        const faded = !!emphasis && !emphasis.keep.has(el.id()) && !el.hasClass('selected');
        if (faded !== el.hasClass('faded')) (faded ? fade : unfade).merge(el);
      });
      cy.batch(() => {
        own.filter('.path').removeClass('path');
        fade.addClass('faded');
        unfade.removeClass('faded');
        for (const id of emphasis?.path ?? []) cy.getElementById(id).addClass('path');
      });
      if (!large || bundling) scheduleScene();
    },

    async runLayout(request) {
      const nodes = cy.nodes().not('.hidden');
      if (nodes.empty()) return;
      flushScene();
      // The relationships, bundled or not, so a layout does not depend on the toggle.
      const eles = nodes.union(relationships().not('.hidden'));
      const seed = request.seed ?? (layoutRuns === 0 ? FIRST_LAYOUT_SEED : nextLayoutSeed(lastSeed));
      layoutRuns++;
      lastSeed = seed >>> 0;
      dragged.clear();
      const before = new Map(
        nodes.map((n: cytoscape.NodeSingular) => [n.id(), { ...n.position() }] as const),
      );
      const base = layoutOptions(request, eles, large);
      // Room for names comes from the drawing's own measure (labelRoom), not from Cytoscape's
      // label boxes, which follow the last scene drawn: the same seed, the same picture.
      const roomForNames = base.nodeDimensionsIncludeLabels === true;
      // fcose's spectral start is all but fixed for a small graph (another seed mostly mirrors
      // the same picture), so a seed other than the first starts from positions it scatters.
      const scatter = request.name === 'fcose' && !large && lastSeed !== FIRST_LAYOUT_SEED;
      if (scatter) scatterNodes(nodes, lastSeed);
      const options = {
        ...base,
        ...(scatter ? { randomize: false, initialEnergyOnIncremental: 1 } : {}),
        nodeDimensionsIncludeLabels: false,
        animate: false,
        fit: false,
      } as unknown as cytoscape.LayoutOptions;
      const members = cy.edges('.bundled');
      // Layouts leave out what is not displayed: members are shown for the (synchronous) run.
      members.removeClass('bundled');
      const layout = eles.layout(options);
      const stopped = layout.promiseOn('layoutstop');
      if (roomForNames) labelRoom(nodes, true);
      withSeededRandom(lastSeed, () => layout.run());
      await stopped;
      if (roomForNames) labelRoom(nodes, false);
      members.addClass('bundled');
      // Layouts place their picture about where the last one was (fcose) or about the viewport
      // (circle): centred on the origin, a seed's picture is the same whatever came before.
      centreOnOrigin(nodes);
      if (large && request.name === 'fcose') spreadDraft(nodes);
      else if (!large) fillCanvas(nodes);
      const target = separated();
      if (target) place(target);
      const animate = request.animate === true && !large;
      if (animate) {
        // From where the actors were to where the layout and the separation put them.
        const after = new Map(
          nodes.map((n: cytoscape.NodeSingular) => [n.id(), { ...n.position() }] as const),
        );
        place(Object.fromEntries(before));
        const settle = eles.layout({
          name: 'preset',
          positions: (n: cytoscape.NodeSingular) => after.get(n.id()) ?? n.position(),
          animate: true,
          animationDuration: 350,
          fit: true,
          padding: FIT_PADDING,
        } as unknown as cytoscape.LayoutOptions);
        const settled = settle.promiseOn('layoutstop');
        settle.run();
        await settled;
      }
      syncScene();
      // The layout fitted the labels where they were; the scene may have moved some to a side.
      cy.fit(drawn(), FIT_PADDING);
      capZoom(drawn());
    },

    fit(ids) {
      const list = ids ? [...ids] : null;
      // No flushScene here: measuring labels before the scene's change is painted would cache
      // Cytoscape's label boxes empty. Bundles of members are those the last scene drew.
      let eles = drawn();
      if (list) {
        eles = cy.collection();
        for (const id of list) eles = eles.union(drawnElement(id));
        eles = eles.not('.hidden');
      }
      if (eles.empty()) return;
      cy.fit(eles, FIT_PADDING);
      capZoom(eles);
    },

    reveal(id) {
      const el = drawnElement(id);
      if (el.empty() || el.hasClass('hidden')) return;
      const box = el.renderedBoundingBox({ includeLabels: true });
      const margin = 24;
      const outside =
        box.x1 < margin || box.y1 < margin || box.x2 > cy.width() - margin || box.y2 > cy.height() - margin;
      if (outside) cy.animate({ center: { eles: el }, duration: 200 });
    },

    centreOn(id) {
      const el = drawnElement(id);
      if (el.empty()) return;
      cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), READABLE_ZOOM), duration: 250 });
    },

    resize() {
      cy.resize();
    },

    clientPosition(id) {
      flushScene();
      const el = drawnElement(id);
      if (el.empty()) return null;
      const rect = container.getBoundingClientRect();
      const p =
        el.group() === 'edges'
          ? (el as unknown as cytoscape.EdgeSingular).renderedMidpoint()
          : (el as unknown as cytoscape.NodeSingular).renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },

    visibleNodeIds() {
      return cy
        .nodes()
        .not('.hidden')
        .map((n) => n.id());
    },

    emphasisedIds() {
      const own = cy.elements().not('.bundle');
      if (own.filter('.faded').empty()) return [];
      return own
        .not('.faded')
        .not('.hidden')
        .map((el) => el.id());
    },

    size() {
      return { nodes: cy.nodes().length, edges: relationships().length };
    },

    viewState() {
      flushScene();
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes()
        .not('.hidden')
        .forEach((n) => {
          positions[n.id()] = { ...n.position() };
        });
      // The container's own size: Cytoscape's is refreshed 100 ms after a resize, which may not have come yet.
      const { clientWidth: width, clientHeight: height } = container;
      return { zoom: cy.zoom(), pan: { ...cy.pan() }, width, height, positions };
    },

    setViewport({ zoom, pan }) {
      cy.viewport({ zoom, pan });
    },

    elementsJson(ids) {
      const out: ElementJson[] = [];
      for (const id of ids) {
        const el = cy.getElementById(id);
        if (el.nonempty()) out.push(el.json() as unknown as ElementJson);
      }
      return out;
    },

    setBundling(on) {
      if (on === bundling) return;
      bundling = on;
      syncScene();
      // Names may take another side round merged lines: move apart what now overlaps, if anything.
      const target = separated();
      if (target && place(target)) syncScene();
    },

    bundling() {
      return bundling;
    },

    bundleOf(relationshipId) {
      flushScene();
      const id = bundleOfMember.get(relationshipId);
      const el = id ? cy.getElementById(id) : null;
      return el?.nonempty() ? bundleTarget(el as unknown as cytoscape.EdgeSingular) : null;
    },

    bundles() {
      flushScene();
      return cy
        .edges('.bundle')
        .sort((a, b) => (a.id() < b.id() ? -1 : 1))
        .map((b) => bundleTarget(b as unknown as cytoscape.EdgeSingular));
    },

    layoutSeed() {
      return lastSeed;
    },

    positions() {
      const out: Record<string, ClientPoint> = {};
      cy.nodes()
        .not('.hidden')
        .forEach((n) => {
          out[n.id()] = { x: roundTenth(n.position('x')), y: roundTenth(n.position('y')) };
        });
      return out;
    },

    draggedPositions() {
      const out: Record<string, ClientPoint> = {};
      for (const id of [...dragged].sort()) {
        const n = cy.getElementById(id);
        if (n.nonempty()) out[id] = { x: roundTenth(n.position('x')), y: roundTenth(n.position('y')) };
      }
      return out;
    },

    setPositions(positions) {
      if (place(positions)) syncScene();
    },

    destroy() {
      if (frame) cancelAnimationFrame(frame);
      cy.destroy();
    },
  };
  // For the e2e tests and a look from the page's console (cy.scratch('briefgraph').view);
  // nothing in the app reads it.
  cy.scratch('briefgraph', { view });
  return view;
}
