/// <reference lib="dom" />
/**
 * The explorer's speed, measured in headless Chromium: initial JavaScript (gzip), first render
 * and clicks on the seed graph against a running app (benchClient), and frames at scale next to
 * bare Cytoscape on the same data and positions (benchFrames, which needs only client/dist:
 * `BENCH_ONLY=client npm run bench` runs it alone).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeCompactGraph, type Placement } from '@briefgraph/graph/contracts/compact-graph';
import type { Graph } from '@briefgraph/graph/domain/schemas';
import { layoutWholeGraph } from '@briefgraph/graph/drawing/whole-layout';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium-global-setup.ts';
import {
  type FrameFigures,
  firstRenderAfter,
  measureFrames,
  PROBE_JS,
  routeBarePage,
} from './bench-frames.ts';
import { syntheticGraph } from './synthetic-graph.ts';

interface Hook {
  __briefgraph: { renderedAt: number; dataAt: number; selectedId(): string | null };
}

/** gzip bytes of the scripts index.html loads up front (entry + modulepreloads). */
export function initialJsGzipBytes(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  return srcs.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(distDir, src.replace(/^\//, '')))).length,
    0,
  );
}

async function firstRenderMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => ((globalThis as unknown as Hook).__briefgraph?.renderedAt ?? 0) > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  return page.evaluate(() => {
    const hook = (globalThis as unknown as Hook).__briefgraph;
    return hook.renderedAt - hook.dataAt;
  });
}

/** Time from click to the next frame: the handler's work plus the redraw it schedules. */
function clickMs(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        const el = document.querySelectorAll<HTMLElement>(sel);
        const target = el[Math.floor(Math.random() * el.length)];
        const t = performance.now();
        target?.click();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t)));
      }),
    selector,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(9);

export async function benchClient(baseUrl: string, distDir: string, runs = 5): Promise<void> {
  console.log('\n== explorer in headless Chromium (no GPU: the canvas is drawn on the CPU)');
  console.log(
    `initial JavaScript: ${(initialJsGzipBytes(distDir) / 1024).toFixed(1)} KB gzip (budget 250 KB)`,
  );
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seedRenders: number[] = [];
    for (let i = 0; i < runs; i++) seedRenders.push(await firstRenderMs(page, baseUrl));
    const actorClicks: number[] = [];
    const relationshipClicks: number[] = [];
    for (let i = 0; i < runs * 4; i++) {
      await firstRenderMs(page, `${baseUrl}/?actor=KOR`);
      relationshipClicks.push(await clickMs(page, '[data-testid=panel-relationship]'));
      actorClicks.push(await clickMs(page, '[data-testid=table-toggle], .chip'));
    }
    console.log(`${'case'.padEnd(44)}${'median'.padStart(9)}${'max'.padStart(9)}`);
    const row = (name: string, xs: number[]) =>
      console.log(`${name.padEnd(44)}${ms(median(xs))}${ms(Math.max(...xs))}`);
    row(`seed: first render after data (${runs} loads)`, seedRenders);
    row('seed: click a relationship in the panel', relationshipClicks);
  } finally {
    await browser.close();
  }
}

const SIZES = [
  [2_000, 5_000],
  [5_000, 12_500],
  [10_000, 25_000],
] as const;
/** Requests to these origins never leave the browser: page.route answers them. */
export const EXPLORER_ORIGIN = 'http://explorer.bench.localhost';
const BARE_ORIGIN = 'http://bare.bench.localhost';
const MOTION_MS = 2_000;

/** Goals from issue #14, explorer against bare Cytoscape on the same data and positions. */
const GOALS = {
  panFps: 0.9,
  longestFrame: 50,
  wheelFrame: 50,
  zoomEndFreeze: 150,
  selectFreeze: 150,
  firstRender: 1.5,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The built explorer on its own origin, its API answered in the page: the synthetic graph with
 * the whole-graph layout's positions (compact when asked for it, as the server answers), no briefs.
 */
export async function routeExplorer(
  page: Page,
  distDir: string,
  graph: Graph,
  placements: ReadonlyMap<string, Placement>,
): Promise<void> {
  const full = JSON.stringify(graph);
  const compact = JSON.stringify(encodeCompactGraph(graph, placements));
  await page.route(`${EXPLORER_ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    const json = (body: string, status = 200) =>
      route.fulfill({ status, contentType: 'application/json', body });
    if (url.pathname === '/api/graph')
      return json(url.searchParams.get('format') === 'compact' ? compact : full);
    if (url.pathname === '/api/briefs') return json('{"items":[]}');
    if (url.pathname.startsWith('/api/')) return json('{"error":"not in the bench"}', 404);
    const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const path = join(distDir, existsSync(join(distDir, file)) ? file : 'index.html');
    return route.fulfill({
      contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      body: readFileSync(path),
    });
  });
}

async function explorerFigures(
  browser: Browser,
  distDir: string,
  data: BenchData,
  query = '',
): Promise<FrameFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(PROBE_JS);
    await routeExplorer(page, distDir, data.graph, data.placements);
    await page.goto(`${EXPLORER_ORIGIN}/${query}`);
    await page.waitForFunction(
      () => ((globalThis as unknown as Hook).__briefgraph?.renderedAt ?? 0) > 0,
      null,
      {
        timeout: 240_000,
      },
    );
    const { dataAt, renderedAt } = await page.evaluate(() => {
      const hook = (globalThis as unknown as Hook).__briefgraph;
      return { dataAt: hook.dataAt, renderedAt: hook.renderedAt };
    });
    const painted = await firstRenderAfter(page, renderedAt);
    return { firstRender: painted - dataAt, ...(await measureFrames(page, '#graph', MOTION_MS)) };
  } finally {
    await page.close();
  }
}

async function bareFigures(browser: Browser, data: BenchData, webgl = false): Promise<FrameFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(PROBE_JS);
    await routeBarePage(page, BARE_ORIGIN, data.graph, data.positions);
    await page.goto(`${BARE_ORIGIN}/`);
    const dataAt = (await page.evaluate(`window.__bare(${webgl})`)) as number;
    const painted = await firstRenderAfter(page, dataAt);
    return { firstRender: painted - dataAt, ...(await measureFrames(page, '#cy', MOTION_MS)) };
  } finally {
    await page.close();
  }
}

export interface BenchData {
  graph: Graph;
  placements: Map<string, Placement>;
  positions: Record<string, { x: number; y: number }>;
}

/** The synthetic graph and the positions the server would store for it (whole-layout.ts). */
export function benchData(actors: number, relationships: number): BenchData {
  const graph = syntheticGraph(actors, relationships);
  const layout = layoutWholeGraph({ actors: graph.nodes.map((a) => a.id), edges: graph.edges });
  const placements = new Map(
    Object.entries(layout.positions).map(([id, p]) => [id, { ...p, community: layout.communities[id] ?? 0 }]),
  );
  return { graph, placements, positions: layout.positions };
}

const FRAME_HEADER =
  `${'size / page'.padEnd(30)}${'first render'.padStart(13)}${'pan fps'.padStart(9)}${'zoom fps'.padStart(9)}` +
  `${'longest'.padStart(9)}${'wheel'.padStart(9)}${'zoom-end'.padStart(10)}${'select'.padStart(9)}`;

function frameRow(name: string, f: FrameFigures): string {
  return (
    `${name.padEnd(30)}${ms(f.firstRender).padStart(13)}${f.panFps.toFixed(1).padStart(9)}` +
    `${f.zoomFps.toFixed(1).padStart(9)}${ms(f.longestFrame)}${ms(f.wheelFrame)}${ms(f.zoomEndFreeze).padStart(10)}` +
    `${ms(f.selectFreeze)}`
  );
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function ratioRow(name: string, explorer: FrameFigures, bare: FrameFigures): string {
  const pan = explorer.panFps / bare.panFps;
  const first = explorer.firstRender / bare.firstRender;
  return (
    `${name.padEnd(30)}${`${first.toFixed(2)}x ${verdict(first <= GOALS.firstRender)}`.padStart(13)}` +
    `${`${pan.toFixed(2)}x ${verdict(pan >= GOALS.panFps)}`.padStart(13)}` +
    `${`${(explorer.zoomFps / bare.zoomFps).toFixed(2)}x`.padStart(8)}` +
    `${verdict(explorer.longestFrame <= GOALS.longestFrame).padStart(9)}` +
    `${verdict(explorer.wheelFrame <= GOALS.wheelFrame).padStart(9)}` +
    `${verdict(explorer.zoomEndFreeze <= GOALS.zoomEndFreeze).padStart(10)}` +
    `${verdict(explorer.selectFreeze <= GOALS.selectFreeze).padStart(9)}`
  );
}

/**
 * The explorer next to bare Cytoscape at three sizes, each pair measured one after the other
 * in the same browser; then Cytoscape's WebGL renderer, which runs in software here.
 */
export async function benchFrames(distDir: string): Promise<void> {
  console.log(
    `\n== explorer vs bare Cytoscape (headless Chromium, no GPU; 1280×800; ${MOTION_MS / 1000} s of motion each)`,
  );
  console.log(
    'bare: cytoscape.min.js, preset positions, bezier edges with arrows, names and verbs as labels',
  );
  console.log(
    'select: longest frame after a click on the most connected actor (bare: Cytoscape selects it, :selected style)',
  );
  console.log(
    'longest: in programmatic pan and zoom; wheel: during a mouse-wheel zoom (12 notches); zoom-end: the second after it',
  );
  const browser = await launchChromium();
  const rows: string[] = [];
  const ratios: string[] = [];
  try {
    let biggest: BenchData | null = null;
    for (const [actors, relationships] of SIZES) {
      const data = benchData(actors, relationships);
      const size = `${actors.toLocaleString('en')} / ${relationships.toLocaleString('en')}`;
      const bare = await bareFigures(browser, data);
      const explorer = await explorerFigures(browser, distDir, data);
      rows.push(frameRow(`${size} bare`, bare), frameRow(`${size} explorer`, explorer));
      ratios.push(ratioRow(size, explorer, bare));
      console.log(rows.at(-2));
      console.log(rows.at(-1));
      biggest = data;
    }
    if (biggest) {
      // A row that cannot be measured says so instead of losing the table.
      const webgl = await explorerFigures(browser, distDir, biggest, '?renderer=webgl').catch(
        (error: unknown) => error as Error,
      );
      rows.push(
        webgl instanceof Error
          ? `${'10,000 / 25,000 explorer WebGL*'.padEnd(30)} not measured: ${webgl.message.split('\n')[0]}`
          : frameRow('10,000 / 25,000 explorer WebGL*', webgl),
      );
      console.log(rows.at(-1));
    }
  } finally {
    await browser.close();
  }
  console.log(`\n${FRAME_HEADER}`);
  for (const row of rows) console.log(row);
  console.log('* software-rendered here (SwiftShader, no GPU): not what a GPU gives');
  console.log(
    `\nexplorer / bare${' '.repeat(15)}${'first render'.padStart(13)}${'pan fps'.padStart(13)}${'zoom'.padStart(8)}` +
      `${'longest'.padStart(9)}${'wheel'.padStart(9)}${'zoom-end'.padStart(10)}${'select'.padStart(9)}`,
  );
  console.log(
    `goal${' '.repeat(26)}${`≤ ${GOALS.firstRender}x`.padStart(13)}${`≥ ${GOALS.panFps}x`.padStart(13)}` +
      `${''.padStart(8)}${`≤ ${GOALS.longestFrame} ms`.padStart(9)}${`≤ ${GOALS.wheelFrame} ms`.padStart(9)}` +
      `${`≤ ${GOALS.zoomEndFreeze} ms`.padStart(10)}` +
      `${`≤ ${GOALS.selectFreeze} ms`.padStart(9)}`,
  );
  for (const row of ratios) console.log(row);
}
