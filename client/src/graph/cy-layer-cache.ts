import type cytoscape from 'cytoscape';

/** Longer than Cytoscape's 250 ms in which a change keeps its layer cache from being rebuilt. */
const SETTLE_MS = 300;

/**
 * Keeps Cytoscape's layer cache ready on a big graph. Its canvas renderer queues the cached
 * layers of a zoom level only when a frame asks for them, and builds them in the idle frames
 * after; a frame drawn just after a change (first paint, filter, selection) asks too early and
 * draws every element instead. When nothing has been drawn for SETTLE_MS this asks for one
 * more frame, so the layers are built while the analyst looks and the next pan moves a few
 * textures (measured in `npm run bench`: 5 fps → 60 fps at 5,000 actors) instead of
 * redrawing 17,500 elements a frame.
 */
export function keepLayerCacheWarm(cy: cytoscape.Core, large: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = false;
  const onRender = () => {
    if (!large()) return;
    // The frame this asked for: the layers are queued now, nothing more to ask.
    if (asked) {
      asked = false;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (cy.destroyed()) return;
      asked = true;
      cy.forceRender();
    }, SETTLE_MS);
  };
  cy.on('render', onRender);
  return () => {
    clearTimeout(timer);
    cy.off('render', onRender);
  };
}
