// Where the canvas looks: fits with a zoom cap, reveal, centre, client positions, view state, keys.
import type cytoscape from 'cytoscape';
import type { CanvasState } from '../export/view-payload.ts';
import { LARGE_GRAPH_ELEMENTS } from './cy-elements.ts';
import type { ClientPoint } from './graph-view-types.ts';

export const MAX_FIT_ZOOM = 1.25;
export const FIT_PADDING = 24;
/** Labels are 12-13 px; below this zoom they get hard to read. */
const READABLE_ZOOM = 0.85;

export const roundTenth = (v: number) => Math.round(v * 10) / 10;

/**
 * Names are 12 px at zoom 1: a fit never goes below this zoom, so they stay about 11 px on
 * screen (a small canvas shows part of the graph, and the user pans to the rest).
 */
export const MIN_FIT_ZOOM = 0.92;

/** The zooms a fit may end at. */
export interface ZoomRange {
  readonly min: number;
  readonly max: number;
}
export const FIT_ZOOMS: ZoomRange = { min: MIN_FIT_ZOOM, max: MAX_FIT_ZOOM };

/**
 * After a fit: a handful of actors should not be blown up to poster size, and a big picture on
 * a small canvas not shrunk below legible names; either way centred on what was fitted.
 */
export function capZoom(cy: cytoscape.Core, eles: cytoscape.Collection, range: ZoomRange = FIT_ZOOMS): void {
  const zoom = cy.zoom();
  const level = Math.min(range.max, Math.max(range.min, zoom));
  if (level === zoom) return;
  cy.zoom(level);
  cy.center(eles);
}

/** Fits these elements (none: nothing moves), within the range of zooms. */
export function fitElements(
  cy: cytoscape.Core,
  eles: cytoscape.Collection,
  range: ZoomRange = FIT_ZOOMS,
): void {
  if (eles.empty()) return;
  if (eles.length > LARGE_GRAPH_ELEMENTS) {
    const allowed = { min: Math.max(range.min, cy.minZoom()), max: Math.min(range.max, cy.maxZoom()) };
    cy.viewport(fitViewport(actorBounds(eles.nodes()), { width: cy.width(), height: cy.height() }, allowed));
    return;
  }
  cy.fit(eles, FIT_PADDING);
  capZoom(cy, eles, range);
}

interface Bounds {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * The actors' discs, without names or lines: Cytoscape's own fit measures every label and line
 * of a big graph first (12 s for 5,000 actors on this project's machine), and a big graph's
 * overview names few actors anyway.
 */
function actorBounds(nodes: cytoscape.NodeCollection): Bounds {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const r = n.width() / 2;
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r);
  });
  return { x1, y1, x2, y2 };
}

/** The zoom and pan that centre these bounds in the canvas, FIT_PADDING clear, within the range. */
export function fitViewport(
  box: Bounds,
  canvas: { readonly width: number; readonly height: number },
  range: ZoomRange,
): { zoom: number; pan: { x: number; y: number } } {
  const width = Math.max(1, box.x2 - box.x1);
  const height = Math.max(1, box.y2 - box.y1);
  const fit = Math.min((canvas.width - 2 * FIT_PADDING) / width, (canvas.height - 2 * FIT_PADDING) / height);
  const zoom = Math.min(range.max, Math.max(range.min, fit > 0 ? fit : range.min));
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return { zoom, pan: { x: canvas.width / 2 - centre.x * zoom, y: canvas.height / 2 - centre.y * zoom } };
}

/** Pans (without zooming out) so the element is on screen; a no-op when it already is. */
export function reveal(cy: cytoscape.Core, el: cytoscape.CollectionReturnValue): void {
  if (el.empty() || el.hasClass('hidden')) return;
  const box = el.renderedBoundingBox({ includeLabels: true });
  const margin = 24;
  const outside =
    box.x1 < margin || box.y1 < margin || box.x2 > cy.width() - margin || box.y2 > cy.height() - margin;
  if (outside) cy.animate({ center: { eles: el }, duration: 200 });
}

/** Centres on an element and zooms in to a readable level. */
export function centreOn(cy: cytoscape.Core, el: cytoscape.CollectionReturnValue): void {
  if (el.empty()) return;
  cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), READABLE_ZOOM), duration: 250 });
}

/** Where an actor (its centre) or a relationship (its midpoint) is drawn, in client pixels. */
export function clientPosition(
  container: HTMLElement,
  el: cytoscape.CollectionReturnValue,
): ClientPoint | null {
  if (el.empty()) return null;
  const rect = container.getBoundingClientRect();
  const p =
    el.group() === 'edges'
      ? (el as unknown as cytoscape.EdgeSingular).renderedMidpoint()
      : (el as unknown as cytoscape.NodeSingular).renderedPosition();
  return { x: rect.left + p.x, y: rect.top + p.y };
}

/** Zoom, pan, canvas size and the model positions of the drawn actors. */
export function viewState(cy: cytoscape.Core, container: HTMLElement): CanvasState {
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes()
    .not('.hidden')
    .forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
  // The container's own size: Cytoscape's is refreshed 100 ms after a resize, which may not have come yet.
  const { clientWidth: width, clientHeight: height } = container;
  return { zoom: cy.zoom(), pan: { ...cy.pan() }, width, height, positions };
}

/** The canvas itself answers the keyboard: arrows pan, + and - zoom, 0 fits all that is drawn. */
export function bindCanvasKeys(
  container: HTMLElement,
  cy: cytoscape.Core,
  drawn: () => cytoscape.Collection,
): void {
  // At any zoom it takes: on a small screen this is how to see the whole picture at once.
  const everything = { min: 0, max: Number.POSITIVE_INFINITY };
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
      // fitElements, not cy.fit: that measures every name and line first (seconds on a big graph).
      '0': () => fitElements(cy, drawn(), everything),
    };
    const action = keys[e.key];
    if (action && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      action();
    }
  });
}
