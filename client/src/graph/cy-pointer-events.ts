// Taps, hovers and drops on the canvas, told to the app in ids (a bundle: a member, and the bundle).
import type cytoscape from 'cytoscape';
import { bundleTarget, memberOf } from './cy-bundles.ts';
import type { HitTest } from './cy-hit-test.ts';
import type { SceneBinding, SceneFlags } from './cy-scene-binding.ts';
import { roundTenth } from './cy-viewport.ts';
import type { ClientPoint, GraphViewEvents } from './graph-view-types.ts';

const touched = (e: cytoscape.EventObject) => Boolean(e.originalEvent?.type.startsWith('touch'));

/**
 * `dragged` collects the actors the user dropped (until the next layout clears it). On a big
 * graph every press reaches Cytoscape as one on the background (cy-hit-test.ts): its taps and
 * long presses come on the core, and `hits` says what they were on.
 */
export function bindPointerEvents(
  cy: cytoscape.Core,
  container: HTMLElement,
  events: GraphViewEvents,
  flags: SceneFlags,
  scene: SceneBinding,
  dragged: Set<string>,
  hits: HitTest | null,
): void {
  function tapOn(target: cytoscape.SingularElementReturnValue | null) {
    if (!target) events.onTap(null);
    else if (target.group() === 'nodes') events.onTap({ kind: 'actor', id: target.id() });
    else if (target.hasClass('bundle')) {
      const bundle = bundleTarget(target as cytoscape.EdgeSingular);
      events.onTap(memberOf(cy, bundle), bundle);
    } else events.onTap({ kind: 'relationship', id: target.id() });
  }
  cy.on('tap', (e) => {
    if (e.target !== cy) tapOn(e.target);
    else tapOn(hits && flags.large() ? hits.elementAt(e.position, touched(e)) : null);
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
  cy.on('taphold', (e) => {
    const target =
      e.target === cy ? (hits && flags.large() ? hits.elementAt(e.position, touched(e)) : null) : e.target;
    if (!target?.isNode()) return;
    const rect = container.getBoundingClientRect();
    const p = e.renderedPosition ?? target.renderedPosition();
    events.onHold?.(target.id(), { x: rect.left + p.x, y: rect.top + p.y });
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
