// Taps, hovers and drops on the canvas, told to the app in ids (a bundle: a member, and the bundle).
import type cytoscape from 'cytoscape';
import { bundleTarget, memberOf } from './cy-bundles.ts';
import type { SceneBinding, SceneFlags } from './cy-scene-binding.ts';
import { roundTenth } from './cy-viewport.ts';
import type { ClientPoint, GraphViewEvents } from './graph-view-types.ts';

/** `dragged` collects the actors the user dropped (until the next layout clears it). */
export function bindPointerEvents(
  cy: cytoscape.Core,
  container: HTMLElement,
  events: GraphViewEvents,
  flags: SceneFlags,
  scene: SceneBinding,
  dragged: Set<string>,
): void {
  cy.on('tap', 'node', (e) => events.onTap({ kind: 'actor', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => {
    if (e.target.hasClass('bundle')) {
      const bundle = bundleTarget(e.target);
      events.onTap(memberOf(cy, bundle), bundle);
    } else events.onTap({ kind: 'relationship', id: e.target.id() });
  });
  cy.on('tap', (e) => {
    if (e.target === cy) events.onTap(null);
  });
  cy.on('mouseover', 'node, edge', (e) => {
    // A class restyles the element, and on a big graph that throws away the cached layer all
    // of them are drawn from: the next frame draws 35,000 elements (0.4 s at 10,000 actors,
    // measured). There the tooltip alone says what is under the pointer.
    if (!flags.large()) e.target.addClass('hover');
    container.style.cursor = 'pointer';
    const at = e.renderedPosition ?? null;
    if (e.target.isEdge() && e.target.hasClass('bundle')) {
      const bundle = bundleTarget(e.target);
      events.onHover(memberOf(cy, bundle), at, bundle);
      return;
    }
    if (e.target.isNode()) {
      // The tip keeps clear of the actor and its name (graph-tooltip.ts).
      const box = e.target.renderedBoundingBox({ includeLabels: true });
      const avoid = { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
      events.onHover({ kind: 'actor', id: e.target.id() }, at && { ...at, avoid });
      return;
    }
    events.onHover({ kind: 'relationship', id: e.target.id() }, at);
  });
  cy.on('mouseout', 'node, edge', (e) => {
    if (e.target.hasClass('hover')) e.target.removeClass('hover');
    container.style.cursor = '';
    events.onHover(null, null);
  });
  // The tooltip would lag behind a moving picture: drop it as soon as the view moves. Cytoscape
  // fires 'viewport' for each pan step and wheel notch, several a frame: the app hears once a frame.
  let viewportFrame = 0;
  cy.on('viewport', () => {
    if (viewportFrame) return;
    viewportFrame = requestAnimationFrame(() => {
      viewportFrame = 0;
      if (cy.destroyed()) return;
      events.onHover(null, null);
      events.onViewport?.({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    });
  });
  // A long press (Cytoscape's taphold, about half a second): the actor's actions.
  cy.on('taphold', 'node', (e) => {
    const rect = container.getBoundingClientRect();
    const p = e.renderedPosition ?? e.target.renderedPosition();
    events.onHold?.(e.target.id(), { x: rect.left + p.x, y: rect.top + p.y });
  });

  cy.on('dragfree', 'node', (e) => {
    if (flags.large()) scene.syncScene();
    const moved: Record<string, ClientPoint> = {};
    // A grabbed actor drags the other grabbed ones with it (Cytoscape); report them all.
    e.target.union(cy.nodes(':grabbed')).forEach((n: cytoscape.NodeSingular) => {
      dragged.add(n.id());
      moved[n.id()] = { x: roundTenth(n.position('x')), y: roundTenth(n.position('y')) };
    });
    events.onMoved?.(moved);
  });
}
