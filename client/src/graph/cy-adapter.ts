import { registerFcose } from '@briefgraph/graph/drawing/fcose';
import { buildScene, type SceneActor, type SceneRelationship } from '@briefgraph/graph/drawing/scene';
import { withSeededRandom } from '@briefgraph/graph/drawing/seeded-random';
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
 */

registerFcose();

const MAX_FIT_ZOOM = 1.25;
const FIT_PADDING = 24;
/** Labels are 12-13 px; below this zoom they get hard to read. */
const READABLE_ZOOM = 0.85;

export type Tap = Selection;

export interface GraphViewEvents {
  /** A tap on an actor, on a relationship, or on the empty background (null). */
  onTap(target: Tap): void;
  /** The pointer is over an element (at `at`, in pixels from the container's corner), or left it. */
  onHover(target: Tap, at: { x: number; y: number } | null): void;
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
  destroy(): void;
}

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
        idealEdgeLength: 70,
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

  cy.on('tap', 'node', (e) => events.onTap({ kind: 'actor', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => events.onTap({ kind: 'relationship', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) events.onTap(null);
  });
  cy.on('mouseover', 'node, edge', (e) => {
    e.target.addClass('hover');
    container.style.cursor = 'pointer';
    const kind = e.target.isNode() ? 'actor' : 'relationship';
    events.onHover({ kind, id: e.target.id() }, e.renderedPosition ?? null);
  });
  cy.on('mouseout', 'node, edge', (e) => {
    e.target.removeClass('hover');
    container.style.cursor = '';
    events.onHover(null, null);
  });
  // The tooltip would lag behind a moving picture: drop it as soon as the view moves.
  cy.on('viewport', () => events.onHover(null, null));

  const drawn = () => cy.elements().not('.hidden');

  /** The scene of what is drawn now, written into the elements' data (only values that changed). */
  function syncScene(): void {
    pending = false;
    const nodes = cy.nodes().not('.hidden');
    if (nodes.empty()) return;
    const edges = cy.edges().not('.hidden');
    const positions: Record<string, { x: number; y: number }> = {};
    nodes.forEach((n) => {
      positions[n.id()] = n.position();
    });
    const faded = cy.elements('.faded').not('.hidden');
    const scene = buildScene<SceneActor, SceneRelationship>({
      nodes: nodes.map((n) => ({ id: n.id(), name: n.data('label'), kind: n.data('kind') })),
      edges: edges.map((e) => ({
        id: e.id(),
        source: e.data('source'),
        target: e.data('target'),
        type: e.data('type'),
        modality: e.data('modality'),
      })),
      positions,
      path: cy.elements('.path').map((el) => el.id()),
      selected: cy.elements('.selected').first().id() ?? null,
      incident: cy.edges('.incident').map((e) => e.id()),
      keep: faded.empty()
        ? null
        : drawn()
            .not('.faded')
            .map((el) => el.id()),
      straight: large,
    });
    cy.batch(() => {
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
  cy.on('dragfree', 'node', () => {
    if (large) syncScene();
  });

  /** After a fit: a handful of actors should not be blown up to poster size. */
  const capZoom = (eles: cytoscape.Collection) => {
    if (cy.zoom() <= MAX_FIT_ZOOM) return;
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(eles);
  };

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
      cy.edges().forEach((e) => {
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
        cy.elements('.selected').removeClass('selected');
        cy.elements('.incident').removeClass('incident');
        if (!selection) return;
        const el = cy.getElementById(selection.id);
        el.addClass('selected');
        if (selection.kind === 'actor') el.connectedEdges().addClass('incident');
      });
      // On a big graph (straight edges) emphasis changes nothing the scene places but verbs.
      if (!large) scheduleScene();
    },

    setEmphasis(emphasis) {
      const fade = cy.collection();
      const unfade = cy.collection();
      cy.elements().forEach((el) => {
        const faded = !!emphasis && !emphasis.keep.has(el.id()) && !el.hasClass('selected');
        if (faded !== el.hasClass('faded')) (faded ? fade : unfade).merge(el);
      });
      cy.batch(() => {
        cy.elements('.path').removeClass('path');
        fade.addClass('faded');
        unfade.removeClass('faded');
        for (const id of emphasis?.path ?? []) cy.getElementById(id).addClass('path');
      });
      if (!large) scheduleScene();
    },

    async runLayout(request) {
      const eles = drawn();
      if (eles.empty()) return;
      flushScene();
      const options = layoutOptions(request, eles, large) as unknown as cytoscape.LayoutOptions;
      const layout = eles.layout(options);
      const stopped = layout.promiseOn('layoutstop');
      withSeededRandom(20230403, () => layout.run());
      await stopped;
      if (large && request.name === 'fcose') spreadDraft(eles.nodes());
      syncScene();
      // The layout fitted the labels where they were; the scene may have moved some to a side.
      cy.fit(eles, FIT_PADDING);
      capZoom(eles);
    },

    fit(ids) {
      const list = ids ? [...ids] : null;
      let eles = drawn();
      if (list) {
        eles = cy.collection();
        for (const id of list) eles = eles.union(cy.getElementById(id));
      }
      if (eles.empty()) return;
      cy.fit(eles, FIT_PADDING);
      capZoom(eles);
    },

    reveal(id) {
      const el = cy.getElementById(id);
      if (el.empty() || el.hasClass('hidden')) return;
      const box = el.renderedBoundingBox({ includeLabels: true });
      const margin = 24;
      const outside =
        box.x1 < margin || box.y1 < margin || box.x2 > cy.width() - margin || box.y2 > cy.height() - margin;
      if (outside) cy.animate({ center: { eles: el }, duration: 200 });
    },

    centreOn(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return;
      cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), READABLE_ZOOM), duration: 250 });
    },

    resize() {
      cy.resize();
    },

    clientPosition(id) {
      flushScene();
      const el = cy.getElementById(id);
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
      if (cy.elements('.faded').empty()) return [];
      return cy
        .elements()
        .not('.faded')
        .not('.hidden')
        .map((el) => el.id());
    },

    size() {
      return { nodes: cy.nodes().length, edges: cy.edges().length };
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

    destroy() {
      if (frame) cancelAnimationFrame(frame);
      cy.destroy();
    },
  };
  return view;
}
