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

  function bound() {
    cy = cytoscape({ headless: true, elements: [{ group: 'nodes', data: { id: 'A' } }] });
    const events = { onTap: vi.fn(), onHover: vi.fn(), onViewport: vi.fn() };
    const flags = { large: () => true, bundling: () => false, weighting: () => false };
    const scene = { syncScene: vi.fn() } as unknown as SceneBinding;
    bindPointerEvents(cy, document.createElement('div'), events as GraphViewEvents, flags, scene, new Set());
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
});
