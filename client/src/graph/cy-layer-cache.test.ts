import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepLayerCacheWarm } from './cy-layer-cache.ts';

describe('the layer cache of a big graph', () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    vi.useFakeTimers();
    cy = cytoscape({ headless: true });
  });
  afterEach(() => {
    cy.destroy();
    vi.useRealTimers();
  });

  function warmed(large: boolean) {
    const force = vi.spyOn(cy, 'forceRender');
    const stop = keepLayerCacheWarm(cy, () => large);
    return { force, stop };
  }

  it('asks for one more frame once nothing has been drawn for 300 ms, and not while frames keep coming', () => {
    const { force } = warmed(true);
    cy.emit('render');
    vi.advanceTimersByTime(200);
    cy.emit('render');
    vi.advanceTimersByTime(200);
    expect(force).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(force).toHaveBeenCalledTimes(1);
  });

  it('does not ask again for the frame it asked for', () => {
    const { force } = warmed(true);
    cy.emit('render');
    vi.advanceTimersByTime(300);
    cy.emit('render'); // the frame it asked for
    vi.advanceTimersByTime(1_000);
    expect(force).toHaveBeenCalledTimes(1);
    cy.emit('render'); // a later change: asked again once it settles
    vi.advanceTimersByTime(300);
    expect(force).toHaveBeenCalledTimes(2);
  });

  it('leaves a small graph and a stopped view alone', () => {
    const small = warmed(false);
    cy.emit('render');
    vi.advanceTimersByTime(1_000);
    expect(small.force).not.toHaveBeenCalled();
    small.stop();
    const big = warmed(true);
    cy.emit('render');
    big.stop();
    vi.advanceTimersByTime(1_000);
    expect(big.force).not.toHaveBeenCalled();
  });
});
