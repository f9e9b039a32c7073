/**
 * Frame probes for the client bench (bench-client.ts): the same in-page measurements for the
 * explorer and for bare Cytoscape on the same data and positions, and the bare page itself.
 *
 * The probe is plain JavaScript installed with addInitScript (a string, not a function, so no
 * compiler helper ends up in the page). It finds the page's Cytoscape instance through its
 * container (`_cyreg.cy`, Cytoscape's own registry), records its 'render' events (its render()
 * calls under the WebGL renderer, which emits none), and moves the viewport in a
 * requestAnimationFrame loop, counting frames.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Graph } from '@briefgraph/graph/domain/schemas';
import type { Page } from 'playwright-core';

export const PROBE_JS = `
window.__bench = (() => {
  const cyOf = () =>
    document.querySelector('#graph')?._cyreg?.cy ?? document.querySelector('#cy')?._cyreg?.cy ?? null;
  const renders = [];
  const hook = setInterval(() => {
    const cy = cyOf();
    if (!cy) return;
    clearInterval(hook);
    const r = cy.renderer();
    if (r.webgl) {
      // Cytoscape's WebGL drawing (3.35) emits no 'render' event: its frames are the calls of
      // the renderer's render(), which the render loop makes only when a frame was asked for.
      const draw = r.render;
      r.render = function (options) { draw.call(this, options); renders.push(performance.now()); };
    } else cy.on('render', () => renders.push(performance.now()));
  }, 5);
  // When Cytoscape last had a layer queued to build (checked every 50 ms).
  let lastBusy = 0;
  setInterval(() => {
    if ((cyOf()?.renderer().data.lyrTxrCache?.layersQueue.size() ?? 0) > 0) lastBusy = performance.now();
  }, 50);
  let firstWheel = 0, lastWheel = 0;
  window.addEventListener('wheel', () => {
    lastWheel = performance.now();
    if (frames && !firstWheel) firstWheel = lastWheel;
  }, { capture: true, passive: true });
  let frames = null;
  const record = () => {
    if (!frames) return;
    frames.push(performance.now());
    requestAnimationFrame(record);
  };
  return {
    ready: () => cyOf() !== null,
    /** Layers Cytoscape's canvas renderer has queued to build (its layer cache; none under WebGL). */
    queuedLayers: () => cyOf()?.renderer().data.lyrTxrCache?.layersQueue.size() ?? 0,
    /** ms since the last render or the last time a layer was queued, whichever came later. */
    stillFor: () => performance.now() - Math.max(renders[renders.length - 1] ?? 0, lastBusy),
    renders: () => renders.slice(),
    /** Programmatic motion for ms: panBy or zoom about the centre, a step per frame, back and forth. */
    motion(kind, ms) {
      return new Promise((resolve) => {
        const cy = cyOf();
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        const zoom0 = cy.zoom();
        const pan0 = { ...cy.pan() };
        let start = 0, last = 0, count = 0, longest = 0, i = 0;
        const step = () => {
          const now = performance.now();
          if (!start) start = last = now;
          else { count++; longest = Math.max(longest, now - last); last = now; }
          if (now - start >= ms) {
            cy.viewport({ zoom: zoom0, pan: pan0 });
            resolve({ fps: count / ((now - start) / 1000), longest });
            return;
          }
          i++;
          const dir = Math.floor(i / 40) % 2 ? -1 : 1;
          if (kind === 'pan') cy.panBy({ x: 8 * dir, y: 4 * dir });
          else cy.zoom({ level: cy.zoom() * (1 + 0.02 * dir), renderedPosition: centre });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
    /** The most connected actor's centre in client pixels (the first such, in element order). */
    hub() {
      const cy = cyOf();
      let best = null;
      cy.nodes().forEach((n) => { if (!best || n.degree() > best.degree()) best = n; });
      const p = best.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    startFrames() { frames = [performance.now()]; firstWheel = 0; requestAnimationFrame(record); },
    stopFrames() { const out = { frames, firstWheel, lastWheel }; frames = null; return out; },
  };
})();
`;

export interface FrameFigures {
  /** Data in hand → the first frame Cytoscape drew of the whole picture, ms. */
  firstRender: number;
  panFps: number;
  zoomFps: number;
  /** The longest frame while panning or zooming, ms. */
  longestFrame: number;
  /** The longest frame during a wheel zoom, from its first wheel event to its last, ms. */
  wheelFrame: number;
  /** The longest frame in the second after the last wheel event of a wheel zoom, ms. */
  zoomEndFreeze: number;
  /** The longest frame in the 1.5 s after a click on the most connected actor (it is selected), ms. */
  selectFreeze: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pan, zoom and a wheel gesture on a page whose picture is drawn; the first render is the caller's. */
export async function measureFrames(
  page: Page,
  canvasSelector: string,
  motionMs: number,
): Promise<Omit<FrameFigures, 'firstRender'>> {
  // Both pages settle first: Cytoscape builds its layer cache in the frames after the first
  // paint (some a 'render', the rest in frames it does not draw), and the explorer then sets up
  // the zoom levels either side (cy-layer-cache.ts); settled is 1.5 s without a render and
  // without a layer to build (at most 60 s). A layer finished just now is not drawn yet: the
  // condition has to hold for the whole 1.5 s, not at one look.
  await page.waitForFunction('window.__bench.stillFor() > 1500', null, { timeout: 60_000, polling: 100 });
  const pan = (await page.evaluate(`window.__bench.motion('pan', ${motionMs})`)) as {
    fps: number;
    longest: number;
  };
  await sleep(600);
  const zoom = (await page.evaluate(`window.__bench.motion('zoom', ${motionMs})`)) as {
    fps: number;
    longest: number;
  };
  await sleep(600);
  const box = await page.locator(canvasSelector).boundingBox();
  if (!box) throw new Error(`${canvasSelector} is not on the page`);
  // Off-centre, between actors as often as on one; 12 notches, 40 ms apart, as a mouse wheel.
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.55);
  await page.evaluate('window.__bench.startFrames()');
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -100);
    await sleep(40);
  }
  await sleep(1200);
  const { frames, firstWheel, lastWheel } = (await page.evaluate('window.__bench.stopFrames()')) as {
    frames: number[];
    firstWheel: number;
    lastWheel: number;
  };
  return {
    panFps: pan.fps,
    zoomFps: zoom.fps,
    longestFrame: Math.max(pan.longest, zoom.longest),
    wheelFrame: longestAfter(frames, firstWheel, lastWheel - firstWheel),
    zoomEndFreeze: longestAfter(frames, lastWheel, 1000),
    selectFreeze: await clickFreeze(page),
  };
}

/** The longest gap between frames that ends after `from` and starts within `within` ms of it. */
function longestAfter(frames: readonly number[], from: number, within: number): number {
  let freeze = 0;
  for (let i = 1; i < frames.length; i++) {
    const [a, b] = [frames[i - 1] as number, frames[i] as number];
    if (b > from && a < from + within) freeze = Math.max(freeze, b - Math.max(a, from));
  }
  return freeze;
}

/** A click on the most connected actor, as a user selects it: the longest frame after the press. */
async function clickFreeze(page: Page): Promise<number> {
  // The view is back where it started; the pointer rests on the hub first, as a user's would.
  await sleep(600);
  const at = (await page.evaluate('window.__bench.hub()')) as { x: number; y: number };
  await page.mouse.move(at.x, at.y);
  await sleep(400);
  await page.evaluate('window.__bench.startFrames()');
  const pressed = (await page.evaluate('performance.now()')) as number;
  await page.mouse.down();
  await sleep(60);
  await page.mouse.up();
  await sleep(1500);
  const { frames } = (await page.evaluate('window.__bench.stopFrames()')) as { frames: number[] };
  return longestAfter(frames, pressed, 1500);
}

/** The first 'render' event after `after` (performance.now() in the page), waiting for it. */
export async function firstRenderAfter(page: Page, after: number): Promise<number> {
  await page.waitForFunction(`window.__bench.renders().some((t) => t > ${after})`, null, {
    timeout: 180_000,
    polling: 50,
  });
  const renders = (await page.evaluate('window.__bench.renders()')) as number[];
  return renders.find((t) => t > after) as number;
}

const cytoscapeJs = () =>
  readFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');

/**
 * Bare Cytoscape: preset positions, bezier edges with arrows, names on the actors and verbs on
 * the edges (Cytoscape's defaults otherwise: fit on start, every label drawn when legible).
 */
const BARE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%}#cy{position:absolute;inset:0}</style></head>
<body><div id="cy"></div><script src="/cytoscape.min.js"></script><script>
window.__bare = async (webgl) => {
  const elements = await (await fetch('/bare-data.json')).json();
  const dataAt = performance.now();
  cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 12, width: 16, height: 16, 'background-color': '#1f5fbf' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5,
        label: 'data(label)', 'font-size': 10, 'line-color': '#8a99ad', 'target-arrow-color': '#8a99ad' } },
    ],
  });
  return dataAt;
};
</script></body></html>`;

/** Serves the bare page on this origin, with the graph as elements at these positions. */
export async function routeBarePage(
  page: Page,
  origin: string,
  graph: Graph,
  positions: Readonly<Record<string, { x: number; y: number }>>,
): Promise<void> {
  const elements = [
    ...graph.nodes.map((a) => ({
      group: 'nodes',
      data: { id: a.id, label: a.name },
      position: positions[a.id] ?? { x: 0, y: 0 },
    })),
    ...graph.edges.map((r) => ({
      group: 'edges',
      data: { id: r.id, source: r.source, target: r.target, label: r.type.toLowerCase() },
    })),
  ];
  const body = JSON.stringify(elements);
  const js = cytoscapeJs();
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/cytoscape.min.js') return route.fulfill({ contentType: 'text/javascript', body: js });
    if (path === '/bare-data.json') return route.fulfill({ contentType: 'application/json', body });
    return route.fulfill({ contentType: 'text/html', body: BARE_HTML });
  });
}
