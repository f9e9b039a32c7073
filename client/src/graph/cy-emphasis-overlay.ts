/**
 * What a big graph emphasises (the selection, its lines, a path, a focus), drawn on a second,
 * small Cytoscape instance laid over the canvas, instead of as classes on the big one.
 *
 * Why: Cytoscape's canvas renderer draws a big graph from one cached layer of all its elements,
 * and restyling any element throws that layer away; the frames after a selection then drew all
 * 35,000 elements directly (about 0.7 s each at 10,000 actors, measured) until the layer was
 * built again. The big instance is left as it is; this one holds the few elements in focus, with
 * the same stylesheet and the same data (so they are drawn exactly as the classes would draw
 * them there), follows its viewport, and lets every pointer event through. A fade is a veil of
 * the canvas's background over the big picture, at the opacity a faded element would have.
 *
 * Names a pinned one (selected, on a path) would sit on are covered by boxes of the background
 * here, where the big canvas would have left them out.
 *
 * Below zoom 1 a pinned name, and a path's line, keep their size on screen (cy-pinned-names.ts): a path
 * across the whole graph is framed far out (zoom 0.1 at 10,000 actors), where the stylesheet's
 * 12 model units drew its names 1 to 2 px high. Restyled once the zoom has settled, not while
 * it moves.
 */
import { FADED_OPACITY } from '@briefgraph/graph/drawing/scene';
import cytoscape from 'cytoscape';
import { CONTEXT_CLASS, COVER_CLASS, COVER_ONLY_CLASS, type OverlayContent } from './cy-emphasis.ts';
import { largeNodeSize } from './cy-label-levels.ts';
import { pinnedFontSize, pinnedRules, pinnedSides, sideData } from './cy-pinned-names.ts';
import { buildStylesheet, type StyleRule } from './cy-stylesheet.ts';

export interface EmphasisOverlay {
  /**
   * Makes the instance now, while nothing waits for it (made at the first emphasis otherwise: a
   * new Cytoscape's first frames cost a few hundred milliseconds at this size, measured).
   */
  prepare(): void;
  show(content: OverlayContent): void;
  clear(): void;
  resize(): void;
  destroy(): void;
}

function overlayRules(background: string): StyleRule[] {
  return [
    // The name's box in the background colour, its text the same: the name below disappears.
    {
      selector: `node.${COVER_CLASS}`,
      style: {
        color: background,
        'text-background-color': background,
        'text-background-opacity': 1,
        'z-index': 0,
      },
    },
    // Not drawn, so not measured either: no name to lay out.
    { selector: `node.${CONTEXT_CLASS}`, style: { visibility: 'hidden', label: '' } },
    {
      selector: `node.${COVER_ONLY_CLASS}`,
      style: { 'background-opacity': 0, 'border-width': 0, events: 'no' },
    },
  ];
}

/** How long the zoom stays put before pinned names are restyled for it. */
const SETTLE_MS = 150;

/**
 * Elements added to the overlay in one frame; the first frame, which also holds the click's
 * other work (the panel, the hit test), takes fewer. At 10,000 actors, 100 then 200 made the
 * longest frame of a hub's selection 130–200 ms; 40 then 120 make it 85–110 ms, and the hub's
 * 570 elements take two more frames.
 */
const FRAME_ELEMENTS = 120;
const FIRST_FRAME_ELEMENTS = 40;

/** Adds elements (after removing all, for a new emphasis) in one batch. */
function add(cy: cytoscape.Core, elements: cytoscape.ElementDefinition[], fresh: boolean) {
  // Not cy.batch: a throw inside it would leave the instance batching, drawing nothing again.
  cy.startBatch();
  try {
    if (fresh) cy.elements().remove();
    cy.add(elements);
  } finally {
    cy.endBatch();
  }
}

export function createEmphasisOverlay(main: cytoscape.Core, container: HTMLElement): EmphasisOverlay {
  let layer: { cy: cytoscape.Core; box: HTMLElement } | null = null;
  // Counts emphases shown: the parts still to come of an earlier one are dropped.
  let showing = 0;
  // Drawing one line unseen (prepare), until its first frame.
  let warming = false;
  let background = '#ffffff';
  // The pinned names' font size the stylesheet has now, and the timer that will change it.
  let pinnedSize: number | null = null;
  let settle: ReturnType<typeof setTimeout> | null = null;
  const stylesheet = (zoom: number) =>
    [
      ...buildStylesheet({ large: true }),
      ...overlayRules(background),
      ...pinnedRules(zoom),
    ] as unknown as cytoscape.StylesheetJson;
  /** Pinned names far out each take a side clear of those before; from zoom 1 on, the canvas's own. */
  function placePinned(cy: cytoscape.Core) {
    const pinned = cy.nodes('.selected, .path');
    if (pinned.empty()) return;
    const sides =
      pinnedSize === null
        ? null
        : pinnedSides(
            pinned.map((n) => ({
              id: n.id(),
              ...n.position(),
              radius: largeNodeSize(Number(n.data('degree'))) / 2,
              lines: String(n.data('text')).split('\n'),
            })),
            pinnedSize,
          );
    cy.batch(() => {
      pinned.forEach((n) => {
        const side = sides?.get(n.id());
        const own = main.getElementById(n.id());
        if (side) n.data(sideData(side));
        else if (own.nonempty())
          n.data({ lside: own.data('lside'), lmx: own.data('lmx'), lmy: own.data('lmy') });
      });
    });
  }
  function restyle() {
    settle = null;
    if (!layer || pinnedFontSize(main.zoom()) === pinnedSize) return;
    pinnedSize = pinnedFontSize(main.zoom());
    layer.cy.style(stylesheet(main.zoom()));
    placePinned(layer.cy);
  }
  const follow = () => {
    if (!layer) return;
    layer.cy.viewport({ zoom: main.zoom(), pan: main.pan() });
    if (pinnedFontSize(main.zoom()) === pinnedSize) return;
    if (settle) clearTimeout(settle);
    settle = setTimeout(restyle, SETTLE_MS);
  };

  /** Made at the first emphasis: most views of a big graph never need it. */
  function made() {
    if (layer) return layer;
    // Laid over the canvas, letting the pointer through; its veil is the stylesheet's (centre.css).
    const box = container.ownerDocument.createElement('div');
    box.className = 'graph-emphasis';
    box.setAttribute('aria-hidden', 'true');
    box.style.setProperty('--veil', String(1 - FADED_OPACITY));
    container.append(box);
    background = getComputedStyle(container).backgroundColor || '#ffffff';
    pinnedSize = pinnedFontSize(main.zoom());
    const cy = cytoscape({
      container: box,
      style: stylesheet(main.zoom()),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      pixelRatio: 1,
      minZoom: main.minZoom(),
      maxZoom: main.maxZoom(),
    });
    layer = { cy, box };
    main.on('viewport', follow);
    follow();
    return layer;
  }

  return {
    prepare() {
      if (layer) return;
      // Its first frame with elements is the slow one: draw one line unseen, then nothing.
      const { cy, box } = made();
      const edge = main.edges().first();
      if (edge.empty()) return;
      const ends = edge.connectedNodes().map((n): [string, string[]] => [n.id(), []]);
      this.show({ classes: new Map([...ends, [edge.id(), ['incident']]]), fade: false });
      box.style.visibility = 'hidden';
      warming = true;
      cy.one('render', () => {
        if (warming) this.clear();
      });
    },
    show({ classes, fade }) {
      const { cy, box } = made();
      warming = false;
      box.style.visibility = '';
      // What is drawn (actors, covers) first; then each line, right after its ends.
      const nodes: cytoscape.ElementDefinition[] = [];
      const ends = new Map<string, cytoscape.ElementDefinition>();
      const edges: cytoscape.ElementDefinition[] = [];
      for (const [id, extra] of classes) {
        const el = main.getElementById(id);
        if (el.empty()) continue;
        // Cytoscape refuses a line without both its ends.
        if (
          el.isEdge() &&
          el
            .connectedNodes()
            .map((n) => n.id())
            .some((end) => !classes.has(end))
        )
          continue;
        const copy = {
          data: { ...el.data() },
          classes: [...el.classes().filter((c) => c === 'bundle'), ...extra],
        };
        if (el.isNode()) {
          const node = { group: 'nodes' as const, ...copy, position: { ...el.position() } };
          if (extra.includes(CONTEXT_CLASS)) ends.set(id, node);
          else nodes.push(node);
        } else edges.push({ group: 'edges', ...copy } as cytoscape.ElementDefinition);
      }
      const ordered = [...nodes];
      for (const edge of edges) {
        for (const end of [edge.data.source, edge.data.target]) {
          const node = end === undefined ? undefined : ends.get(end);
          if (node) ordered.push(node);
          if (end !== undefined) ends.delete(end);
        }
        ordered.push(edge);
      }
      ordered.push(...ends.values());
      const shown = ++showing;
      // Names pinned in a view that zoomed since the last restyle: sized for this zoom at once.
      if (settle) restyle();
      add(cy, ordered.slice(0, FIRST_FRAME_ELEMENTS), true);
      // From zoom 1 on the copies already carry the canvas's own sides.
      if (pinnedSize !== null) placePinned(cy);
      box.classList.toggle('is-veiled', fade);
      follow();
      // A hub's hundreds of lines come over a few frames, not in one long one (each element's
      // first style costs a quarter to half a millisecond here): the next part after each frame.
      let next = FIRST_FRAME_ELEMENTS;
      const more = () => {
        if (shown !== showing || next >= ordered.length) return;
        cy.one('render', () =>
          requestAnimationFrame(() => {
            if (shown !== showing || cy.destroyed()) return;
            add(cy, ordered.slice(next, next + FRAME_ELEMENTS), false);
            next += FRAME_ELEMENTS;
            more();
          }),
        );
      };
      more();
    },
    clear() {
      warming = false;
      showing++;
      if (!layer) return;
      layer.box.style.visibility = '';
      layer.cy.elements().remove();
      layer.box.classList.remove('is-veiled');
    },
    resize() {
      if (!layer) return;
      layer.cy.resize();
      follow();
    },
    destroy() {
      showing++;
      if (settle) clearTimeout(settle);
      main.off('viewport', follow);
      layer?.cy.destroy();
      layer?.box.remove();
      layer = null;
    },
  };
}
