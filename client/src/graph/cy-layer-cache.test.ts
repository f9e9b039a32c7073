import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  keepLayerCacheWarm,
  layerFits,
  layerLevel,
  neighbourLevels,
  wantsTexture,
} from './cy-layer-cache.ts';

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

describe("Cytoscape's layer levels", () => {
  it('are the power of two at or above the zoom, from -4, none past level 2 or zoom 3.99', () => {
    expect(layerLevel(0.055, 1)).toBe(-4);
    expect(layerLevel(0.01, 1)).toBe(-4);
    expect(layerLevel(0.0625, 1)).toBe(-4);
    expect(layerLevel(0.063, 1)).toBe(-3);
    expect(layerLevel(0.2, 1)).toBe(-2);
    expect(layerLevel(0.2, 2)).toBe(-1);
    expect(layerLevel(1, 1)).toBe(0);
    expect(layerLevel(3.5, 1)).toBe(2);
    expect(layerLevel(2.5, 2)).toBeNull();
    expect(layerLevel(3.99, 1)).toBeNull();
  });

  it('have neighbours within -4..2, nearest first, the next one in before the next one out', () => {
    expect(neighbourLevels(-2)).toEqual([-1, -3, 0, -4]);
    expect(neighbourLevels(-4)).toEqual([-3, -2]);
    expect(neighbourLevels(2)).toEqual([1, 0]);
  });

  it('fit a layer of at most 4,000 × 4,000 pixels and 32,767 on a side', () => {
    const square = { w: 11_000, h: 11_000 };
    expect(layerFits(square, -2)).toBe(true); // 2,750 × 2,750
    expect(layerFits(square, -1)).toBe(false); // 5,500 × 5,500
    expect(layerFits({ w: 32_000, h: 1 }, 0)).toBe(true);
    expect(layerFits({ w: 40_000, h: 1 }, 0)).toBe(false);
  });
});

describe('the zoom levels next to the view', () => {
  let cy: cytoscape.Core;
  let queued: number;
  let complete: Set<number>;
  let cache: {
    layersQueue: { size(): number };
    layersByLevel: Record<number, { bb: { w: number; h: number } }[]>;
    skipping: boolean;
    getLayers: ReturnType<typeof vi.fn>;
    levelIsComplete(level: number): boolean;
  };
  beforeEach(() => {
    vi.useFakeTimers();
    cy = cytoscape({ headless: true, minZoom: 0.01 });
    queued = 0;
    complete = new Set();
    cache = {
      layersQueue: { size: () => queued },
      layersByLevel: {},
      skipping: false,
      // Cytoscape queues the level's layers and builds them in the idle frames after.
      getLayers: vi.fn((_eles: unknown, _pixelRatio: number, level: number) => {
        cache.layersByLevel[level] = [{ bb: { w: 11_000, h: 11_000 } }];
        complete.add(level);
      }),
      levelIsComplete: (level) => complete.has(level),
    };
    const renderer = {
      data: { lyrTxrCache: cache },
      getCachedZSortedEles: () => ({ nondrag: [] }),
      getPixelRatio: () => 1,
      notify() {},
      destroy() {},
    };
    vi.spyOn(cy as unknown as { renderer(): unknown }, 'renderer').mockReturnValue(renderer);
  });
  afterEach(() => {
    cy.destroy();
    vi.useRealTimers();
  });

  /** The view at this zoom, its own level built; then it settles (the frame asked for comes). */
  function settleAt(zoom: number, level: number) {
    cy.zoom(zoom);
    cache.layersByLevel[level] = [{ bb: { w: 11_000, h: 11_000 } }];
    complete.add(level);
    keepLayerCacheWarm(cy, () => true);
    cy.emit('render');
    vi.advanceTimersByTime(300);
    cy.emit('render'); // the frame it asked for
  }

  it('sets up the next level once the view has been still for a second, then the one after', () => {
    settleAt(0.1, -3);
    vi.advanceTimersByTime(900);
    expect(cache.getLayers).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(cache.getLayers).toHaveBeenCalledTimes(1);
    expect(cache.getLayers.mock.calls[0]?.[2]).toBe(-2);
    vi.advanceTimersByTime(1_000);
    expect(cache.getLayers.mock.calls.map((c) => c[2])).toEqual([-2, -4]);
    vi.advanceTimersByTime(5_000);
    // -1 would be 5,500 × 5,500 pixels at this graph's size; -5 is not a level.
    expect(cache.getLayers.mock.calls.map((c) => c[2])).toEqual([-2, -4]);
  });

  it('skips a level whose layer Cytoscape would refuse', () => {
    settleAt(0.2, -2); // levels -1 and 0 would be 5,500 and 11,000 pixels square
    vi.advanceTimersByTime(5_000);
    expect(cache.getLayers.mock.calls.map((c) => c[2])).toEqual([-3, -4]);
  });

  it('sets up the levels next to a view closer in than any layer Cytoscape would make', () => {
    settleAt(0.1, -3);
    cy.zoom(0.3); // level -1: 5,500 × 5,500 pixels, refused; Cytoscape draws what is in view
    cy.emit('render');
    vi.advanceTimersByTime(300);
    cy.emit('render');
    vi.advanceTimersByTime(5_000);
    // Its neighbours 0 and 1 would be refused too, -3 is built.
    expect(cache.getLayers.mock.calls.map((c) => c[2])).toEqual([-2]);
  });

  it('does not try again a level Cytoscape made no layer for', () => {
    settleAt(0.1, -3);
    cache.getLayers.mockImplementation(() => {});
    vi.advanceTimersByTime(10_000);
    expect(cache.getLayers.mock.calls.map((c) => c[2])).toEqual([-2, -4]);
  });

  it('waits while layers are still being built or frames keep coming', () => {
    settleAt(0.1, -3);
    queued = 3;
    vi.advanceTimersByTime(3_000);
    expect(cache.getLayers).not.toHaveBeenCalled();
    queued = 0;
    cy.emit('render'); // the view moved: a second of quiet again, and a frame asked for first
    vi.advanceTimersByTime(1_000);
    expect(cache.getLayers).not.toHaveBeenCalled();
    cy.emit('render');
    vi.advanceTimersByTime(1_000);
    expect(cache.getLayers).toHaveBeenCalledTimes(1);
  });
});

describe('a texture for a gesture', () => {
  const bb = { w: 11_000, h: 11_000 };
  /** A layer cache with layers at these levels, the complete ones marked. */
  function cacheWith(levels: Record<number, boolean>) {
    return {
      layersQueue: { size: () => 0 },
      layersByLevel: Object.fromEntries(Object.keys(levels).map((l) => [l, [{ bb }]])),
      skipping: false,
      getLayers: () => null,
      levelIsComplete: (level: number) => levels[level] === true,
    };
  }
  const eles = { length: 35_000 };

  it('is wanted while no level is built, before the first layer too', () => {
    expect(wantsTexture(cacheWith({}), eles, 0.066, 1)).toBe(true);
    expect(wantsTexture(cacheWith({ [-3]: false }), eles, 0.066, 1)).toBe(true);
  });

  it('is not wanted once any level is built: Cytoscape draws that one, scaled', () => {
    expect(wantsTexture(cacheWith({ [-3]: true }), eles, 0.066, 1)).toBe(false);
    expect(wantsTexture(cacheWith({ [-3]: true, [-2]: false }), eles, 0.2, 1)).toBe(false);
  });

  it('is not wanted where Cytoscape would refuse the layer or draws none', () => {
    expect(wantsTexture(cacheWith({ [-3]: false }), eles, 0.4, 1)).toBe(false); // level -1: 5,500 px square
    expect(wantsTexture(cacheWith({}), eles, 3.99, 1)).toBe(false);
  });
});
