/**
 * One drawing, two renderers: the explorer's live Cytoscape canvas and the server's SVG of the same
 * view must put every curve, verb and name in the same place. For the seed graph (with parallel
 * relationships merged too) and for paths from South Korea to Russia, this reads what Cytoscape computed in Chromium (edge midpoints and
 * control points, label boxes) and compares it with the SVG that POST /api/render.svg draws for
 * the same view: equal within a few pixels at the view's zoom. It also checks, on the server's
 * picture, that no verb shown sits on an actor's name or on another verb.
 *
 * Cytoscape's instance is read from its container (container._cyreg.cy, Cytoscape's own
 * registry), not through the app's test hook.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askPath, highlighted, openExplorer } from './explorer-page.ts';
import { type E2eApp, SCREENSHOT_DIR, startE2eApp } from './harness.ts';

let app: E2eApp;
let records: { nodes: Actor[]; edges: Relationship[] };

/** Rendered pixels allowed between the canvas and the SVG. */
const TOLERANCE_PX = 3;

beforeAll(async () => {
  app = await startE2eApp();
  records = (await (await fetch(`${app.baseUrl}/api/graph`)).json()) as typeof records;
});

afterAll(async () => {
  await app?.close();
});

interface Xy {
  x: number;
  y: number;
}
interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the canvas draws, in model coordinates, read from Cytoscape. */
interface Canvas {
  zoom: number;
  pan: Xy;
  width: number;
  height: number;
  positions: Record<string, Xy>;
  nodes: string[];
  edges: Array<{
    id: string;
    /** The relationships it draws: itself, or a bundle's members. */
    members: string[];
    mid: Xy;
    renderedMid: Xy;
    control: Xy | null;
    label: Rect | null;
  }>;
  nodeLabels: Record<string, Rect>;
  path: string[];
  selected: number;
}

function readCanvas(page: Page): Promise<Canvas> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    const holder = [
      doc.querySelector('[data-testid=graph-canvas]'),
      ...doc.querySelectorAll('[data-testid=graph-canvas] *'),
    ].find((el: any) => el?._cyreg?.cy);
    const cy = holder._cyreg.cy;
    const labelOnly = {
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
      includeUnderlays: false,
    };
    const rect = (b: any) =>
      b && Number.isFinite(b.x1) && b.w > 0 ? { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } : null;
    const drawnNodes = cy.nodes().not('.hidden');
    const positions: Record<string, Xy> = {};
    const nodeLabels: Record<string, Rect> = {};
    drawnNodes.forEach((n: any) => {
      positions[n.id()] = { ...n.position() };
      const box = rect(n.boundingBox(labelOnly));
      if (box) nodeLabels[n.id()] = box;
    });
    // A bundled relationship is drawn as its bundle (cy-adapter.ts): compare what is on screen.
    const edges = cy
      .edges()
      .not('.hidden')
      .not('.bundled')
      .map((e: any) => ({
        id: e.id(),
        members: e.hasClass('bundle') ? String(e.data('members')).split(' ') : [e.id()],
        mid: { ...e.midpoint() },
        renderedMid: { ...e.renderedMidpoint() },
        control: e.controlPoints()?.[0] ?? null,
        label: e.style('label') ? rect(e.boundingBox(labelOnly)) : null,
      }));
    return {
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
      width: cy.width(),
      height: cy.height(),
      positions,
      nodes: drawnNodes.map((n: any) => n.id()),
      edges,
      nodeLabels,
      path: cy.elements('.path').map((el: any) => el.id()),
      selected: cy.elements('.selected').length,
    };
  });
}

/** An attribute's text as written ("bundle:USA&gt;KOR:…" names bundle:USA>KOR:…). */
const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
  );

/** What the server's SVG draws for the same view, in model coordinates. */
interface Drawn {
  edges: Map<string, { start: Xy; control: Xy; end: Xy; mid: Xy }>;
  edgeLabels: Map<string, Rect>;
  nodeLabels: Map<string, Rect>;
}

async function renderServerSvg(canvas: Canvas, bundle = false): Promise<{ svg: string; drawn: Drawn }> {
  const nodeIds = new Set(canvas.nodes);
  const edgeIds = new Set(canvas.edges.flatMap((e) => e.members));
  const view = {
    nodes: records.nodes.filter((n) => nodeIds.has(n.id)),
    edges: records.edges.filter((e) => edgeIds.has(e.id)),
    positions: canvas.positions,
    zoom: canvas.zoom,
    pan: canvas.pan,
    viewport: { width: Math.round(canvas.width), height: Math.round(canvas.height) },
    ...(canvas.path.length ? { highlightedPath: canvas.path } : {}),
  };
  const res = await fetch(`${app.baseUrl}/api/render.svg`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // The canvas's own frame and its bundling (images merge parallel relationships by default).
    body: JSON.stringify({ view, frame: 'auto', bundle }),
  });
  expect(res.status).toBe(200);
  const svg = await res.text();
  // Inside the graph group the SVG is in model coordinates, as Cytoscape's positions are (the
  // group is moved, or moved and scaled to its frame).
  expect(svg).toMatch(/<g class="graph" transform="(translate\([-\d.]+ [-\d.]+\)|matrix\([-\d. ]+\))">/);
  const model = (x: string, y: string): Xy => ({ x: Number(x), y: Number(y) });
  const box = (x: string, y: string, w: string, h: string): Rect => {
    const p = model(x, y);
    return { x1: p.x, y1: p.y, x2: p.x + Number(w), y2: p.y + Number(h) };
  };
  const n = '(-?[\\d.]+)';
  const edges = new Map<string, { start: Xy; control: Xy; end: Xy; mid: Xy }>();
  for (const m of svg.matchAll(
    new RegExp(
      `data-relationship-id="([^"]+)"[^>]*>(?:<title>[\\s\\S]*?</title>)?<path d="M${n} ${n}Q${n} ${n} ${n} ${n}"`,
      'g',
    ),
  )) {
    const [start, control, end] = [model(m[2]!, m[3]!), model(m[4]!, m[5]!), model(m[6]!, m[7]!)];
    const mid = {
      x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
      y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
    };
    edges.set(unescapeXml(m[1]!), { start, control, end, mid });
  }
  const labels = (cls: string) =>
    new Map(
      [
        ...svg.matchAll(
          new RegExp(
            `<g class="${cls}" data-label-for="([^"]+)"[^>]*><rect x="${n}" y="${n}" width="${n}" height="${n}"`,
            'g',
          ),
        ),
      ].map((m) => [unescapeXml(m[1]!), box(m[2]!, m[3]!, m[4]!, m[5]!)] as const),
    );
  return { svg, drawn: { edges, edgeLabels: labels('edge-label'), nodeLabels: labels('node-label') } };
}

const centre = (r: Rect): Xy => ({ x: (r.x1 + r.x2) / 2, y: (r.y1 + r.y2) / 2 });
const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

interface Differences {
  view: string;
  zoom: number;
  edges: number;
  edgeLabels: number;
  nodeLabels: number;
  /** Largest distance, in rendered pixels, between canvas and SVG. */
  maxMidpointPx: number;
  maxControlPointPx: number;
  maxEdgeLabelPx: number;
  maxNodeLabelPx: number;
}

const results: Differences[] = [];

/** Compares canvas and SVG for the view on screen; returns the largest differences. */
async function compare(page: Page, name: string, bundle = false): Promise<Differences> {
  const canvas = await readCanvas(page);
  expect(canvas.selected).toBe(0);
  const { drawn } = await renderServerSvg(canvas, bundle);
  const px = (a: Xy, b: Xy) => Math.hypot(a.x - b.x, a.y - b.y) * canvas.zoom;
  const out: Differences = {
    view: name,
    zoom: Math.round(canvas.zoom * 1000) / 1000,
    edges: canvas.edges.length,
    edgeLabels: 0,
    nodeLabels: 0,
    maxMidpointPx: 0,
    maxControlPointPx: 0,
    maxEdgeLabelPx: 0,
    maxNodeLabelPx: 0,
  };
  expect(drawn.edges.size).toBe(canvas.edges.length);
  for (const edge of canvas.edges) {
    const svgEdge = drawn.edges.get(edge.id);
    expect(svgEdge, edge.id).toBeDefined();
    // The rendered midpoint is the model one through the viewport: the same transform the SVG is compared in.
    expect(edge.renderedMid.x).toBeCloseTo(edge.mid.x * canvas.zoom + canvas.pan.x, 3);
    out.maxMidpointPx = Math.max(out.maxMidpointPx, px(edge.mid, svgEdge!.mid));
    if (edge.control)
      out.maxControlPointPx = Math.max(out.maxControlPointPx, px(edge.control, svgEdge!.control));
    const svgLabel = drawn.edgeLabels.get(edge.id);
    // A verb is on the canvas exactly when it is in the SVG, and at the same place.
    expect(Boolean(edge.label), `verb of ${edge.id}`).toBe(Boolean(svgLabel));
    if (edge.label && svgLabel) {
      out.edgeLabels++;
      out.maxEdgeLabelPx = Math.max(out.maxEdgeLabelPx, px(centre(edge.label), centre(svgLabel)));
    }
  }
  for (const id of canvas.nodes) {
    const live = canvas.nodeLabels[id];
    const svgLabel = drawn.nodeLabels.get(id);
    expect(live, id).toBeDefined();
    expect(svgLabel, id).toBeDefined();
    out.nodeLabels++;
    out.maxNodeLabelPx = Math.max(out.maxNodeLabelPx, px(centre(live!), centre(svgLabel!)));
  }
  // Never a verb over an actor's name or over another verb.
  const verbs = [...drawn.edgeLabels.entries()];
  for (const [id, verb] of verbs) {
    for (const [actor, name] of drawn.nodeLabels)
      expect(overlap(verb, name), `${id} over ${actor}`).toBe(false);
    for (const [other, box] of verbs)
      if (other !== id) expect(overlap(verb, box), `${id} over ${other}`).toBe(false);
  }
  results.push(out);
  expect(out.maxMidpointPx).toBeLessThan(TOLERANCE_PX);
  expect(out.maxControlPointPx).toBeLessThan(TOLERANCE_PX);
  expect(out.maxEdgeLabelPx).toBeLessThan(TOLERANCE_PX);
  expect(out.maxNodeLabelPx).toBeLessThan(TOLERANCE_PX);
  return out;
}

describe('the explorer and the server draw the same picture', () => {
  afterAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(`${SCREENSHOT_DIR}/../drawing-geometry.json`, `${JSON.stringify(results, null, 2)}\n`);
    console.info(JSON.stringify(results));
  });

  it('for the whole seed graph: every curve, and every name, where the SVG puts it', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, app.baseUrl);
    const diff = await compare(page, 'seed graph');
    expect(diff.edges).toBe(records.edges.length);
    await app.screenshot(page, 'drawing-seed-graph');
    await page.close();
  });

  it('for the seed graph with parallel relationships merged: every bundle and its badge', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, app.baseUrl);
    // The bundling toggle, reached as Cytoscape is (the adapter leaves itself in its scratch).
    await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const holder = [
        doc.querySelector('[data-testid=graph-canvas]'),
        ...doc.querySelectorAll('[data-testid=graph-canvas] *'),
      ].find((el: any) => el?._cyreg?.cy);
      holder._cyreg.cy.scratch('briefgraph').view.setBundling(true);
    });
    const diff = await compare(page, 'seed graph, bundled', true);
    expect(diff.edges).toBeLessThan(records.edges.length);
    expect(diff.edgeLabels).toBeGreaterThan(0);
    await app.screenshot(page, 'drawing-seed-graph-bundled');
    await page.close();
  });

  it('for the path from South Korea to Russia, and its verb', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, app.baseUrl);
    await askPath(page);
    await page.locator('[data-testid=path-result][aria-pressed=true]').waitFor();
    await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['KOR', 'RUS']));
    const diff = await compare(page, 'path 1: South Korea → Russia');
    expect(diff.edgeLabels).toBeGreaterThan(0);
    await app.screenshot(page, 'drawing-path-1');
    await page.close();
  });

  it('for a two-hop path from South Korea to Russia, with both verbs by their own edges', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, app.baseUrl);
    await askPath(page);
    const twoHops = page.locator('[data-testid=path-result]', { hasText: '2 hops' }).first();
    await twoHops.click();
    await expect.poll(() => twoHops.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await highlighted(page)).length).toBe(5);
    const diff = await compare(page, 'a two-hop path: South Korea → … → Russia');
    expect(diff.edgeLabels).toBe(2);
    await app.screenshot(page, 'drawing-path-3');
    await page.close();
  });
});
