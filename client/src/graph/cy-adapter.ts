import cytoscape from 'cytoscape';
import type { ElementJson } from '../export/data-files.ts';
import { bundleTarget, drawn, drawnElement, relationships } from './cy-bundles.ts';
import { createClusterNames } from './cy-cluster-names.ts';
import { LARGE_GRAPH_ELEMENTS, type NodeElement } from './cy-elements.ts';
import { applyVisibility } from './cy-emphasis.ts';
import { createEmphasisDrawing } from './cy-emphasis-drawing.ts';
import { installHitTest } from './cy-hit-test.ts';
import { applyLabelLevels, prepareNameBoxes } from './cy-label-levels.ts';
import { keepLayerCacheWarm } from './cy-layer-cache.ts';
import { place } from './cy-layout.ts';
import { createLayoutRunner, loadFcose } from './cy-layout-runner.ts';
import { bindPointerEvents } from './cy-pointer-events.ts';
import { createSceneBinding, type SceneFlags } from './cy-scene-binding.ts';
import { buildStylesheet } from './cy-stylesheet.ts';
import {
  bindCanvasKeys,
  centreOn,
  clientPosition,
  FIT_ZOOMS,
  fitElements,
  reveal,
  roundTenth,
  viewState,
} from './cy-viewport.ts';
import type { ClientPoint, GraphView, GraphViewEvents } from './graph-view-types.ts';

/**
 * The only module that makes a Cytoscape instance; the cy-*.ts modules beside it work on it
 * (types only). The rest of the client speaks in ids and element definitions (cy-elements.ts)
 * and gets taps back as a Selection; swapping the renderer means rewriting these files only.
 *
 * Cytoscape paints the shared scene (graph/src/drawing/scene.ts), the drawing the server's
 * images come from: whenever what is drawn, where it is or what is emphasised changes, the scene
 * is computed again for the drawn elements and its numbers (sizes, label sides and offsets,
 * control-point distances) written into their data, which the stylesheet reads
 * (cy-scene-binding.ts).
 *
 * Bundling (setBundling): the scene merges parallel relationships; each bundle it draws gets an
 * element of its own (class `bundle`, id `bundle:…`), its members stay with the class `bundled`
 * (not drawn). Everything the app says still names relationships: selection, emphasis and
 * visibility go to the members, and the scene draws their bundle accordingly; a tap or hover on
 * a bundle reports a member as the target, and the bundle beside it (cy-bundles.ts).
 */

export { FIRST_LAYOUT_SEED, nextLayoutSeed } from './cy-layout.ts';
export type {
  BundleTarget,
  ClientPoint,
  Emphasis,
  GraphView,
  GraphViewEvents,
  LayoutRequest,
  Tap,
} from './graph-view-types.ts';

// Fetched now, beside the data: the first layout needs it (cy-layout-runner.ts).
void loadFcose();

/** Soon, when the page has nothing else to do (within 2 s). */
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in globalThis ? requestIdleCallback(work, { timeout: 2_000 }) : setTimeout(work, 200);

/** The canvas element's `data-renderer` (explorer.ts sets it from the link's `renderer=`). */
export const RENDERER_ATTRIBUTE = 'data-renderer';

export interface GraphViewOptions {
  /** Cytoscape's WebGL renderer (3.31+) instead of the 2D canvas: for big graphs on a GPU. */
  readonly webgl?: boolean;
}

/**
 * `expectedElements` is the size of the first graph: a big one is drawn at pixel ratio 1 (four
 * times fewer pixels on a retina screen), which cannot be changed once the view exists, nor can
 * the renderer (`options`; by default the container's RENDERER_ATTRIBUTE says).
 */
export function createGraphView(
  container: HTMLElement,
  events: GraphViewEvents,
  expectedElements: number,
  options: GraphViewOptions = { webgl: container.getAttribute(RENDERER_ATTRIBUTE) === 'webgl' },
): GraphView {
  let large = false;
  let bundling = false;
  let weighting = false;
  const dragged = new Set<string>();
  let fitZooms = FIT_ZOOMS;
  // A big graph's overview matters more than legible names: no lower bound there.
  const fitRange = () => (large ? { min: 0, max: fitZooms.max } : fitZooms);
  const startsLarge = expectedElements > LARGE_GRAPH_ELEMENTS;
  const cy = cytoscape({
    container,
    style: buildStylesheet({ large }) as unknown as cytoscape.StylesheetJson,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Selection is the app's state (URL, panels); the view only draws it as a class.
    autounselectify: true,
    // Both make Cytoscape draw the view afresh at the start of each wheel zoom or drag (a 1.7 s
    // frame at 10,000 actors, measured), where its layer cache already draws a moving view
    // within a frame; a big graph turns the texture on only while that cache is not built
    // (keepLayerCacheWarm).
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    motionBlur: false,
    ...(startsLarge ? { pixelRatio: 1 } : {}),
    ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
  if (startsLarge) {
    // Cytoscape watches its container too, and resizes 100 ms after it is made whatever the
    // size: for a big graph, a second full paint (seconds) right after the first. The view
    // follows its box itself (resize(), from app/viewport-link.ts); a window resize still counts.
    const renderer = (
      cy as unknown as { renderer(): { resizeObserver?: ResizeObserver; styleObserver?: MutationObserver } }
    ).renderer();
    renderer.resizeObserver?.disconnect();
    renderer.styleObserver?.disconnect();
  }

  function setLarge(next: boolean) {
    if (next === large) return;
    large = next;
    // The big stylesheet reads the label levels: they are in the data before it applies.
    relabel();
    cy.style(buildStylesheet({ large }) as unknown as cytoscape.StylesheetJson);
    // Back to a small graph, the emphasis goes back to classes (and no cluster is named); a big
    // one makes its overlay.
    if (!large) {
      emphasised.redraw();
      clusterNames.refresh();
    } else whenIdle(() => emphasised.prepare());
  }

  // A big graph's first pointer move and first selection after a relabel would take the
  // elements' shapes and the name boxes (about 0.1 s and 50 ms at 10,000 actors, measured):
  // taken when the page is idle instead.
  let preparing = false;
  function prepareSoon() {
    if (preparing) return;
    preparing = true;
    whenIdle(() => {
      preparing = false;
      if (cy.destroyed() || !large) return;
      prepareNameBoxes(cy);
      hits?.prepare();
    });
  }

  /** A big graph's label levels (cy-label-levels.ts), for where the actors are now. */
  function relabel() {
    if (!large) return;
    applyLabelLevels(cy);
    emphasised.redraw();
    clusterNames.refresh();
    prepareSoon();
  }

  const flags: SceneFlags = { large: () => large, bundling: () => bundling, weighting: () => weighting };
  const scene = createSceneBinding(cy, flags);
  const { syncScene, scheduleScene, flushScene } = scene;
  const layouts = createLayoutRunner(cy, flags, scene, () => dragged.clear(), fitRange);
  const drawnOf = (id: string) => drawnElement(cy, scene.bundleOfMember, id);
  const hits = options.webgl ? null : installHitTest(cy, container, () => large);
  const emphasised = createEmphasisDrawing(cy, container, {
    large: () => large,
    bundling: () => bundling,
    drawnOf,
    scheduleScene,
  });
  const clusterNames = createClusterNames(cy, container, () => large);
  bindPointerEvents(cy, container, events, flags, scene, dragged, hits);
  cy.on('dragfree', 'node', relabel);
  bindCanvasKeys(container, cy, () => drawn(cy));
  const stopWarming = keepLayerCacheWarm(cy, () => large);

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
      if (large) relabel();
      else setLarge(cy.elements().length > LARGE_GRAPH_ELEMENTS);
      // Sizes first: a layout that follows reads them.
      syncScene();
    },

    updateNodes(nodes) {
      cy.batch(() => {
        for (const n of nodes)
          cy.getElementById(n.data.id).data(n.data as unknown as Record<string, unknown>);
      });
      syncScene();
      // A big graph's overlay draws copies: names and sizes as they are now.
      if (large) emphasised.redraw();
    },

    setVisibility(visible) {
      if (!applyVisibility(cy, visible)) return;
      scheduleScene();
      // Hidden actors leave room for other names.
      relabel();
    },

    setCommunities(communities) {
      clusterNames.setCommunities(communities);
    },

    setSelection(selection) {
      emphasised.setSelection(selection);
    },

    setEmphasis(emphasis) {
      emphasised.setEmphasis(emphasis);
    },

    async runLayout(request) {
      await layouts.run(request);
      relabel();
    },

    fit(ids) {
      const list = ids ? [...ids] : null;
      // No flushScene here: measuring labels before the scene's change is painted would cache
      // Cytoscape's label boxes empty. Bundles of members are those the last scene drew.
      let eles = drawn(cy);
      if (list) {
        eles = cy.collection();
        for (const id of list) eles = eles.union(drawnOf(id));
        eles = eles.not('.hidden');
      }
      fitElements(cy, eles, fitRange());
    },

    setFitZooms(range) {
      fitZooms = range;
    },

    reveal(id) {
      reveal(cy, drawnOf(id));
    },

    centreOn(id) {
      centreOn(cy, drawnOf(id));
    },

    resize() {
      // The picture keeps its centre: a sheet opened or closed does not push it aside.
      const before = { width: cy.width(), height: cy.height() };
      // A resize redraws everything and drops Cytoscape's layer cache (seconds on a big graph):
      // not for the ResizeObserver's first call, nor any other that changes nothing.
      if (container.clientWidth === before.width && container.clientHeight === before.height) return;
      cy.resize();
      emphasised.resize();
      const dx = (cy.width() - before.width) / 2;
      const dy = (cy.height() - before.height) / 2;
      if ((dx || dy) && before.width > 0 && before.height > 0) cy.panBy({ x: dx, y: dy });
    },

    clientPosition(id) {
      flushScene();
      return clientPosition(container, drawnOf(id));
    },

    visibleNodeIds() {
      return cy
        .nodes()
        .not('.hidden')
        .map((n) => n.id());
    },

    emphasisedIds() {
      return emphasised.emphasisedIds();
    },

    size() {
      return { nodes: cy.nodes().length, edges: relationships(cy).length };
    },

    viewState() {
      flushScene();
      return viewState(cy, container);
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
      const target = scene.separated();
      if (target && place(cy, target)) syncScene();
    },

    bundling() {
      return bundling;
    },

    setCorroborationWidths(on) {
      if (on === weighting) return;
      weighting = on;
      syncScene();
    },

    bundleOf(relationshipId) {
      flushScene();
      const id = scene.bundleOfMember.get(relationshipId);
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
      return layouts.seed();
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
      if (!place(cy, positions)) return;
      syncScene();
      relabel();
    },

    destroy() {
      stopWarming();
      emphasised.destroy();
      clusterNames.destroy();
      hits?.destroy();
      scene.destroy();
      cy.destroy();
    },
  };
  // For the e2e tests and a look from the page's console (cy.scratch('briefgraph').view);
  // nothing in the app reads it.
  cy.scratch('briefgraph', { view });
  return view;
}
