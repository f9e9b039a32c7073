/**
 * A big graph's overview names its clusters before any actor: at the zooms where the canvas
 * names nobody (cy-clusters.ts), each cluster the server's layout found gets its most connected
 * actor's name and its size ("Japan · 312 actors") at its centre, in screen-sized type, and a
 * click on it frames that cluster at a zoom where its hubs are named.
 *
 * The names are buttons in a layer over the canvas (below the emphasis overlay, whose veil
 * fades them too), not Cytoscape elements: restyling an element of a big graph throws away its
 * layer cache (cy-layer-cache.ts). While they are shown, a moving view moves them once a frame
 * (a transform each, a few dozen at most); above that zoom they cost nothing.
 */
import type cytoscape from 'cytoscape';
import {
  CLUSTER_ZOOMS,
  CLUSTERS_UP_TO_ZOOM,
  type Cluster,
  type ClusterActor,
  clustersOf,
  nameBox,
  namesShown,
} from './cy-clusters.ts';
import { fitViewport } from './cy-viewport.ts';

export interface ClusterNames {
  /** Each actor's community, as the server stored it; actors without one belong to no cluster. */
  setCommunities(communities: ReadonlyMap<string, number>): void;
  /** The actors moved, were hidden or shown: the clusters are taken again. */
  refresh(): void;
  destroy(): void;
}

const FRAME_MS = 350;

export function createClusterNames(
  cy: cytoscape.Core,
  container: HTMLElement,
  large: () => boolean,
): ClusterNames {
  const layer = container.ownerDocument.createElement('div');
  layer.className = 'graph-clusters';
  layer.setAttribute('role', 'group');
  layer.setAttribute('aria-label', 'Clusters of the graph');
  layer.hidden = true;
  // Beside the canvas, not in it: a press on a name is no press on the graph (Cytoscape and the
  // hit test listen on the container). Before it, so the emphasis overlay in it lies above.
  container.before(layer);
  // A wheel over a name still zooms the graph.
  layer.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      container.dispatchEvent(new WheelEvent('wheel', e));
    },
    { passive: false },
  );
  let communities: ReadonlyMap<string, number> = new Map();
  let clusters: Cluster[] = [];
  let buttons: HTMLButtonElement[] = [];
  let sizes: { width: number; height: number }[] | null = null;
  let frame = 0;

  function members(): ClusterActor[] {
    const out: ClusterActor[] = [];
    cy.nodes()
      .not('.hidden')
      .forEach((n) => {
        const community = communities.get(n.id());
        if (community === undefined) return;
        const { x, y } = n.position();
        out.push({
          id: n.id(),
          name: String(n.data('label')),
          x,
          y,
          degree: Number(n.data('degree')),
          community,
        });
      });
    return out;
  }

  function frameCluster(cluster: Cluster) {
    const target = fitViewport(cluster.box, { width: cy.width(), height: cy.height() }, CLUSTER_ZOOMS);
    // The name goes when the view zooms in: the canvas keeps the keyboard's place.
    container.focus({ preventScroll: true });
    const reduced = container.ownerDocument.defaultView?.matchMedia?.(
      '(prefers-reduced-motion: reduce)',
    ).matches;
    if (reduced) cy.viewport(target);
    else cy.animate({ zoom: target.zoom, pan: target.pan, duration: FRAME_MS, easing: 'ease-in-out-cubic' });
  }

  function button(cluster: Cluster): HTMLButtonElement {
    const doc = container.ownerDocument;
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'graph-cluster';
    b.dataset.lead = cluster.leadId;
    const count = `${cluster.size.toLocaleString('en')} actors`;
    b.setAttribute('aria-label', `Cluster of ${count} around ${cluster.leadName}: zoom in`);
    const name = doc.createElement('span');
    name.className = 'graph-cluster-name';
    name.textContent = cluster.leadName;
    const size = doc.createElement('span');
    size.className = 'graph-cluster-size';
    size.textContent = count;
    b.append(name, size);
    b.addEventListener('click', () => frameCluster(cluster));
    return b;
  }

  /** Shows, hides and moves the names for the viewport as it is now. */
  function place() {
    frame = 0;
    const shown = large() && clusters.length > 0 && cy.zoom() <= CLUSTERS_UP_TO_ZOOM;
    if (layer.hidden === shown) layer.hidden = !shown;
    if (!shown) return;
    // Measured once per set of names, when first shown: their text does not change.
    sizes ??= buttons.map((b) => ({ width: b.offsetWidth, height: b.offsetHeight }));
    const viewport = { zoom: cy.zoom(), pan: cy.pan() };
    const boxes = clusters.map((c, i) => nameBox(c, sizes?.[i] ?? { width: 0, height: 0 }, viewport));
    const visible = namesShown(boxes, { width: cy.width(), height: cy.height() });
    buttons.forEach((b, i) => {
      const box = boxes[i] as (typeof boxes)[number];
      b.hidden = !visible[i];
      if (visible[i]) b.style.transform = `translate(${Math.round(box.x1)}px, ${Math.round(box.y1)}px)`;
    });
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };
  cy.on('viewport resize', schedule);

  function refresh() {
    clusters = large() && communities.size > 0 ? clustersOf(members()) : [];
    buttons = clusters.map(button);
    sizes = null;
    layer.replaceChildren(...buttons);
    place();
  }

  return {
    setCommunities(next) {
      communities = next;
      refresh();
    },
    refresh,
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      cy.off('viewport resize', schedule);
      layer.remove();
    },
  };
}
