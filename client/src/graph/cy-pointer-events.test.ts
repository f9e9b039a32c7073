// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindPointerEvents } from './cy-pointer-events.ts';
import type { SceneBinding } from './cy-scene-binding.ts';
import type { GraphViewEvents } from './graph-view-types.ts';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('the canvas while it moves', () => {
  let cy: cytoscape.Core | undefined;
  afterEach(() => {
    cy?.destroy();
    cy = undefined;
  });

  function bound(large = true) {
    cy = cytoscape({ headless: true, elements: [{ group: 'nodes', data: { id: 'A' } }] });
    const events = { onTap: vi.fn(), onHover: vi.fn(), onViewport: vi.fn() };
    const flags = { large: () => large, bundling: () => false, weighting: () => false };
    const scene = { syncScene: vi.fn() } as unknown as SceneBinding;
    bindPointerEvents(
      cy,
      document.createElement('div'),
      events as GraphViewEvents,
      flags,
      scene,
      new Set(),
      null,
    );
    return { cy, events };
  }

  it('tells the app where the view is once a frame, however many steps Cytoscape reports', async () => {
    const { cy, events } = bound();
    for (let i = 0; i < 10; i++) cy.panBy({ x: 5, y: 0 });
    cy.zoom(1.5);
    expect(events.onViewport).not.toHaveBeenCalled();
    expect(events.onHover).not.toHaveBeenCalled();
    await nextFrame();
    expect(events.onViewport).toHaveBeenCalledTimes(1);
    expect(events.onViewport).toHaveBeenCalledWith({ zoom: 1.5, pan: cy.pan() });
    expect(events.onHover).toHaveBeenCalledWith(null, null);
    cy.panBy({ x: 1, y: 1 });
    await nextFrame();
    expect(events.onViewport).toHaveBeenCalledTimes(2);
  });

  it('says nothing after the canvas is gone', async () => {
    const { cy, events } = bound();
    cy.panBy({ x: 5, y: 0 });
    cy.destroy();
    await nextFrame();
    expect(events.onViewport).not.toHaveBeenCalled();
  });

  it('marks the actor under the pointer on a small graph; on a big one the tooltip alone names it', () => {
    for (const large of [false, true]) {
      const { cy, events } = bound(large);
      const a = cy.$id('A');
      a.emit('mouseover');
      expect(a.hasClass('hover')).toBe(!large);
      expect(events.onHover).toHaveBeenLastCalledWith({ kind: 'actor', id: 'A' }, null);
      a.emit('mouseout');
      expect(a.hasClass('hover')).toBe(false);
      expect(events.onHover).toHaveBeenLastCalledWith(null, null);
      cy.destroy();
    }
  });
});
