import type cytoscape from 'cytoscape';

/** Longer than Cytoscape's 250 ms in which a change keeps its layer cache from being rebuilt. */
const SETTLE_MS = 300;
/**
 * How long the view stays still before the next zoom level is set up: that takes a few tenths
 * of a second at 10,000 actors, better spent once the analyst has paused than between two
 * turns of the wheel.
 */
const QUIET_MS = 1_000;

/** Cytoscape's layer levels (3.35, `LayeredTextureCache`): a layer at level l is drawn at scale 2^l. */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_LAYER_ZOOM = 3.99;

/** The level Cytoscape draws the layers of a view at this zoom from, or null where it draws none. */
export function layerLevel(zoom: number, pixelRatio: number): number | null {
  const level = Math.max(MIN_LEVEL, Math.ceil(Math.log2(zoom * pixelRatio)));
  return zoom >= MAX_LAYER_ZOOM || level > MAX_LEVEL ? null : level;
}

/**
 * The levels a zoom from this one reaches first: one step in, one out, then two (an animated
 * fit or a cluster's zoom moves two steps at once).
 */
export function neighbourLevels(level: number): number[] {
  return [level + 1, level - 1, level + 2, level - 2].filter((l) => l >= MIN_LEVEL && l <= MAX_LEVEL);
}

/** Cytoscape's bounds on one layer's canvas, in pixels. */
const MAX_LAYER_AREA = 4000 * 4000;
const MAX_LAYER_SIDE = 32767;

/** Whether Cytoscape can make a layer of this size, in model units, at this level. */
export function layerFits(size: { w: number; h: number }, level: number): boolean {
  const [w, h] = [Math.ceil(size.w * 2 ** level), Math.ceil(size.h * 2 ** level)];
  return w <= MAX_LAYER_SIDE && h <= MAX_LAYER_SIDE && w * h <= MAX_LAYER_AREA;
}

/** The parts of Cytoscape's canvas renderer (3.35) this reads: its layer cache and sorted elements. */
interface Layer {
  bb: { w: number; h: number };
}
interface LayerCache {
  layersQueue: { size(): number };
  layersByLevel: Record<number, Layer[] | undefined>;
  skipping: boolean;
  getLayers(eles: unknown, pxRatio: number, level: number): unknown;
  levelIsComplete(level: number, eles: { length: number }): boolean;
}
interface CanvasRenderer {
  data?: { lyrTxrCache?: LayerCache; wheelZooming?: boolean };
  hoverData?: { dragging?: boolean };
  textureOnViewport: boolean;
  getCachedZSortedEles(): { nondrag: { length: number } };
  getPixelRatio(): number;
}

/**
 * Whether a gesture starting now is better drawn from a texture of the view: only while no
 * level has finished layers, where Cytoscape would draw every element each frame (0.6 s a
 * frame at 10,000 actors, the first seconds after the picture appears or a filter changes;
 * with any level finished it draws that one, scaled, until the view's own is built). A texture
 * costs one full drawing at the gesture's start (1.2–2 s there), and is wasted where the
 * layers are ready or where Cytoscape would refuse them (it then draws only what is in view,
 * cheap that close in).
 */
export function wantsTexture(cache: LayerCache, eles: { length: number }, zoom: number, pixelRatio: number) {
  const level = layerLevel(zoom, pixelRatio);
  if (level === null) return false;
  const levels = Object.keys(cache.layersByLevel).map(Number);
  if (levels.some((l) => cache.levelIsComplete(l, eles))) return false;
  const size = layerSize(cache);
  return !size || layerFits(size, level);
}

/**
 * The size of a layer in model units, once Cytoscape has made one: a layer holds every element,
 * at every level, so one tells how big any other level's would be.
 */
function layerSize(cache: LayerCache): Layer['bb'] | undefined {
  return Object.values(cache.layersByLevel).find((layers) => layers?.length)?.[0]?.bb;
}

/**
 * Keeps Cytoscape's layer cache ready on a big graph. Its canvas renderer queues the cached
 * layers of a zoom level only when a frame asks for them, and builds them in the idle frames
 * after; a frame drawn just after a change (first paint, filter, selection) asks too early and
 * draws every element instead. When nothing has been drawn for SETTLE_MS this asks for one
 * more frame, so the layers are built while the analyst looks and the next pan moves a few
 * textures (measured in `npm run bench`: 5 fps → 60 fps at 5,000 actors) instead of
 * redrawing 17,500 elements a frame.
 *
 * A zoom that crosses a power of two needs the next level's layers, and the frame that first
 * asks for them sets them up for every element (0.4 s at 10,000 actors, in the middle of a
 * wheel zoom). So once the view's own level is built, the two levels either side are set up
 * too, one per quiet moment, and a zoom finds them ready. A layer is at most 4,000 × 4,000
 * pixels, and the levels a graph's size allows add up to at most 4/3 of that (85 MB).
 *
 * Until any level is built, a gesture is drawn from a texture of the view (`wantsTexture`).
 */
export function keepLayerCacheWarm(cy: cytoscape.Core, large: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = false;
  let lastRender = 0;
  // Levels Cytoscape made no layer for when asked: not asked again.
  const refused = new Set<number>();
  const later = (fn: () => void, ms = SETTLE_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!cy.destroyed() && large()) fn();
    }, ms);
  };
  const warmNeighbours = () => {
    const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
    const cache = renderer.data?.lyrTxrCache;
    if (!cache) return; // the WebGL renderer has no layers
    // Frames still coming, or layers still being built: not a quiet moment yet.
    if (performance.now() - lastRender < QUIET_MS || cache.layersQueue.size() > 0 || cache.skipping)
      return later(warmNeighbours);
    const pixelRatio = renderer.getPixelRatio();
    const level = layerLevel(cy.zoom(), pixelRatio);
    if (level === null) return;
    // A level Cytoscape would refuse (it then draws each element) is not set up in vain.
    const size = layerSize(cache);
    if (!size) return;
    const eles = renderer.getCachedZSortedEles().nondrag;
    const next = neighbourLevels(level).find(
      (l) => layerFits(size, l) && !refused.has(l) && !cache.levelIsComplete(l, eles),
    );
    if (next === undefined) return;
    // Queues every element into the level's layers; Cytoscape draws them in the idle frames after.
    cache.getLayers(eles, pixelRatio, next);
    if (!cache.layersByLevel[next]?.length) refused.add(next);
    later(warmNeighbours, QUIET_MS);
  };
  const onRender = () => {
    if (!large()) return;
    lastRender = performance.now();
    // The frame this asked for: the layers are queued now; their neighbours come after them.
    if (asked) {
      asked = false;
      return later(warmNeighbours, QUIET_MS);
    }
    later(() => {
      asked = true;
      cy.forceRender();
    });
  };
  // Decided as each gesture starts, kept through it: on the window's capture, because
  // Cytoscape's own handlers listen on the container's and mark the gesture begun.
  const box = cy.container();
  const onGestureStart = (event: Event) => {
    if (!(event.target instanceof Node) || !box?.contains(event.target)) return;
    const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
    const cache = renderer.data?.lyrTxrCache;
    if (!cache || renderer.data?.wheelZooming || renderer.hoverData?.dragging) return;
    renderer.textureOnViewport =
      large() &&
      wantsTexture(cache, renderer.getCachedZSortedEles().nondrag, cy.zoom(), renderer.getPixelRatio());
  };
  const gestures = ['wheel', 'mousedown', 'touchstart'] as const;
  if (box)
    for (const type of gestures) addEventListener(type, onGestureStart, { capture: true, passive: true });
  cy.on('render', onRender);
  return () => {
    clearTimeout(timer);
    cy.off('render', onRender);
    if (box) for (const type of gestures) removeEventListener(type, onGestureStart, { capture: true });
  };
}
