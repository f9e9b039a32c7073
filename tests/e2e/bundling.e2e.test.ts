/**
 * Bundled relationships, fresh layouts and the shared scene, in Chromium against the seed brief.
 * With bundling on, the explorer draws one line per pair, direction and class, with a count badge
 * (graph/src/drawing/bundles.ts); the numbers here are counted from the seed's annotation file
 * (classes from the vocabulary's types), not from the bundling code. The canvas must still be
 * the shared scene for the same input (curves, badges, names within 3 px), no curve may run
 * through a third actor, and no actor or name may lie on another after a layout, re-layouts
 * included (each one a new seed).
 *
 * The adapter is reached as drawing.e2e.test.ts reaches Cytoscape: from its container
 * (container._cyreg.cy), where the adapter leaves itself in cy.scratch('briefgraph').
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Actor, Relationship } from '@briefgraph/graph/domain/schemas';
import { getRelationshipType } from '@briefgraph/graph/domain/vocabulary';
import { pointOnCurve } from '@briefgraph/graph/drawing/edges';
import { buildScene, type Scene } from '@briefgraph/graph/drawing/scene';
import { footprints, overlappingPairs } from '@briefgraph/graph/drawing/separate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askPath, callView, highlighted, openExplorer, selectedId } from './explorer-page.ts';
import { type E2eApp, startE2eApp } from './harness.ts';

let app: E2eApp;
let records: { nodes: Actor[]; edges: Relationship[] };

/** Rendered pixels allowed between the canvas and the scene. */
const TOLERANCE_PX = 3;

beforeAll(async () => {
  app = await startE2eApp();
  records = (await (await fetch(`${app.baseUrl}/api/graph`)).json()) as typeof records;
});

afterAll(async () => {
  await app?.close();
});

/** Every relationship of every seed annotation file. */
const seedDir = new URL('../../seeds/', import.meta.url);
const annotated: ReadonlyArray<{ id: string; type: string; source: string; target: string }> = readdirSync(
  seedDir,
)
  .filter((f) => f.endsWith('.annotations.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, seedDir), 'utf8')).relationships);

const isCooperation = (type: string) => {
  const quad = getRelationshipType(type).quadClass;
  return quad === 1 || quad === 2;
};
const between = (r: { source: string; target: string }, a: string, b: string) =>
  (r.source === a && r.target === b) || (r.source === b && r.target === a);

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

/** What the canvas draws, read from Cytoscape. */
interface Canvas {
  zoom: number;
  positions: Record<string, Xy>;
  edges: Array<{
    id: string;
    source: string;
    target: string;
    bundle: boolean;
    members: string[];
    label: string;
    labelBox: Rect | null;
    mid: Xy;
    control: Xy | null;
    classes: string[];
  }>;
  nodeLabels: Record<string, Rect>;
  /** Relationship and actor ids drawn as the path, not faded, selected. */
  path: string[];
  kept: string[] | null;
  selected: string | null;
  seed: number;
}

function readCanvas(page: Page): Promise<Canvas> {
  return page.evaluate(async () => {
    // Cytoscape measures labels when it paints: let it paint what the last change drew.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const doc = (globalThis as any).document;
    const holder = [
      doc.querySelector('[data-testid=graph-canvas]'),
      ...doc.querySelectorAll('[data-testid=graph-canvas] *'),
    ].find((el: any) => el?._cyreg?.cy);
    const cy = holder._cyreg.cy;
    const view = cy.scratch('briefgraph').view;
    const labelOnly = {
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
      includeUnderlays: false,
    };
    const rect = (b: any) =>
      b && Number.isFinite(b.x1) && b.w > 0 ? { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } : null;
    const positions: Record<string, Xy> = {};
    const nodeLabels: Record<string, Rect> = {};
    cy.nodes()
      .not('.hidden')
      .forEach((n: any) => {
        positions[n.id()] = { ...n.position() };
        const box = rect(n.boundingBox(labelOnly));
        if (box) nodeLabels[n.id()] = box;
      });
    const edges = cy
      .edges()
      .not('.hidden')
      .not('.bundled')
      .map((e: any) => ({
        id: e.id(),
        source: e.data('source'),
        target: e.data('target'),
        bundle: e.hasClass('bundle'),
        members: e.hasClass('bundle') ? String(e.data('members')).split(' ') : [e.id()],
        label: e.style('label'),
        labelBox: e.style('label') ? rect(e.boundingBox(labelOnly)) : null,
        mid: { ...e.midpoint() },
        control: e.controlPoints()?.[0] ?? null,
        classes: e.classes(),
      }));
    const own = cy.elements().not('.bundle').not('.hidden');
    return {
      zoom: cy.zoom(),
      positions,
      edges,
      nodeLabels,
      path: own.filter('.path').map((el: any) => el.id()),
      kept: own.filter('.faded').empty() ? null : own.not('.faded').map((el: any) => el.id()),
      selected: own.filter('.selected').first().id() ?? null,
      seed: view.layoutSeed(),
    };
  });
}

/** The shared scene for what the canvas shows: the same actors, relationships, positions, emphasis. */
function sceneOf(canvas: Canvas, bundle: boolean): Scene<Actor, Relationship> {
  const drawnRelationships = new Set(canvas.edges.flatMap((e) => e.members));
  return buildScene<Actor, Relationship>({
    nodes: records.nodes.filter((n) => canvas.positions[n.id]),
    edges: records.edges.filter((e) => drawnRelationships.has(e.id)),
    positions: canvas.positions,
    path: canvas.path,
    keep: canvas.kept,
    selected: canvas.selected,
    bundle,
    modalVerbs: true,
  });
}

const centre = (r: Rect): Xy => ({ x: (r.x1 + r.x2) / 2, y: (r.y1 + r.y2) / 2 });

/** The canvas against the scene: every line, badge or verb and name within TOLERANCE_PX. */
function expectCanvasIsScene(canvas: Canvas, scene: Scene<Actor, Relationship>): void {
  const px = (a: Xy, b: Xy) => Math.hypot(a.x - b.x, a.y - b.y) * canvas.zoom;
  expect(canvas.edges.map((e) => e.id).sort()).toEqual(scene.edges.map((e) => e.id).sort());
  for (const drawn of canvas.edges) {
    const e = scene.edges.find((x) => x.id === drawn.id)!;
    expect(drawn.members, drawn.id).toEqual(e.members.map((m) => m.id));
    expect(px(drawn.mid, e.curve.mid), `midpoint of ${drawn.id}`).toBeLessThan(TOLERANCE_PX);
    if (drawn.control)
      expect(px(drawn.control, e.curve.controls[0]!), `control of ${drawn.id}`).toBeLessThan(TOLERANCE_PX);
    // A badge or verb is on the canvas exactly when the scene shows it, where it puts it (the
    // selected line's is always on the canvas: the explorer shows it even where it has no room).
    const selectedWithoutRoom = drawn.classes.includes('selected') && e.label.dropped;
    if (!selectedWithoutRoom)
      expect(
        Boolean(drawn.labelBox),
        `label of ${drawn.id} ${JSON.stringify([drawn.label, drawn.classes, canvas.zoom, e.label.text])}`,
      ).toBe(e.label.shown);
    if (drawn.labelBox && !selectedWithoutRoom) {
      expect(drawn.label).toBe(e.label.text);
      expect(px(centre(drawn.labelBox), centre(e.label.box)), `label of ${drawn.id}`).toBeLessThan(
        TOLERANCE_PX,
      );
    }
  }
  for (const n of scene.nodes) {
    const live = canvas.nodeLabels[n.id];
    expect(live, n.id).toBeDefined();
    expect(px(centre(live!), centre(n.label.box)), `name of ${n.id}`).toBeLessThan(TOLERANCE_PX);
  }
}

/** Curves passing over an actor they do not join. */
function curvesThroughActors(scene: Scene): string[] {
  const out: string[] = [];
  for (const e of scene.edges) {
    for (const n of scene.nodes) {
      if (n.id === e.source.id || n.id === e.target.id) continue;
      for (let i = 0; i <= 200; i++) {
        const p = pointOnCurve(e.curve, i / 200).at;
        if (Math.hypot(p.x - n.x, p.y - n.y) < n.outer / 2) {
          out.push(`${e.id} through ${n.id}`);
          break;
        }
      }
    }
  }
  return out;
}

async function openBundled(page: Page): Promise<Canvas> {
  await openExplorer(page, app.baseUrl);
  expect(await callView(page, 'bundling')).toBe(false);
  await callView(page, 'setBundling', true);
  return readCanvas(page);
}

describe('bundled relationships in the explorer', () => {
  it('draws South Korea–United States cooperation as one line per direction, its badge counting the seed’s relationships', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    const canvas = await openBundled(page);
    const korUsa = annotated.filter((r) => between(r, 'KOR', 'USA') && isCooperation(r.type));
    const undirected = korUsa.filter((r) => !getRelationshipType(r.type).directed);
    const fromUsa = korUsa.filter((r) => getRelationshipType(r.type).directed && r.source === 'USA');
    const fromKor = korUsa.filter((r) => getRelationshipType(r.type).directed && r.source === 'KOR');
    expect(undirected.length).toBeGreaterThan(1);

    const lines = canvas.edges.filter((e) => between(e, 'KOR', 'USA'));
    const carrying = (rels: typeof korUsa) =>
      lines.filter((e) => e.members.some((id) => rels.some((r) => r.id === id)));
    // One line carries every undirected cooperation tie, with their count on its badge.
    const [line, ...others] = carrying(undirected);
    expect(others).toEqual([]);
    expect(line!.bundle).toBe(true);
    expect([...line!.members].sort()).toEqual(undirected.map((r) => r.id).sort());
    expect(line!.label).toMatch(/\d/);
    expect(Number(line!.label.match(/\d+/)![0])).toBe(undirected.length);
    // The directed ones keep their direction, each way its own line.
    for (const [rels, source] of [
      [fromUsa, 'USA'],
      [fromKor, 'KOR'],
    ] as const) {
      const carriers = carrying(rels);
      expect(carriers.length).toBe(rels.length ? 1 : 0);
      if (rels.length) {
        expect(carriers[0]!.source).toBe(source);
        expect(carriers[0]!.members.length).toBe(rels.length);
      }
    }
    // Seven curves became lines that carry the same seven relationships, each once.
    expect(lines.flatMap((e) => e.members).filter((id) => korUsa.some((r) => r.id === id)).length).toBe(
      korUsa.length,
    );
    // And the whole graph: every annotated relationship drawn exactly once, on fewer lines.
    const drawn = canvas.edges.flatMap((e) => e.members).sort();
    expect(drawn).toEqual(annotated.map((r) => r.id).sort());
    expect(canvas.edges.length).toBeLessThan(annotated.length);
    await app.screenshot(page, 'bundling-seed-graph');
    await page.close();
  });

  it('is the shared scene, bundled, for the same input: curves, badges and names within 3 px', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    const canvas = await openBundled(page);
    const scene = sceneOf(canvas, true);
    expectCanvasIsScene(canvas, scene);
    expect(scene.edges.filter((e) => e.bundle && e.label.shown).length).toBeGreaterThan(0);
    expect(curvesThroughActors(scene)).toEqual([]);
    // Off again: one line per relationship, still the scene.
    await callView(page, 'setBundling', false);
    const plain = await readCanvas(page);
    expect(plain.edges.length).toBe(records.edges.length);
    expectCanvasIsScene(plain, sceneOf(plain, false));
    await page.close();
  });

  it('selects a member when its bundle is tapped, and draws the bundle selected', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openBundled(page);
    const bundle = await callView<{ id: string; ids: string[] }>(page, 'bundleOf', 'kor-partnership-usa');
    expect(bundle.id).toBe('bundle:KOR~USA:cooperation');
    const at = await callView<Xy>(page, 'clientPosition', 'kor-partnership-usa');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selectedId(page)).toBe(bundle.ids[0]);
    const canvas = await readCanvas(page);
    const drawn = canvas.edges.find((e) => e.id === bundle.id)!;
    expect(drawn.classes).toContain('selected');
    expectCanvasIsScene(canvas, sceneOf(canvas, true));
    await page.close();
  });

  it('draws a path through bundles: the bundle holding a path relationship is lit, the rest faded', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openBundled(page);
    await askPath(page);
    await page.locator('[data-testid=path-result][aria-pressed=true]').waitFor();
    await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['KOR', 'RUS']));
    const canvas = await readCanvas(page);
    const onPath = canvas.edges.filter((e) => e.members.some((id) => canvas.path.includes(id)));
    expect(onPath.length).toBeGreaterThan(0);
    for (const e of onPath) expect(e.classes).toContain('path');
    expectCanvasIsScene(canvas, sceneOf(canvas, true));
    await app.screenshot(page, 'bundling-path');
    await page.close();
  });
});

describe('layouts: a fresh one on demand, nothing on top of anything', () => {
  it('re-lays out with a new seed each time, and leaves no actor or name over another', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, app.baseUrl);
    const first = await readCanvas(page);
    const overlaps = (c: Canvas, bundle: boolean) => overlappingPairs(footprints(sceneOf(c, bundle)));
    expect(overlaps(first, false)).toEqual([]);
    const seeds = new Set([first.seed]);
    const pictures = new Set([JSON.stringify(first.positions)]);
    for (let run = 0; run < 3; run++) {
      await page.getByRole('button', { name: 'Re-layout' }).click();
      await expect.poll(async () => (await readCanvas(page)).seed).not.toBe([...seeds].at(-1));
      // The animation settles where the layout and the separation put the actors.
      await page.waitForTimeout(600);
      const canvas = await readCanvas(page);
      seeds.add(canvas.seed);
      pictures.add(JSON.stringify(canvas.positions));
      expect(overlaps(canvas, false), `after re-layout ${run + 1}`).toEqual([]);
      expect(curvesThroughActors(sceneOf(canvas, false))).toEqual([]);
    }
    expect(seeds.size).toBe(4);
    expect(pictures.size).toBe(4);
    await page.close();
  });

  it('lays out the same picture for the same seed, and reports dragged positions', async () => {
    const page = await app.newPage({ width: 1440, height: 900 });
    await openExplorer(page, app.baseUrl);
    const seed = await callView<number>(page, 'layoutSeed');
    await callView(page, 'runLayout', { name: 'fcose', seed: 7 });
    const seven = await callView<Record<string, Xy>>(page, 'positions');
    await callView(page, 'runLayout', { name: 'fcose', seed: 8 });
    expect(await callView(page, 'positions')).not.toEqual(seven);
    await callView(page, 'runLayout', { name: 'fcose', seed: 7 });
    expect(await callView(page, 'positions')).toEqual(seven);
    expect(await callView(page, 'layoutSeed')).toBe(7);
    expect(seed).toBeGreaterThan(0);

    expect(await callView(page, 'draggedPositions')).toEqual({});
    const from = await callView<Xy>(page, 'clientPosition', 'UKR');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 5 });
    await page.mouse.up();
    const dragged = await callView<Record<string, Xy>>(page, 'draggedPositions');
    expect(Object.keys(dragged)).toEqual(['UKR']);
    expect(dragged.UKR).toEqual((await callView<Record<string, Xy>>(page, 'positions')).UKR);
    expect(dragged.UKR!.x).not.toBeCloseTo(seven.UKR!.x, 0);
    await page.close();
  });
});
